"""Model classes as Django 5.2 builds them: default str and repr, equality by primary key,
`_meta`, Meta options, field defaults and choices, and the three kinds of inheritance, with
the senders Django uses for each. Each program runs under signals_core and under Django
(SQLite in memory) and must print the same."""

SPY = """
        from django.db import models
        from django.db.models import signals
        NAMES = ["pre_init", "post_init", "pre_save", "post_save", "pre_delete", "post_delete"]
        heard = []
        def spy(sender, signal, **kwargs):
            name = next(name for name in NAMES if getattr(signals, name) is signal)
            heard.append(f"{name}:{sender.__name__}")
        for name in NAMES:
            getattr(signals, name).connect(spy, weak=False)
        def flush(label):
            print(label, heard)
            heard.clear()
"""

PROGRAMS = {
    "str_repr_equality_and_hash": """
        from django.db import models
        class Ticket(models.Model):
            pass
        class Other(models.Model):
            pass
        ticket = Ticket.objects.create()
        print(str(ticket), repr(ticket), repr(Ticket()))
        print(Ticket.objects.get() == ticket, Ticket(pk=1) == Other(pk=1), Ticket() == Ticket())
        print(len({ticket, Ticket.objects.get()}))
        try:
            hash(Ticket())
        except TypeError as error:
            print(error)
    """,
    "meta_describes_the_model": """
        from django.db import models
        class OrderLine(models.Model):
            product = models.CharField(max_length=20, verbose_name="article")
            order = models.ForeignKey("OrderLine", null=True, on_delete=models.CASCADE)
            class Meta:
                ordering = ["-product"]
                verbose_name_plural = "lines"
        opts = OrderLine._meta
        print(opts.label, opts.label_lower, opts.app_label, opts.model_name, opts.object_name)
        print(opts.verbose_name, opts.verbose_name_plural, opts.db_table, opts.ordering)
        print([f.name for f in opts.fields], [f.attname for f in opts.concrete_fields])
        print(opts.pk, opts.get_field("product").verbose_name, opts.get_field("order_id"),
              repr(opts.get_field("order")))
        print([f.name for f in opts.get_fields()])
        try:
            opts.get_field("price")
        except Exception as error:
            print(type(error).__name__, error)
    """,
    "field_defaults_blank_null_and_choices": """
        import datetime
        import uuid
        from django.db import models
        class Status(models.TextChoices):
            OPEN = "open", "Open for sale"
            SOLD = "sold"
        class Lot(models.Model):
            code = models.UUIDField(default=uuid.uuid4, editable=False)
            slug = models.SlugField(blank=True)
            title = models.CharField(max_length=20)
            weight = models.FloatField(null=True)
            count = models.PositiveIntegerField(default=1)
            status = models.CharField(max_length=4, choices=Status, default=Status.OPEN)
            size = models.IntegerField(choices=[(1, "small"), (2, "large")], default=1)
            sold_on = models.DateField(null=True)
            data = models.JSONField(default=list)
        lot = Lot()
        print(isinstance(lot.code, uuid.UUID), repr(lot.slug), repr(lot.title), lot.weight,
              lot.count, lot.status, lot.data, lot.sold_on)
        lot.sold_on = datetime.date(2025, 3, 1)
        lot.save()
        stored = Lot.objects.get()
        print(stored.code == lot.code, repr(stored.status), stored.get_status_display(),
              stored.get_size_display(), Lot(size=3).get_size_display(), stored.sold_on)
        print(Status.choices, Status.SOLD.label, Status("open"), "sold" in Status)
        print(Lot.objects.filter(sold_on__year=2025).count(), Lot.objects.filter(sold_on__month=4).count())
    """,
    "abstract_models_lend_their_fields": SPY + """
        class Stamped(models.Model):
            note = models.CharField(max_length=20, default="")
            class Meta:
                abstract = True
                ordering = ["-id"]
        class Invoice(Stamped):
            total = models.IntegerField(default=0)
        signals.post_save.connect(spy, sender=Stamped, weak=False)
        Invoice.objects.create(), Invoice.objects.create()
        flush("create:")
        print([f.name for f in Invoice._meta.fields], Invoice._meta.ordering, Invoice.objects.all())
        try:
            Stamped()
        except TypeError as error:
            print(error)
    """,
    "a_proxy_model_is_the_sender_of_its_own_signals": SPY + """
        class Order(models.Model):
            total = models.IntegerField(default=0)
        class BigOrder(Order):
            class Meta:
                proxy = True
                ordering = ["-total"]
        def big_only(sender, **kwargs):
            print("  a BigOrder receiver")
        signals.post_save.connect(big_only, sender=BigOrder)
        Order.objects.create(total=5)
        big = BigOrder.objects.create(total=50)
        flush("create:")
        print(BigOrder.objects.all(), Order.objects.count(), BigOrder._meta.db_table,
              BigOrder._meta.concrete_model.__name__, BigOrder._meta.proxy_for_model.__name__)
        heard.clear()
        print(big.delete())
        flush("delete:")
    """,
    "multi_table_inheritance_saves_the_parent_row_without_its_signals": SPY + """
        class Place(models.Model):
            name = models.CharField(max_length=20)
        class Restaurant(Place):
            serves_pizza = models.BooleanField(default=False)
        r = Restaurant.objects.create(name="Luigi", serves_pizza=True)
        flush("create:")
        print(r.pk, r.id, r.place_ptr_id, Place.objects.count(), Restaurant._meta.pk.name)
        r.name = "Luigi's"
        r.save()
        flush("save:")
        print(Place.objects.get().name, Place.objects.get().restaurant.serves_pizza)
        flush("reading the parent, then the child:")
        print(r.place_ptr.name)
        flush("the parent link is built from the child's values:")
        print([f.name for f in Restaurant._meta.fields])
        print(Restaurant.objects.filter(name__startswith="Lu"), issubclass(Restaurant.DoesNotExist,
              Place.DoesNotExist))
    """,
    "deleting_a_multi_table_child_deletes_and_signals_its_parent_too": SPY + """
        class Place(models.Model):
            name = models.CharField(max_length=20)
        class Restaurant(Place):
            serves_pizza = models.BooleanField(default=False)
        r = Restaurant.objects.create(name="Luigi")
        heard.clear()
        print(r.delete(), Place.objects.count())
        flush("delete:")
        Restaurant.objects.create(name="Mario")
        heard.clear()
        print(Place.objects.get().delete(), Restaurant.objects.count())
        flush("delete the parent:")
    """,
    "meta_validates_its_options_and_fields_clash": """
        from django.db import models
        try:
            class Bad(models.Model):
                class Meta:
                    colour = "red"
        except TypeError as error:
            print(error)
        class Base(models.Model):
            name = models.CharField(max_length=10)
        try:
            class Clash(Base):
                name = models.CharField(max_length=10)
        except Exception as error:
            print(type(error).__name__, error)
    """,
}


