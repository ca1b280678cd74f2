"""Which writes send save signals is Django's choice, and the page's: create(),
get_or_create(), update_or_create() and save() go through save_base() and send pre_save and
post_save; update(), bulk_create() and bulk_update() write rows directly and send none. Each
program runs under signals_core and under Django (SQLite in memory) and must print the same."""

ITEMS = """
        from django.db import models
        from django.db.models import F
        from django.db.models.signals import post_save, pre_save
        class Item(models.Model):
            name = models.CharField(max_length=20, unique=True)
            qty = models.PositiveIntegerField(default=1)
            def __str__(self):
                return self.name
        sent = []
        def spy(sender, signal, instance, update_fields, raw, **kwargs):
            name = "pre_save" if signal is pre_save else "post_save"
            fields = sorted(update_fields) if update_fields is not None else None
            sent.append((name, instance.name, kwargs.get("created"), fields, raw))
        pre_save.connect(spy, sender=Item)
        post_save.connect(spy, sender=Item)
"""

PROGRAMS = {
    "update_writes_rows_and_sends_no_save_signal": ITEMS + """
        Item.objects.bulk_create([Item(name="a"), Item(name="b", qty=3), Item(name="c")])
        print(Item.objects.filter(qty__lt=3).update(qty=F("qty") * 10 + 1), sent)
        print(Item.objects.filter(name="nope").update(qty=0))
        print(list(Item.objects.values_list("name", "qty")))
    """,
    "bulk_create_sets_primary_keys_and_sends_no_save_signal": ITEMS + """
        items = Item.objects.bulk_create([Item(name="a"), Item(name="b", qty=3)])
        print([item.pk for item in items], [item._state.adding for item in items], sent)
        skipped = Item.objects.bulk_create([Item(name="a"), Item(name="z")], ignore_conflicts=True)
        print([item.pk for item in skipped], Item.objects.count(), sent)
    """,
    "bulk_update_writes_the_fields_and_sends_no_save_signal": ITEMS + """
        a, b = Item.objects.bulk_create([Item(name="a"), Item(name="b")])
        a.qty, b.qty, b.name = 5, 6, "renamed"
        print(Item.objects.bulk_update([a, b], ["qty"]), sent)
        print(list(Item.objects.values_list("name", "qty")))
        try:
            Item.objects.bulk_update([a], [])
        except ValueError as error:
            print(error)
    """,
    "create_get_or_create_and_update_or_create_go_through_save": ITEMS + """
        Item.objects.create(name="a")
        print(Item.objects.get_or_create(name="b", defaults={"qty": 5}), sent[-2:])
        sent.clear()
        print(Item.objects.get_or_create(name="b"), sent)
        print(Item.objects.update_or_create(name="b", defaults={"qty": 9}), sent)
        print(Item.objects.update_or_create(name="c", defaults={"qty": 9},
                                            create_defaults={"qty": 1}), sent[-1])
        sent.clear()
        print(Item.objects.update_or_create(name="c"), sent, "(no defaults: nothing to save)")
        try:
            Item.objects.get_or_create(name="d", colour="red")
        except Exception as error:
            print(type(error).__name__, error)
    """,
    "save_with_update_fields": ITEMS + """
        item = Item.objects.create(name="a")
        sent.clear()
        item.qty = 2
        item.save(update_fields=["qty"])
        item.save(update_fields=[])
        print(sent, "(an empty update_fields saves nothing)")
        for fields in (["colour"], ["id"]):
            try:
                item.save(update_fields=fields)
            except ValueError as error:
                print(error)
        try:
            item.save(force_insert=True, update_fields=["qty"])
        except ValueError as error:
            print(error)
        try:
            Item(name="x").save(update_fields=["qty"])
        except ValueError as error:
            print(error)
    """,
    "only_and_defer_make_save_write_the_loaded_fields": ITEMS + """
        Item.objects.create(name="a", qty=4)
        sent.clear()
        item = Item.objects.only("name").get()
        print(item.get_deferred_fields())
        item.name = "A"
        item.save()
        print(sent, Item.objects.get().qty)
        item = Item.objects.defer("name").get()
        print(item.name, item.get_deferred_fields(), "(loaded on first access)")
    """,
    "refresh_from_db_reloads_by_reading_an_instance": ITEMS + """
        from django.db.models.signals import post_init
        item = Item.objects.create(name="a")
        Item.objects.filter(pk=item.pk).update(qty=7)
        built = []
        post_init.connect(lambda sender, **kwargs: built.append(sender.__name__), weak=False)
        item.refresh_from_db()
        print(item.qty, built)
        item.refresh_from_db(fields=["name"])
        Item.objects.all().delete()
        try:
            item.refresh_from_db()
        except Item.DoesNotExist as error:
            print(error)
    """,
    "save_base_raw_is_what_loaddata_sends": ITEMS + """
        item = Item(name="fixture", qty=3)
        item.save_base(raw=True)
        print(sent, Item.objects.get().qty)
    """,
    "a_pre_save_receiver_sees_adding_and_no_auto_now_value_yet": """
        from django.db import models
        from django.db.models.signals import pre_save, post_save
        class Post(models.Model):
            title = models.CharField(max_length=20)
            created = models.DateTimeField(auto_now_add=True)
            changed = models.DateTimeField(auto_now=True)
        def before(sender, instance, **kwargs):
            print("pre_save: adding", instance._state.adding, "created set:",
                  instance.created is not None)
        def after(sender, instance, created, **kwargs):
            print("post_save: adding", instance._state.adding, "created set:",
                  instance.created is not None)
        pre_save.connect(before, sender=Post)
        post_save.connect(after, sender=Post)
        post = Post.objects.create(title="a")
        first = post.changed
        post.save()
        print("save() changes auto_now:", post.changed > first)
        Post.objects.update(title="b")
        print("update() leaves it:", Post.objects.get().changed == post.changed)
    """,
    "the_database_refuses_what_sqlite_refuses": """
        from django.db import IntegrityError, models
        class Tag(models.Model):
            name = models.CharField(max_length=20, unique=True)
            weight = models.IntegerField()
        Tag.objects.create(name="a", weight=1)
        for values in ({"name": "a", "weight": 2}, {"name": "b"}, {"pk": 1, "name": "c", "weight": 0}):
            try:
                Tag.objects.create(**values)
            except IntegrityError as error:
                print(error)
        tag = Tag(name="b", weight=1)
        try:
            tag.save(force_update=True)
        except ValueError as error:
            print(error)
        tag.pk = 99
        try:
            tag.save(force_update=True)
        except Exception as error:
            print(type(error).__name__, error)
        try:
            Tag.objects.create(name="c", weight="heavy")
        except ValueError as error:
            print(error)
        print(Tag.objects.count())
    """,
    "values_come_back_as_the_database_keeps_them": """
        from decimal import Decimal
        from django.db import models
        class Order(models.Model):
            total = models.DecimalField(max_digits=6, decimal_places=2)
            extra = models.JSONField(default=dict)
            count = models.IntegerField(default=0)
            shipped = models.BooleanField(default=False)
            note = models.TextField(blank=True)
        order = Order(total="9.5", count="3")
        order.extra["tags"] = ("gift",)
        order.save()
        order.extra["tags"] = "changed after the save"
        stored = Order.objects.get()
        print(repr(order.total), repr(stored.total), stored.count, stored.extra, stored.shipped,
              repr(stored.note))
        print(Order().extra, Order().note == "", Order().count)
    """,
}


