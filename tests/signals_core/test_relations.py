"""Relations as Django 5.2 has them: ForeignKey and OneToOneField with their reverse sides and
related managers, lazy references, and ManyToManyField, whose every change goes through the
auto-created intermediate model and sends m2m_changed from it. Each program runs under
signals_core and under Django (SQLite in memory) and must print the same."""

PIZZAS = """
        from django.db import models
        from django.db.models.signals import m2m_changed
        class Topping(models.Model):
            name = models.CharField(max_length=10)
            def __str__(self):
                return self.name
        class Pizza(models.Model):
            toppings = models.ManyToManyField(Topping, related_name="pizzas")
        cheese, ham, olive = (Topping.objects.create(name=name) for name in ["cheese", "ham", "olive"])
        pizza = Pizza.objects.create()
        def spy(sender, instance, action, reverse, model, pk_set, using, **kwargs):
            pk_set = sorted(pk_set) if pk_set is not None else None
            print(f"  {sender.__name__} {action} {type(instance).__name__} {instance.pk} "
                  f"reverse={reverse} model={model.__name__} pk_set={pk_set} using={using}")
"""

PROGRAMS = {
    "foreign_keys_their_ids_and_reverse_managers": """
        from django.db import models
        from django.db.models.signals import post_init
        class Book(models.Model):
            author = models.ForeignKey("Author", on_delete=models.CASCADE)
            editor = models.ForeignKey("app.Author", null=True, on_delete=models.SET_NULL,
                                       related_name="edited")
        class Author(models.Model):
            name = models.CharField(max_length=10)
        ada = Author.objects.create(name="ada")
        book = Book.objects.create(author=ada)
        print(book.author_id, book.editor_id, book.editor, ada.book_set.all(), ada.edited.count())
        built = []
        post_init.connect(lambda sender, **kwargs: built.append(sender.__name__), weak=False)
        book = Book.objects.get()
        book.author, book.author
        print(built, "(the author is read once, then kept)")
        built.clear()
        print([b.author is ada for b in ada.book_set.all()], built)
        book.author_id = 99
        try:
            book.author
        except Author.DoesNotExist as error:
            print(error)
        try:
            book.author = book
        except ValueError as error:
            print(error)
        try:
            Book(author=Author(name="new")).save()
        except ValueError as error:
            print(error)
        try:
            Book().author
        except Book.author.RelatedObjectDoesNotExist as error:
            print(type(error).__name__, error)
    """,
    "one_to_one_fields_and_their_reverse_side": """
        from django.db import models
        class User(models.Model):
            name = models.CharField(max_length=10)
        class Profile(models.Model):
            user = models.OneToOneField(User, on_delete=models.CASCADE)
        ada = User.objects.create(name="ada")
        try:
            ada.profile
        except User.profile.RelatedObjectDoesNotExist as error:
            print(type(error).__name__, error, isinstance(error, Profile.DoesNotExist))
        Profile.objects.create(user=ada)
        print(User.objects.get().profile.user.name, User.objects.filter(profile__isnull=False))
    """,
    "reverse_foreign_key_managers_update_or_save": """
        from django.db import models
        from django.db.models.signals import post_save
        class Shelf(models.Model):
            pass
        class Book(models.Model):
            shelf = models.ForeignKey(Shelf, null=True, on_delete=models.SET_NULL)
            title = models.CharField(max_length=10)
        post_save.connect(lambda sender, instance, **kwargs: print("  post_save", instance.title),
                          sender=Book, weak=False)
        shelf = Shelf.objects.create()
        print("create():")
        first = shelf.book_set.create(title="first")
        second = Book.objects.create(title="second")
        print("add(), in bulk (an update):")
        shelf.book_set.add(second)
        print("add(bulk=False):")
        shelf.book_set.add(Book(title="third"), bulk=False)
        print(shelf.book_set.count(), "remove() and clear() set the key to NULL, in bulk too:")
        shelf.book_set.remove(first)
        shelf.book_set.clear()
        print(shelf.book_set.count(), Book.objects.filter(shelf=None).count())
        shelf.book_set.set([first, second])
        print(list(shelf.book_set.values_list("title", flat=True)))
        try:
            shelf.book_set.add(Book(title="unsaved"))
        except ValueError as error:
            print(error)
    """,
    "m2m_add_remove_set_clear_send_m2m_changed_from_the_through_model": PIZZAS + """
        print("add() with no receiver: nothing to hear")
        pizza.toppings.add(olive)
        m2m_changed.connect(spy, sender=Pizza.toppings.through)
        print("add():")
        pizza.toppings.add(cheese, ham.pk, olive)
        print("remove():")
        pizza.toppings.remove(cheese, 99)
        print("set():")
        pizza.toppings.set([olive, cheese])
        print("set(clear=True):")
        pizza.toppings.set([ham], clear=True)
        print("clear():")
        pizza.toppings.clear()
        print(pizza.toppings.count(), Pizza.toppings.through.objects.count())
    """,
    "m2m_from_the_other_side_is_reverse": PIZZAS + """
        m2m_changed.connect(spy, sender=Pizza.toppings.through)
        ham.pizzas.add(pizza)
        ham.pizzas.create()
        print("create() on the forward side:")
        pizza.toppings.create(name="basil")
        print(pizza.toppings.all(), ham.pizzas.count(), Pizza.objects.filter(toppings__name="ham").count())
        print(Topping.objects.filter(pizzas=pizza), Pizza.toppings.through.__name__,
              [f.name for f in Pizza.toppings.through._meta.fields])
    """,
    "deleting_an_object_deletes_its_links_without_m2m_changed": PIZZAS + """
        m2m_changed.connect(spy, sender=Pizza.toppings.through)
        pizza.toppings.add(cheese, ham)
        print(pizza.delete(), Pizza.toppings.through.objects.count())
    """,
    "m2m_errors": PIZZAS + """
        try:
            Pizza().toppings.add(cheese)
        except ValueError as error:
            print(error)
        try:
            pizza.toppings = [cheese]
        except TypeError as error:
            print(error)
        try:
            pizza.toppings.add(pizza)
        except TypeError as error:
            print(error)
    """,
    "an_add_that_meets_a_link_already_there_uses_up_a_key": PIZZAS + """
        pizza.toppings.add(cheese)
        pizza.toppings.add(cheese, ham)  # nobody listens: one insert, the link there ignored
        print(list(Pizza.toppings.through.objects.values_list("id", "topping_id")))
    """,
    "a_symmetrical_m2m_to_self_and_a_custom_through_model": """
        from django.db import models
        from django.db.models.signals import m2m_changed
        class Person(models.Model):
            friends = models.ManyToManyField("self")
        class Club(models.Model):
            members = models.ManyToManyField(Person, through="Membership")
        class Membership(models.Model):
            person = models.ForeignKey(Person, on_delete=models.CASCADE)
            club = models.ForeignKey(Club, on_delete=models.CASCADE)
            role = models.CharField(max_length=10, default="member")
        def spy(sender, action, pk_set, **kwargs):
            print(" ", sender.__name__, action, sorted(pk_set))
        m2m_changed.connect(spy, sender=Person.friends.through)
        m2m_changed.connect(spy, sender=Membership)
        ada, bob = Person.objects.create(), Person.objects.create()
        ada.friends.add(bob)
        print(bob.friends.all(), Person.friends.through.objects.count())
        club = Club.objects.create()
        club.members.add(ada, through_defaults={"role": "chair"})
        print(list(Membership.objects.values_list("role", flat=True)))
    """,
}