def test_a_model_prints_as_django_prints_it_and_compares_by_primary_key(both):
    assert both("str_repr_equality_and_hash") == (
        "Ticket object (1) <Ticket: Ticket object (1)> <Ticket: Ticket object (None)>\n"
        "True False False\n"
        "1\n"
        "Model instances without primary key value are unhashable\n"
    )


def test_meta_gives_djangos_labels_names_and_fields(both):
    assert both("meta_describes_the_model") == (
        "app.OrderLine app.orderline app orderline OrderLine\n"
        "order line lines app_orderline ['-product']\n"
        "['id', 'product', 'order'] ['id', 'product', 'order_id']\n"
        "app.OrderLine.id article app.OrderLine.order "
        "<django.db.models.fields.related.ForeignKey: order>\n"
        "['orderline', 'id', 'product', 'order']\n"
        "FieldDoesNotExist OrderLine has no field named 'price'\n"
    )


def test_fields_have_djangos_defaults_and_choices_their_display(both):
    assert both("field_defaults_blank_null_and_choices") == (
        "True '' '' None 1 open [] None\n"
        "True 'open' Open for sale small 3 2025-03-01\n"
        "[('open', 'Open for sale'), ('sold', 'Sold')] Sold open True\n"
        "1 0\n"
    )


def test_an_abstract_model_lends_its_fields_and_meta_and_sends_nothing_itself(both):
    assert both("abstract_models_lend_their_fields") == (
        "create: ['pre_init:Invoice', 'post_init:Invoice', 'pre_save:Invoice', "
        "'post_save:Invoice', 'pre_init:Invoice', 'post_init:Invoice', 'pre_save:Invoice', "
        "'post_save:Invoice']\n"
        "['id', 'note', 'total'] ['-id'] <QuerySet [<Invoice: Invoice object (2)>, "
        "<Invoice: Invoice object (1)>]>\n"
        "Abstract models cannot be instantiated.\n"
    )


