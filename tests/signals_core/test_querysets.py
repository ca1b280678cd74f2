"""The page's querysets behave as Django 5.2's: lazy and chainable, evaluated once, with
Django's lookups, Q and F, ordering, values and repr. Each program runs under signals_core and
under Django (SQLite in memory) and must print the same, which is what Django prints."""

PRODUCTS = """
        from django.db import models
        from django.db.models import F, Q
        class Customer(models.Model):
            email = models.EmailField()
        class Product(models.Model):
            name = models.CharField(max_length=20)
            price = models.IntegerField()
            stock = models.IntegerField(default=0)
            customer = models.ForeignKey(Customer, null=True, on_delete=models.SET_NULL)
            class Meta:
                ordering = ["name"]
            def __str__(self):
                return self.name
        ada = Customer.objects.create(email="ada@example.com")
        for name, price in [("pen", 3), ("ink", 9), ("book", 20), ("Pad", 5)]:
            Product.objects.create(name=name, price=price, stock=price * 2,
                                   customer=ada if price > 4 else None)
"""

PROGRAMS = {
    "a_queryset_reads_rows_when_evaluated_and_once": PRODUCTS + """
        from django.db.models.signals import post_init
        built = []
        post_init.connect(lambda sender, **kwargs: built.append(sender), sender=Product,
                          weak=False)
        cheap = Product.objects.filter(price__gt=4)
        print("built before evaluation:", len(built))
        print(len(cheap), len(built))
        list(cheap), bool(cheap), cheap[0]
        print("built after reusing it:", len(built))
        print(Product.objects.filter(price__gt=4)[0], "built:", len(built))
        print(Product.objects.count(), Product.objects.filter(price=3).exists(), len(built))
    """,
    "chaining_filter_exclude_and_order_by": PRODUCTS + """
        print(Product.objects.all())
        print(Product.objects.filter(price__gte=5).exclude(name="ink"))
        print(Product.objects.order_by("-price"), Product.objects.order_by("price").reverse())
        print(Product.objects.order_by("customer__email", "name"))
        print(Product.objects.order_by())
        print(Product.objects.all().ordered, Product.objects.order_by().ordered)
    """,
    "values_values_list_and_distinct": PRODUCTS + """
        print(Product.objects.values("name", "price")[:2])
        print(Product.objects.values()[0])
        print(Product.objects.values_list("name", flat=True))
        print(Product.objects.values_list("name", "customer__email"))
        print(Product.objects.values_list("pk", "price", named=True)[0])
        print(Product.objects.order_by("customer").values_list("customer", flat=True).distinct())
        print(Product.objects.values_list("customer", flat=True).distinct(), "(Meta.ordering "
              "is part of what DISTINCT compares)")
    """,
    "first_last_in_bulk_none_and_slices": PRODUCTS + """
        print(Product.objects.first(), Product.objects.last())
        print(Product.objects.order_by("price").first(), Product.objects.order_by("price").last())
        print(Product.objects.in_bulk([1, 2]), Product.objects.in_bulk([]))
        print(Product.objects.none(), Product.objects.none().count(), Product.objects.none().exists())
        print(Product.objects.all()[1:3], Product.objects.all()[1:3][1:], Product.objects.all()[3])
        print(Product.objects.all()[::2])
        try:
            Product.objects.all()[-1]
        except ValueError as error:
            print(error)
        try:
            Product.objects.all()[:2].filter(price=3)
        except TypeError as error:
            print(error)
    """,
    "repr_shows_at_most_twenty_objects": """
        from django.db import models
        class Ticket(models.Model):
            pass
        Ticket.objects.bulk_create([Ticket() for _ in range(25)])
        shown = repr(Ticket.objects.all())
        print(shown[:40], "...", shown[-60:])
        print(str(Ticket.objects.filter(pk=1)), Ticket.objects.filter(pk=99))
    """,
    "lookups_on_a_field": PRODUCTS + """
        for lookup, value in [("exact", "pen"), ("iexact", "PEN"), ("contains", "oo"),
                              ("icontains", "PA"), ("in", ["ink", "pen", "nope"]),
                              ("startswith", "b"), ("istartswith", "P"), ("endswith", "k"),
                              ("iendswith", "D")]:
            print(lookup, list(Product.objects.filter(**{f"name__{lookup}": value})))
        for lookup, value in [("gt", 5), ("gte", 5), ("lt", 5), ("lte", 5), ("range", (4, 10))]:
            print(lookup, list(Product.objects.filter(**{f"price__{lookup}": value})))
        print("isnull", list(Product.objects.filter(customer__isnull=True)),
              list(Product.objects.filter(customer=None)))
        print("pk", Product.objects.get(pk=2), Product.objects.get(pk="2"),
              list(Product.objects.filter(pk__in=[1, 3])))
    """,
    "lookups_across_relations": PRODUCTS + """
        print(Product.objects.filter(customer__email="ada@example.com"))
        print(Product.objects.filter(customer__email__startswith="ada").count())
        print(Product.objects.filter(customer=ada).count(), Product.objects.filter(customer_id=1).count())
        print(Customer.objects.filter(product__name="ink"), Customer.objects.filter(product__isnull=True))
        print(Product.objects.filter(customer__in=Customer.objects.filter(email__contains="ada")))
    """,
    "q_objects_and_f_expressions": PRODUCTS + """
        print(Product.objects.filter(Q(price__lt=4) | Q(name__startswith="b")))
        print(Product.objects.filter(~Q(price=3), name__in=["pen", "ink"]))
        print(Product.objects.filter(Q(price__gt=4) & ~Q(customer=None)).count())
        print(Product.objects.filter(Q(price=3) ^ Q(name="pen")).count())
        print(Product.objects.filter(stock=F("price") * 2), Product.objects.filter(stock__gt=F("price") + 10))
        print(Q(price=3) | ~Q(name="pen"), F("price") * 2 + 1)
    """,
    "get_says_when_there_is_no_row_or_several": PRODUCTS + """
        for lookups in [{"price": 1000}, {"price__gt": 1}]:
            try:
                Product.objects.get(**lookups)
            except (Product.DoesNotExist, Product.MultipleObjectsReturned) as error:
                print(type(error).__name__, error)
        print(issubclass(Product.DoesNotExist, models.ObjectDoesNotExist))
    """,
    "unknown_fields_and_lookups_raise_field_error": PRODUCTS + """
        for lookup in ["nope", "price__foo", "name__conatins", "customer__nope", "stock__year"]:
            try:
                Product.objects.filter(**{lookup: 1})
            except Exception as error:
                print(type(error).__name__, error)
        try:
            Product.objects.order_by("nope")
        except Exception as error:
            print(type(error).__name__, error)
        try:
            Product.objects.filter(price__gt=None)
        except ValueError as error:
            print(error)
    """,
    "regex_date_parts_latest_and_earliest": """
        import datetime
        from django.db import models
        class Entry(models.Model):
            slug = models.SlugField()
            day = models.DateField()
            at = models.TimeField(null=True)
            took = models.DurationField(null=True)
            link = models.URLField(blank=True)
            class Meta:
                get_latest_by = "day"
            def __str__(self):
                return self.slug
        for number, slug in enumerate(["intro", "signals-101", "wrap-up"], start=1):
            Entry.objects.create(slug=slug, day=datetime.date(2025, number, 10 * number),
                                 at=datetime.time(8 + number), took=datetime.timedelta(minutes=number))
        print(Entry.objects.filter(slug__regex=r"^[a-z]+-[0-9]+$"), Entry.objects.filter(slug__iregex="^W"))
        print(Entry.objects.filter(day__month__gte=2), Entry.objects.filter(day__day=10),
              Entry.objects.filter(at__hour=9), Entry.objects.filter(took__gt=datetime.timedelta(minutes=2)))
        print(Entry.objects.latest(), Entry.objects.earliest(), Entry.objects.latest("slug"),
              repr(Entry.objects.get(pk=1).link))
    """,
    "async_methods_do_what_their_sync_twins_do": """
        import asyncio
        from django.db import models
        from django.db.models.signals import post_save
        class Book(models.Model):
            title = models.CharField(max_length=10)
        def saved(sender, instance, created, **kwargs):
            print("  post_save", instance.title, created)
        post_save.connect(saved, sender=Book)
        async def main():
            await Book.objects.acreate(title="a")
            print(await Book.objects.acount(), await Book.objects.filter(title="a").aexists())
            print([book.title async for book in Book.objects.all()])
            book = await Book.objects.aget(title="a")
            book.title = "b"
            await book.asave()
            print((await Book.objects.afirst()).title, await Book.objects.aupdate(title="c"))
            print(await Book.objects.aget_or_create(title="d"), await book.adelete())
        asyncio.run(main())
""",
}