def test_update_returns_the_row_count_and_sends_no_save_signal(both):
    assert both("update_writes_rows_and_sends_no_save_signal") == (
        "2 []\n"
        "0\n"
        "[('a', 11), ('b', 3), ('c', 11)]\n"
    )


def test_bulk_create_sets_primary_keys_and_sends_no_save_signal(both):
    assert both("bulk_create_sets_primary_keys_and_sends_no_save_signal") == (
        "[1, 2] [False, False] []\n"
        "[None, None] 3 []\n"
    )


def test_bulk_update_returns_the_row_count_and_sends_no_save_signal(both):
    assert both("bulk_update_writes_the_fields_and_sends_no_save_signal") == (
        "2 []\n"
        "[('a', 5), ('b', 6)]\n"
        "Field names must be given to bulk_update().\n"
    )


def test_create_get_or_create_and_update_or_create_send_djangos_save_signals(both):
    assert both("create_get_or_create_and_update_or_create_go_through_save") == (
        "(<Item: b>, True) [('pre_save', 'b', None, None, False), "
        "('post_save', 'b', True, None, False)]\n"
        "(<Item: b>, False) []\n"
        "(<Item: b>, False) [('pre_save', 'b', None, ['qty'], False), "
        "('post_save', 'b', False, ['qty'], False)]\n"
        "(<Item: c>, True) ('post_save', 'c', True, None, False)\n"
        "(<Item: c>, False) [] (no defaults: nothing to save)\n"
        "FieldError Cannot resolve keyword 'colour' into field. Choices are: id, name, qty\n"
    )


