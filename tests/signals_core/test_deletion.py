"""Deletes follow Django's Collector: pre_delete and post_delete for every object, with
`origin`, cascades in Django's order, each on_delete handler, Django's result, and no instance
read at all when nobody listens and nothing cascades. Each program runs under signals_core and
under Django (SQLite in memory) and must print the same."""

LIBRARY = """
        from django.db import models
        from django.db.models.signals import post_delete, post_init, pre_delete
        class Author(models.Model):
            name = models.CharField(max_length=20)
        class Book(models.Model):
            author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="books")
        class Review(models.Model):
            book = models.ForeignKey(Book, on_delete=models.CASCADE)
        def library():
            author = Author.objects.create(name="ada")
            for _ in range(2):
                Review.objects.create(book=Book.objects.create(author=author))
            return author
        heard = []
        def spy(sender, signal, instance, origin, using, **kwargs):
            origin = f"instance {origin.pk}" if hasattr(origin, "_meta") else type(origin).__name__
            when = "pre" if signal is pre_delete else "post"
            heard.append(f"{when} {sender.__name__} {instance.pk} from {origin}")
"""

PROGRAMS = {
    "a_cascade_sends_pre_and_post_delete_for_every_object_children_first": LIBRARY + """
        pre_delete.connect(spy, weak=False)
        post_delete.connect(spy, weak=False)
        author = library()
        print(author.delete(), author.pk)
        print(*heard, sep="\\n")
    """,
    "a_cascade_from_several_parents_reads_their_children_by_parent": LIBRARY + """
        ada, bob = Author.objects.create(name="a"), Author.objects.create(name="b")
        for author in (ada, bob, ada):
            Book.objects.create(author=author)
        read = []
        post_init.connect(lambda sender, instance, **kwargs: read.append(instance.pk),
                          sender=Book, weak=False)
        pre_delete.connect(spy, sender=Book, weak=False)
        Author.objects.all().delete()
        print("read", read)
        print(*heard, sep="\\n")
    """,
    "a_queryset_delete_has_the_queryset_as_origin": LIBRARY + """
        pre_delete.connect(spy, sender=Author, weak=False)
        library(), library()
        print(Author.objects.filter(name="ada").delete())
        print(*heard, sep="\\n")
        print(Book.objects.all().delete(), Author.objects.filter(pk=99).delete())
    """,
    "nothing_listening_nothing_is_read": LIBRARY + """
        built = []
        post_init.connect(lambda sender, **kwargs: built.append(sender.__name__), weak=False)
        library()
        built.clear()
        print(Review.objects.all().delete(), built, "(a fast delete: no row read)")
        print(Author.objects.get().delete(), built)
    """,
    "a_nullable_cascade_deletes_the_parent_first": """
        from django.db import models
        from django.db.models.signals import pre_delete
        class Team(models.Model):
            pass
        class Player(models.Model):
            team = models.ForeignKey(Team, null=True, on_delete=models.CASCADE)
        pre_delete.connect(lambda sender, **kwargs: print("pre_delete", sender.__name__),
                           weak=False)
        team = Team.objects.create()
        Player.objects.create(team=team)
        print(team.delete())
    """,
    "protect_refuses_and_deletes_nothing": LIBRARY + """
        class Award(models.Model):
            author = models.ForeignKey(Author, on_delete=models.PROTECT)
        pre_delete.connect(spy, weak=False)
        author = library()
        Award.objects.create(author=author)
        try:
            author.delete()
        except models.ProtectedError as error:
            print(error.args[0])
            print(error.protected_objects, heard, Book.objects.count(), Review.objects.count())
    """,
    "restrict_refuses_unless_the_cascade_takes_it_anyway": """
        from django.db import models
        class Artist(models.Model):
            pass
        class Album(models.Model):
            artist = models.ForeignKey(Artist, on_delete=models.CASCADE)
        class Song(models.Model):
            artist = models.ForeignKey(Artist, on_delete=models.CASCADE)
            album = models.ForeignKey(Album, on_delete=models.RESTRICT)
        artist, other = Artist.objects.create(), Artist.objects.create()
        album = Album.objects.create(artist=artist)
        Song.objects.create(artist=artist, album=album)
        try:
            album.delete()
        except models.RestrictedError as error:
            print(error.args[0])
        print(artist.delete())
        song = Song.objects.create(artist=other, album=Album.objects.create(artist=other))
        try:
            song.album.delete()
        except models.RestrictedError as error:
            print("still refused:", error.restricted_objects)
    """,
    "set_null_set_default_set_and_do_nothing": """
        from django.db import models
        from django.db.models.signals import pre_save
        class Owner(models.Model):
            pass
        def fallback():
            return None
        class Thing(models.Model):
            by_null = models.ForeignKey(Owner, null=True, on_delete=models.SET_NULL,
                                        related_name="+")
            by_default = models.ForeignKey(Owner, null=True, default=None,
                                           on_delete=models.SET_DEFAULT, related_name="+")
            by_set = models.ForeignKey(Owner, null=True, on_delete=models.SET(fallback),
                                       related_name="+")
            by_nothing = models.ForeignKey(Owner, on_delete=models.DO_NOTHING,
                                           db_constraint=False, related_name="+")
        pre_save.connect(lambda sender, **kwargs: print("pre_save", sender.__name__), weak=False)
        owner = Owner.objects.create()
        Thing.objects.create(by_null=owner, by_default=owner, by_set=owner, by_nothing=owner)
        print(owner.delete())
        print(Thing.objects.values_list("by_null", "by_default", "by_set", "by_nothing").get())
    """,
    "a_failing_delete_receiver_rolls_the_whole_delete_back": LIBRARY + """
        def refuse(sender, instance, **kwargs):
            raise RuntimeError("archive is down")
        post_delete.connect(refuse, sender=Author)
        author = library()
        try:
            author.delete()
        except RuntimeError as error:
            print(error, Author.objects.count(), Book.objects.count(), Review.objects.count())
    """,
}


