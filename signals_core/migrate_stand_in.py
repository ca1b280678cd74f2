"""The page's stand-in for `django.core.management.call_command("migrate", verbosity=0)`.

The page has no migrations and keeps its tables in memory, so there is nothing to apply (the
`plan` is empty, as when a project's database is up to date). What it keeps is what receivers
see: `pre_migrate` then `post_migrate`, each sent once for every installed app
(`apps.get_app_configs()`), with Django's arguments. One difference: `apps` is the page's
model registry, where Django passes the models as the migrations left them (historical models,
built from the migration files).
"""

from __future__ import annotations

import sys

from .apps import apps
from .database import DEFAULT_DB_ALIAS
from .exceptions import not_on_this_page
from .signals import post_migrate, pre_migrate


class OutputWrapper:
    """A command's `stdout`, as Django's: `write()` ends each message with a new line."""

    def __init__(self, out):
        self._out = out

    def write(self, msg="", style_func=None, ending="\n"):
        if ending and not msg.endswith(ending):
            msg += ending
        self._out.write(msg)

    def flush(self):
        self._out.flush()


def _emit(signal, verbosity, interactive, using, **kwargs):
    for app_config in apps.get_app_configs():
        signal.send(sender=app_config, app_config=app_config, verbosity=verbosity,
                    interactive=interactive, using=using, **kwargs)


def call_command(command_name, *args, verbosity=1, interactive=True,
                 database=DEFAULT_DB_ALIAS, **options):
    """Run `migrate` as an up-to-date project's database does: only its signals."""
    if command_name != "migrate":
        raise not_on_this_page(f"call_command({command_name!r})",
                               "runs a management command; this page's Django has only "
                               "call_command('migrate', verbosity=0)", suffix=False)
    if args or options or verbosity != 0:
        raise not_on_this_page("call_command('migrate') with a report or options",
                               "needs real migrations; on this page, call "
                               "call_command('migrate', verbosity=0)", suffix=False)
    stdout = OutputWrapper(sys.stdout)
    for signal in (pre_migrate, post_migrate):
        _emit(signal, verbosity, interactive, database, stdout=stdout, apps=apps, plan=[])
