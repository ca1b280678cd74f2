"""What lessons 1 to 3 say about Django beyond what their examples print, shown by Django 5.2
itself: the page runs on signals_core, which has no bulk queries or fixtures, so these claims
are proven here with the same harness that runs the examples under Django."""

from __future__ import annotations

import textwrap

import pytest

from tools.program_runs import printed, run_programs

MODEL_AND_RECEIVER = """
from django.db import models
from django.db.models.signals import post_save


class User(models.Model):
    username = models.CharField(max_length=50)


def show(sender, instance, created, raw, **kwargs):
    print("post_save", instance.username, "raw =", raw)


post_save.connect(show, sender=User)
"""

PROGRAMS = {
    # Lesson 1: "bulk operations ... write rows without calling save(), so no post_save".
    "bulk_operations_send_no_post_save": """
        User.objects.create(username="ada")
        User.objects.filter(username="ada").update(username="ada_l")
        User.objects.bulk_create([User(username="grace"), User(username="linus")])
        print("users:", User.objects.count())
    """,
    # Lesson 2: "`@receiver` ... can take a list of signals".
    "receiver_connects_to_each_signal_of_a_list": """
        from django.db.models.signals import pre_save
        from django.dispatch import receiver

        @receiver([pre_save, post_save], sender=User)
        def both(sender, signal, **kwargs):
            print("called for", "pre_save" if signal is pre_save else "post_save")

        User.objects.create(username="ada")
    """,
    # Lesson 3: to filter with sender=Order, the receivers' app needs the Order class itself
    # (the sender is matched by identity) or, for model signals, its "app_label.Model" label.
    "sender_is_matched_by_the_class_itself": """
        from django.dispatch import receiver

        LookAlike = type("User", (), {})

        @receiver(post_save, sender=LookAlike)
        def look_alike(sender, **kwargs):
            print("  look-alike class called")

        @receiver(post_save, sender="app.User")
        def by_label(sender, **kwargs):
            print("  app.User label called")

        User.objects.create(username="ada")
    """,
    # Lesson 2: "`raw` is True when loading fixtures (loaddata)".
    "fixtures_are_saved_with_raw_true": """
        from django.core import serializers

        fixture = '[{"model": "app.user", "pk": 7, "fields": {"username": "fixture"}}]'
        for deserialized in serializers.deserialize("json", fixture):
            deserialized.save()
    """,
}


@pytest.fixture(scope="module")
def outputs():
    programs = {name: MODEL_AND_RECEIVER + textwrap.dedent(code) for name, code in PROGRAMS.items()}
    return run_programs("django", programs)


def test_update_and_bulk_create_send_no_post_save(outputs):
    assert printed(outputs, "bulk_operations_send_no_post_save") == (
        "post_save ada raw = False\nusers: 3\n"
    )


def test_loading_a_fixture_sends_post_save_with_raw_true(outputs):
    assert printed(outputs, "fixtures_are_saved_with_raw_true") == "post_save fixture raw = True\n"



def test_a_sender_filter_needs_the_model_class_itself_or_its_label(outputs):
    assert printed(outputs, "sender_is_matched_by_the_class_itself") == (
        "post_save ada raw = False\n  app.User label called\n"
    )


def test_receiver_decorator_connects_to_each_signal_of_a_list(outputs):
    assert printed(outputs, "receiver_connects_to_each_signal_of_a_list") == (
        "called for pre_save\npost_save ada raw = False\ncalled for post_save\n"
    )