def test_a_queryset_reads_no_row_until_evaluated_then_keeps_its_results(both):
    assert both("a_queryset_reads_rows_when_evaluated_and_once") == (
        "built before evaluation: 0\n"
        "3 3\n"
        "built after reusing it: 3\n"
        "Pad built: 4\n"
        "4 True 4\n"
    )


def test_filter_exclude_and_order_by_chain_and_meta_ordering_applies_until_order_by(both):
    assert both("chaining_filter_exclude_and_order_by") == (
        "<QuerySet [<Product: Pad>, <Product: book>, <Product: ink>, <Product: pen>]>\n"
        "<QuerySet [<Product: Pad>, <Product: book>]>\n"
        "<QuerySet [<Product: book>, <Product: ink>, <Product: Pad>, <Product: pen>]> "
        "<QuerySet [<Product: book>, <Product: ink>, <Product: Pad>, <Product: pen>]>\n"
        "<QuerySet [<Product: pen>, <Product: Pad>, <Product: book>, <Product: ink>]>\n"
        "<QuerySet [<Product: pen>, <Product: ink>, <Product: book>, <Product: Pad>]>\n"
        "True False\n"
    )


def test_values_and_values_list_give_dicts_tuples_or_flat_values(both):
    assert both("values_values_list_and_distinct") == (
        "<QuerySet [{'name': 'Pad', 'price': 5}, {'name': 'book', 'price': 20}]>\n"
        "{'id': 4, 'name': 'Pad', 'price': 5, 'stock': 10, 'customer_id': 1}\n"
        "<QuerySet ['Pad', 'book', 'ink', 'pen']>\n"
        "<QuerySet [('Pad', 'ada@example.com'), ('book', 'ada@example.com'), "
        "('ink', 'ada@example.com'), ('pen', None)]>\n"
        "Row(pk=4, price=5)\n"
        "<QuerySet [None, 1]>\n"
        "<QuerySet [1, 1, 1, None]> (Meta.ordering is part of what DISTINCT compares)\n"
    )