def test_a_cascade_sends_pre_delete_then_post_delete_for_each_object_with_its_origin(both):
    assert both("a_cascade_sends_pre_and_post_delete_for_every_object_children_first") == (
        "(5, {'app.Review': 2, 'app.Book': 2, 'app.Author': 1}) None\n"
        "pre Review 1 from instance 1\n"
        "pre Review 2 from instance 1\n"
        "pre Book 1 from instance 1\n"
        "pre Book 2 from instance 1\n"
        "pre Author 1 from instance 1\n"
        "post Review 2 from instance 1\n"
        "post Review 1 from instance 1\n"
        "post Book 2 from instance 1\n"
        "post Book 1 from instance 1\n"
        "post Author 1 from instance 1\n"
    )


def test_a_cascade_reads_the_children_in_the_order_sqlite_gives_then_deletes_them_by_key(both):
    """Django's query for the children has no ORDER BY, and SQLite reads it through the foreign
    key's index (post_init shows it); the Collector then deletes in primary key order."""
    assert both("a_cascade_from_several_parents_reads_their_children_by_parent") == (
        "read [1, 3, 2]\n"
        "pre Book 1 from QuerySet\n"
        "pre Book 2 from QuerySet\n"
        "pre Book 3 from QuerySet\n"
    )


def test_queryset_delete_returns_djangos_counts_with_the_queryset_as_origin(both):
    assert both("a_queryset_delete_has_the_queryset_as_origin") == (
        "(10, {'app.Review': 4, 'app.Book': 4, 'app.Author': 2})\n"
        "pre Author 1 from QuerySet\n"
        "pre Author 2 from QuerySet\n"
        "(0, {}) (0, {})\n"
    )


def test_without_receivers_or_cascades_rows_are_deleted_without_being_read(both):
    assert both("nothing_listening_nothing_is_read") == (
        "(2, {'app.Review': 2}) [] (a fast delete: no row read)\n"
        "(3, {'app.Book': 2, 'app.Author': 1}) ['Author', 'Book', 'Book']\n"
    )


def test_a_nullable_foreign_key_does_not_order_the_deletes(both):
    assert both("a_nullable_cascade_deletes_the_parent_first") == (
        "pre_delete Team\n"
        "pre_delete Player\n"
        "(2, {'app.Team': 1, 'app.Player': 1})\n"
    )


def test_protect_raises_protected_error_before_any_signal_or_delete(both):
    assert both("protect_refuses_and_deletes_nothing") == (
        "Cannot delete some instances of model 'Author' because they are referenced through "
        "protected foreign keys: 'Award.author'.\n"
        "{<Award: Award object (1)>} [] 2 2\n"
    )


def test_restrict_raises_unless_the_restricted_rows_are_deleted_by_the_same_cascade(both):
    assert both("restrict_refuses_unless_the_cascade_takes_it_anyway") == (
        "Cannot delete some instances of model 'Album' because they are referenced through "
        "restricted foreign keys: 'Song.album'.\n"
        "(3, {'app.Song': 1, 'app.Album': 1, 'app.Artist': 1})\n"
        "still refused: {<Song: Song object (2)>}\n"
    )


def test_set_null_set_default_and_set_change_the_column_without_a_save_do_nothing_does_not(
    both,
):
    assert both("set_null_set_default_set_and_do_nothing") == (
        "pre_save Owner\n"
        "pre_save Thing\n"
        "(1, {'app.Owner': 1})\n"
        "(None, None, None, 1)\n"
    )


def test_a_failing_delete_receiver_rolls_back_every_row_of_the_delete(both):
    assert both("a_failing_delete_receiver_rolls_the_whole_delete_back") == (
        "archive is down 1 2 2\n"
    )
