# --- PYODIDE:code --- #
from django.db import models
from django.db.models.signals import m2m_changed


class Tag(models.Model):
    name = models.CharField(max_length=30)

    def __str__(self):
        return self.name


class Article(models.Model):
    title = models.CharField(max_length=50)
    tags = models.ManyToManyField(Tag)

    def __str__(self):
        return self.title


def show(sender, instance, action, reverse, model, pk_set, **kwargs):
    if pk_set is None:
        keys = "None"
    else:  # primary keys of `model`; the names, to read them
        names = [str(obj) for obj in model.objects.filter(pk__in=pk_set)]
        keys = f"{sorted(pk_set)} {names}"
    print(f"  {action:<11} instance={instance!s:<7} reverse={reverse!s:<5} "
          f"model={model.__name__:<7} pk_set={keys}")


# The sender is the intermediate model, not Article or Tag.
m2m_changed.connect(show, sender=Article.tags.through)

django, python, news = (Tag.objects.create(name=n) for n in ("django", "python", "news"))
post = Article.objects.create(title="Signals")
other = Article.objects.create(title="ORM")

print("post.tags.add(django, python):")
post.tags.add(django, python)
print("news.article_set.add(post, other):  # from the Tag side")
news.article_set.add(post, other)
print("post.tags.add(django):  # already there")
post.tags.add(django)
print("post.tags.remove(python):")
post.tags.remove(python)
print("post.tags.clear():")
post.tags.clear()
print("news.article_set.clear():")
news.article_set.clear()