def test_save_with_update_fields_sends_them_an_empty_one_saves_nothing_unknown_ones_fail(both):
    assert both("save_with_update_fields") == (
        "[('pre_save', 'a', None, ['qty'], False), ('post_save', 'a', False, ['qty'], False)] "
        "(an empty update_fields saves nothing)\n"
        "The following fields do not exist in this model, are m2m fields, primary keys, or are "
        "non-concrete fields: colour\n"
        "The following fields do not exist in this model, are m2m fields, primary keys, or are "
        "non-concrete fields: id\n"
        "Cannot force both insert and updating in model saving.\n"
        "Cannot force an update in save() with no primary key.\n"
    )


def test_after_only_or_defer_save_passes_the_loaded_fields_as_update_fields(both):
    assert both("only_and_defer_make_save_write_the_loaded_fields") == (
        "{'qty'}\n"
        "[('pre_save', 'A', None, ['name'], False), ('post_save', 'A', False, ['name'], False)] 4\n"
        "A set() (loaded on first access)\n"
    )


def test_refresh_from_db_reloads_the_row_and_fails_when_it_is_gone(both):
    assert both("refresh_from_db_reloads_by_reading_an_instance") == (
        "7 ['Item']\n"
        "Item matching query does not exist.\n"
    )


def test_save_base_with_raw_sends_raw_true_as_loaddata_does(both):
    assert both("save_base_raw_is_what_loaddata_sends") == (
        "[('pre_save', 'fixture', None, None, True), ('post_save', 'fixture', True, None, True)] 3\n"
    )


def test_auto_now_fields_are_set_after_pre_save_and_not_by_update(both):
    assert both("a_pre_save_receiver_sees_adding_and_no_auto_now_value_yet") == (
        "pre_save: adding True created set: False\n"
        "post_save: adding False created set: True\n"
        "pre_save: adding False created set: True\n"
        "post_save: adding False created set: True\n"
        "save() changes auto_now: True\n"
        "update() leaves it: True\n"
    )


def test_not_null_and_unique_columns_and_forced_updates_fail_as_on_sqlite(both):
    assert both("the_database_refuses_what_sqlite_refuses") == (
        "UNIQUE constraint failed: app_tag.name\n"
        "NOT NULL constraint failed: app_tag.weight\n"
        "UNIQUE constraint failed: app_tag.id\n"
        "Cannot force an update in save() with no primary key.\n"
        "DatabaseError Forced update did not affect any rows.\n"
        "Field 'weight' expected a number but got 'heavy'.\n"
        "1\n"
    )


def test_values_are_read_back_converted_as_the_database_keeps_them(both):
    assert both("values_come_back_as_the_database_keeps_them") == (
        "'9.5' Decimal('9.50') 3 {'tags': ['gift']} False ''\n"
        "{} True 0\n"
    )
