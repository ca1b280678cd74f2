# --- PYODIDE:code --- #
from django.db import models
from django.db.models.signals import post_save


def heard_by(label):
    def receiver(sender, instance, **kwargs):
        print(f"  {label} heard sender={sender.__name__}")
    return receiver


# A string sender: connected before the model exists, resolved when it is defined.
post_save.connect(heard_by("'app.Comment'"), sender="app.Comment", weak=False)


class Article(models.Model):  # a plain model...
    title = models.CharField(max_length=50)


class Draft(Article):  # ...its proxy: same table, its own class
    class Meta:
        proxy = True


class Place(models.Model):  # a multi-table parent...
    name = models.CharField(max_length=50)


class Restaurant(Place):  # ...and its child: two tables
    serves_pizza = models.BooleanField(default=False)


class Timestamped(models.Model):  # an abstract base: no table
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True


class Comment(Timestamped):
    text = models.TextField()


for model in (Article, Draft, Place, Restaurant, Timestamped):
    post_save.connect(heard_by(f"sender={model.__name__}"), sender=model, weak=False)


def any_timestamped(sender, **kwargs):  # no sender: filter by class
    if issubclass(sender, Timestamped):
        print(f"  a Timestamped filter heard sender={sender.__name__}")


post_save.connect(any_timestamped)

print("Draft.objects.create():")
Draft.objects.create(title="Soon")
print("Restaurant.objects.create():")
Restaurant.objects.create(name="Chez Ada", serves_pizza=True)
print("Comment.objects.create():")
Comment.objects.create(text="Nice")