def test_a_proxy_model_shares_the_table_and_sends_with_itself_as_sender(both):
    assert both("a_proxy_model_is_the_sender_of_its_own_signals") == (
        "  a BigOrder receiver\n"
        "create: ['pre_init:Order', 'post_init:Order', 'pre_save:Order', 'post_save:Order', "
        "'pre_init:BigOrder', 'post_init:BigOrder', 'pre_save:BigOrder', 'post_save:BigOrder']\n"
        "<QuerySet [<BigOrder: BigOrder object (2)>, <BigOrder: BigOrder object (1)>]> 2 "
        "app_order Order Order\n"
        "(1, {'app.BigOrder': 1})\n"
        "delete: ['pre_delete:BigOrder', 'post_delete:BigOrder']\n"
    )


def test_a_multi_table_child_saves_its_parents_row_and_signals_only_for_itself(both):
    assert both("multi_table_inheritance_saves_the_parent_row_without_its_signals") == (
        "create: ['pre_init:Restaurant', 'post_init:Restaurant', 'pre_save:Restaurant', "
        "'post_save:Restaurant']\n"
        "1 1 1 1 place_ptr\n"
        "save: ['pre_save:Restaurant', 'post_save:Restaurant']\n"
        "Luigi's True\n"
        "reading the parent, then the child: ['pre_init:Place', 'post_init:Place', "
        "'pre_init:Place', 'post_init:Place', 'pre_init:Restaurant', 'post_init:Restaurant']\n"
        "Luigi's\n"
        "the parent link is built from the child's values: ['pre_init:Place', 'post_init:Place']\n"
        "['id', 'name', 'place_ptr', 'serves_pizza']\n"
        "<QuerySet [<Restaurant: Restaurant object (1)>]> True\n"
    )


def test_deleting_a_multi_table_child_or_parent_deletes_and_signals_both_rows(both):
    assert both("deleting_a_multi_table_child_deletes_and_signals_its_parent_too") == (
        "(2, {'app.Restaurant': 1, 'app.Place': 1}) 0\n"
        "delete: ['pre_init:Place', 'post_init:Place', 'pre_delete:Restaurant', "
        "'pre_delete:Place', 'post_delete:Restaurant', 'post_delete:Place']\n"
        "(2, {'app.Restaurant': 1, 'app.Place': 1}) 0\n"
        "delete the parent: ['pre_init:Place', 'post_init:Place', 'pre_init:Restaurant', "
        "'post_init:Restaurant', 'pre_init:Place', 'post_init:Place', 'pre_delete:Restaurant', "
        "'pre_delete:Place', 'post_delete:Restaurant', 'post_delete:Place']\n"
    )


def test_meta_refuses_unknown_options_and_fields_that_clash(both):
    assert both("meta_validates_its_options_and_fields_clash") == (
        "'class Meta' got invalid attribute(s): colour\n"
        "FieldError Local field 'name' in class 'Clash' clashes with field of the same name "
        "from base class 'Base'.\n"
    )