def test_foreign_keys_read_the_related_object_once_and_check_what_is_assigned(both):
    assert both("foreign_keys_their_ids_and_reverse_managers") == (
        "1 None None <QuerySet [<Book: Book object (1)>]> 0\n"
        "['Book', 'Author'] (the author is read once, then kept)\n"
        "[True] ['Book']\n"
        "Author matching query does not exist.\n"
        'Cannot assign "<Book: Book object (1)>": "Book.author" must be a "Author" instance.\n'
        "save() prohibited to prevent data loss due to unsaved related object 'author'.\n"
        "RelatedObjectDoesNotExist Book has no author.\n"
    )


def test_a_one_to_one_field_gives_the_other_model_a_single_object(both):
    assert both("one_to_one_fields_and_their_reverse_side") == (
        "RelatedObjectDoesNotExist User has no profile. True\n"
        "ada <QuerySet [<User: User object (1)>]>\n"
    )


def test_a_reverse_manager_adds_by_update_unless_bulk_is_false(both):
    assert both("reverse_foreign_key_managers_update_or_save") == (
        "create():\n"
        "  post_save first\n"
        "  post_save second\n"
        "add(), in bulk (an update):\n"
        "add(bulk=False):\n"
        "  post_save third\n"
        "3 remove() and clear() set the key to NULL, in bulk too:\n"
        "0 3\n"
        "['first', 'second']\n"
        "<Book: Book object (None)> instance isn't saved. Use bulk=False or save the object "
        "first.\n"
    )