def test_first_last_in_bulk_none_and_slicing(both):
    assert both("first_last_in_bulk_none_and_slices") == (
        "Pad pen\n"
        "pen book\n"
        "{2: <Product: ink>, 1: <Product: pen>} {}\n"
        "<QuerySet []> 0 False\n"
        "<QuerySet [<Product: book>, <Product: ink>]> <QuerySet [<Product: ink>]> pen\n"
        "[<Product: Pad>, <Product: ink>]\n"
        "Negative indexing is not supported.\n"
        "Cannot filter a query once a slice has been taken.\n"
    )


def test_repr_is_djangos_and_truncates_after_twenty_objects(both):
    assert both("repr_shows_at_most_twenty_objects") == (
        "<QuerySet [<Ticket: Ticket object (1)>,  ... "
        "icket object (20)>, '...(remaining elements truncated)...']>\n"
        "<QuerySet [<Ticket: Ticket object (1)>]> <QuerySet []>\n"
    )


def test_each_lookup_selects_what_djangos_does(both):
    assert both("lookups_on_a_field") == (
        "exact [<Product: pen>]\n"
        "iexact [<Product: pen>]\n"
        "contains [<Product: book>]\n"
        "icontains [<Product: Pad>]\n"
        "in [<Product: ink>, <Product: pen>]\n"
        "startswith [<Product: book>]\n"
        "istartswith [<Product: Pad>, <Product: pen>]\n"
        "endswith [<Product: book>, <Product: ink>]\n"
        "iendswith [<Product: Pad>]\n"
        "gt [<Product: book>, <Product: ink>]\n"
        "gte [<Product: Pad>, <Product: book>, <Product: ink>]\n"
        "lt [<Product: pen>]\n"
        "lte [<Product: Pad>, <Product: pen>]\n"
        "range [<Product: Pad>, <Product: ink>]\n"
        "isnull [<Product: pen>] [<Product: pen>]\n"
        "pk ink ink [<Product: book>, <Product: pen>]\n"
    )


