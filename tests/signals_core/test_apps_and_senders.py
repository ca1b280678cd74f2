"""The app registry and lazy senders, as in Django 5.2: `apps.get_model()`, model signals
connected with an "app_label.ModelName" sender before or after the model exists, and
class_prepared. Code on a page runs as `__main__`, whose models are in the app `app`; under
Django the same code runs as the models module of an app labelled `app`, so both print the
same. Each program runs under signals_core and under Django (SQLite in memory)."""

PROGRAMS = {
    "get_model_finds_a_model_by_label": """
        from django.apps import apps
        from django.db import models
        class Invoice(models.Model):
            pass
        class Receipt(models.Model):
            class Meta:
                app_label = "store"
        print(apps.get_model("app.Invoice") is Invoice, apps.get_model("app", "invoice") is Invoice)
        print(apps.get_model("store.Receipt") is Receipt, Receipt._meta.label, Invoice._meta.label)
        print(Invoice in apps.get_models(), apps.is_installed("store"))
        for label in ["app.Missing", "nowhere.Invoice"]:
            try:
                apps.get_model(label)
            except LookupError as error:
                print(error)
    """,
    "a_string_sender_connects_before_or_after_the_model_exists": """
        from django.db import models
        from django.db.models.signals import post_save
        def early(sender, instance, **kwargs):
            print("early receiver:", sender.__name__)
        def late(sender, instance, **kwargs):
            print("late receiver:", sender.__name__)
        post_save.connect(early, sender="app.Invoice")
        class Invoice(models.Model):
            pass
        post_save.connect(late, sender="app.Invoice")
        Invoice.objects.create()
        print(post_save.disconnect(late, sender="app.Invoice"), post_save.disconnect(early,
              sender=Invoice))
        Invoice.objects.create()
        print("after both disconnects: nothing")
        try:
            post_save.connect(early, sender="Invoice")
        except ValueError as error:
            print(error)
    """,
    "the_receiver_decorator_takes_a_string_sender_too": """
        from django.db import models
        from django.db.models.signals import pre_save
        from django.dispatch import receiver
        @receiver(pre_save, sender="store.Order")
        def number_order(sender, instance, **kwargs):
            instance.number = instance.number or 100
        class Order(models.Model):
            number = models.IntegerField(null=True)
            class Meta:
                app_label = "store"
        print(Order.objects.create().number)
    """,
    "class_prepared_is_sent_for_each_model_as_it_is_defined": """
        from django.db import models
        from django.db.models.signals import class_prepared
        def prepared(sender, **kwargs):
            print("class_prepared:", sender.__name__, sender._meta.label)
        class_prepared.connect(prepared)
        class Tag(models.Model):
            pass
        class Post(models.Model):
            tags = models.ManyToManyField(Tag)
        class Base(models.Model):
            class Meta:
                abstract = True
        class Proxy(Post):
            class Meta:
                proxy = True
    """,
}


def test_get_model_finds_models_by_app_label_and_name(both):
    assert both("get_model_finds_a_model_by_label") == (
        "True True\n"
        "True store.Receipt app.Invoice\n"
        "True True\n"
        "App 'app' doesn't have a 'Missing' model.\n"
        "No installed app with label 'nowhere'.\n"
    )


def test_a_string_sender_is_connected_once_its_model_is_registered(both):
    assert both("a_string_sender_connects_before_or_after_the_model_exists") == (
        "early receiver: Invoice\n"
        "late receiver: Invoice\n"
        "None True\n"
        "after both disconnects: nothing\n"
        "Invalid model reference 'Invoice'. String model references must be of the form "
        "'app_label.ModelName'.\n"
    )


def test_receiver_with_a_string_sender_waits_for_a_model_of_another_app_label(both):
    assert both("the_receiver_decorator_takes_a_string_sender_too") == "100\n"


def test_class_prepared_comes_for_each_concrete_model_the_m2m_table_first(both):
    assert both("class_prepared_is_sent_for_each_model_as_it_is_defined") == (
        "class_prepared: Tag app.Tag\n"
        "class_prepared: Post_tags app.Post_tags\n"
        "class_prepared: Post app.Post\n"
        "class_prepared: Proxy app.Proxy\n"
    )