def test_m2m_changes_send_m2m_changed_with_djangos_actions_and_arguments(both):
    pizza = "Pizza_toppings {} Pizza 1 reverse=False model=Topping pk_set={} using=default\n"
    assert both("m2m_add_remove_set_clear_send_m2m_changed_from_the_through_model") == (
        "add() with no receiver: nothing to hear\n"
        "add():\n"
        + "  " + pizza.format("pre_add", [1, 2])
        + "  " + pizza.format("post_add", [1, 2])
        + "remove():\n"
        + "  " + pizza.format("pre_remove", [1, 99])
        + "  " + pizza.format("post_remove", [1, 99])
        + "set():\n"
        + "  " + pizza.format("pre_remove", [2])
        + "  " + pizza.format("post_remove", [2])
        + "  " + pizza.format("pre_add", [1])
        + "  " + pizza.format("post_add", [1])
        + "set(clear=True):\n"
        + "  " + pizza.format("pre_clear", None)
        + "  " + pizza.format("post_clear", None)
        + "  " + pizza.format("pre_add", [2])
        + "  " + pizza.format("post_add", [2])
        + "clear():\n"
        + "  " + pizza.format("pre_clear", None)
        + "  " + pizza.format("post_clear", None)
        + "0 0\n"
    )


def test_m2m_changes_made_from_the_other_side_are_sent_with_reverse_true(both):
    assert both("m2m_from_the_other_side_is_reverse") == (
        "  Pizza_toppings pre_add Topping 2 reverse=True model=Pizza pk_set=[1] using=default\n"
        "  Pizza_toppings post_add Topping 2 reverse=True model=Pizza pk_set=[1] using=default\n"
        "  Pizza_toppings pre_add Topping 2 reverse=True model=Pizza pk_set=[2] using=default\n"
        "  Pizza_toppings post_add Topping 2 reverse=True model=Pizza pk_set=[2] using=default\n"
        "create() on the forward side:\n"
        "  Pizza_toppings pre_add Pizza 1 reverse=False model=Topping pk_set=[4] using=default\n"
        "  Pizza_toppings post_add Pizza 1 reverse=False model=Topping pk_set=[4] using=default\n"
        "<QuerySet [<Topping: ham>, <Topping: basil>]> 2 2\n"
        "<QuerySet [<Topping: ham>, <Topping: basil>]> Pizza_toppings ['id', 'pizza', 'topping']\n"
    )


def test_deleting_an_object_deletes_its_links_and_sends_no_m2m_changed(both):
    assert both("deleting_an_object_deletes_its_links_without_m2m_changed") == (
        "  Pizza_toppings pre_add Pizza 1 reverse=False model=Topping pk_set=[1, 2] using=default\n"
        "  Pizza_toppings post_add Pizza 1 reverse=False model=Topping pk_set=[1, 2] using=default\n"
        "(3, {'app.Pizza_toppings': 2, 'app.Pizza': 1}) 0\n"
    )


def test_m2m_managers_refuse_unsaved_instances_assignment_and_the_wrong_model(both):
    assert both("m2m_errors") == (
        '"<Pizza: Pizza object (None)>" needs to have a value for field "id" before this '
        "many-to-many relationship can be used.\n"
        "Direct assignment to the forward side of a many-to-many set is prohibited. Use "
        "toppings.set() instead.\n"
        "'Topping' instance expected, got <Pizza: Pizza object (1)>\n"
    )


def test_a_symmetrical_m2m_links_both_ways_and_a_custom_through_model_is_the_sender(both):
    assert both("a_symmetrical_m2m_to_self_and_a_custom_through_model") == (
        "  Person_friends pre_add [2]\n"
        "  Person_friends post_add [2]\n"
        "<QuerySet [<Person: Person object (1)>]> 2\n"
        "  Membership pre_add [1]\n"
        "  Membership post_add [1]\n"
        "['chair']\n"
    )


def test_an_add_that_meets_a_link_already_there_uses_up_a_key_as_the_database_does(both):
    # With no m2m_changed receiver, Django inserts every link and lets the database ignore the
    # one already there; the key it would have had is used up all the same.
    assert both("an_add_that_meets_a_link_already_there_uses_up_a_key") == "[(1, 1), (3, 2)]\n"