def test_lookups_follow_foreign_keys_both_ways_and_take_a_queryset(both):
    assert both("lookups_across_relations") == (
        "<QuerySet [<Product: Pad>, <Product: book>, <Product: ink>]>\n"
        "3\n"
        "3 3\n"
        "<QuerySet [<Customer: Customer object (1)>]> <QuerySet []>\n"
        "<QuerySet [<Product: Pad>, <Product: book>, <Product: ink>]>\n"
    )


def test_q_objects_combine_with_and_or_xor_not_and_f_compares_columns(both):
    assert both("q_objects_and_f_expressions") == (
        "<QuerySet [<Product: book>, <Product: pen>]>\n"
        "<QuerySet [<Product: ink>]>\n"
        "3\n"
        "0\n"
        "<QuerySet [<Product: Pad>, <Product: book>, <Product: ink>, <Product: pen>]> "
        "<QuerySet [<Product: book>]>\n"
        "(OR: ('price', 3), (NOT (AND: ('name', 'pen')))) F(price) * Value(2) + Value(1)\n"
    )


def test_get_raises_the_models_own_does_not_exist_and_multiple_objects_returned(both):
    assert both("get_says_when_there_is_no_row_or_several") == (
        "DoesNotExist Product matching query does not exist.\n"
        "MultipleObjectsReturned get() returned more than one Product -- it returned 4!\n"
        "True\n"
    )


def test_unknown_fields_and_lookups_raise_djangos_field_error(both):
    assert both("unknown_fields_and_lookups_raise_field_error") == (
        "FieldError Cannot resolve keyword 'nope' into field. Choices are: customer, "
        "customer_id, id, name, price, stock\n"
        "FieldError Unsupported lookup 'foo' for IntegerField or join on the field not "
        "permitted.\n"
        "FieldError Unsupported lookup 'conatins' for CharField or join on the field not "
        "permitted, perhaps you meant contains or icontains?\n"
        "FieldError Unsupported lookup 'nope' for ForeignKey or join on the field not "
        "permitted.\n"
        "FieldError Unsupported lookup 'year' for IntegerField or join on the field not "
        "permitted.\n"
        "FieldError Cannot resolve keyword 'nope' into field. Choices are: customer, "
        "customer_id, id, name, price, stock\n"
        "Cannot use None as a query value\n"
    )


def test_regex_date_part_lookups_and_latest_earliest_select_as_djangos(both):
    assert both("regex_date_parts_latest_and_earliest") == (
        "<QuerySet [<Entry: signals-101>]> <QuerySet [<Entry: wrap-up>]>\n"
        "<QuerySet [<Entry: signals-101>, <Entry: wrap-up>]> <QuerySet [<Entry: intro>]> "
        "<QuerySet [<Entry: intro>]> <QuerySet [<Entry: wrap-up>]>\n"
        "wrap-up intro wrap-up ''\n"
    )


def test_the_async_methods_give_the_same_results_and_signals_as_the_sync_ones(both):
    assert both("async_methods_do_what_their_sync_twins_do") == (
        "  post_save a True\n"
        "1 True\n"
        "['a']\n"
        "  post_save b False\n"
        "b 1\n"
        "  post_save d True\n"
        "(<Book: Book object (2)>, True) (1, {'app.Book': 1})\n"
    )
