"""Atomic blocks as Django 5.2 runs them: rows written in a block that raises are rolled back
(to the savepoint of a nested block), on_commit callbacks wait for the outermost commit and
are dropped with what is rolled back, and they run at once outside a block. Each program runs
under signals_core and under Django (SQLite in memory, where transactions are real) and must
print the same."""

ACCOUNTS = """
        from django.db import models, transaction
        from django.db.models import F
        class Account(models.Model):
            balance = models.IntegerField(default=0)
        def rows():
            return list(Account.objects.order_by("pk").values_list("pk", "balance"))
        done = []
"""

PROGRAMS = {
    "a_failing_block_rolls_its_rows_back": ACCOUNTS + """
        account = Account.objects.create(balance=10)
        try:
            with transaction.atomic():
                account.balance = 20
                account.save()
                Account.objects.create(balance=5)
                Account.objects.filter(pk=1).update(balance=F("balance") + 1)
                raise ValueError("payment refused")
        except ValueError:
            pass
        print(rows(), "the instance keeps its value:", account.balance)
        print("the rolled-back primary key is handed out again:", Account.objects.create().pk)
    """,
    "a_nested_block_is_a_savepoint": ACCOUNTS + """
        with transaction.atomic():
            Account.objects.create(balance=1)
            try:
                with transaction.atomic():
                    Account.objects.create(balance=2)
                    transaction.on_commit(lambda: done.append("inner"))
                    raise ValueError
            except ValueError:
                pass
            transaction.on_commit(lambda: done.append("outer"))
            print("inside:", rows(), done)
        print("committed:", rows(), done)
    """,
    "on_commit_waits_for_the_outermost_commit_and_is_dropped_on_rollback": ACCOUNTS + """
        transaction.on_commit(lambda: done.append("outside a block: at once"))
        with transaction.atomic():
            transaction.on_commit(lambda: done.append("first"))
            with transaction.atomic():
                transaction.on_commit(lambda: done.append("second"))
            print("before the commit:", done)
        print("after it:", done)
        done.clear()
        try:
            with transaction.atomic():
                transaction.on_commit(lambda: done.append("never"))
                raise ValueError
        except ValueError:
            pass
        print("after a rollback:", done)
    """,
    "atomic_as_a_decorator": ACCOUNTS + """
        @transaction.atomic
        def withdraw(amount):
            Account.objects.filter(pk=1).update(balance=F("balance") - amount)
            if Account.objects.get(pk=1).balance < 0:
                raise ValueError("not enough money")
        Account.objects.create(balance=10)
        withdraw(4)
        try:
            withdraw(100)
        except ValueError as error:
            print(error)
        print(rows())
    """,
    "without_a_savepoint_a_failure_breaks_the_whole_transaction": ACCOUNTS + """
        try:
            with transaction.atomic():
                Account.objects.create(balance=7)
                try:
                    with transaction.atomic(savepoint=False):
                        Account.objects.create(balance=8)
                        raise ValueError
                except ValueError:
                    pass
                Account.objects.count()
        except transaction.TransactionManagementError as error:
            print(error)
        print(rows())
        with transaction.atomic():
            Account.objects.create(balance=100)
            transaction.set_rollback(True)
        print("set_rollback(True):", rows())
    """,
    "robust_callbacks_and_durable_blocks": ACCOUNTS + """
        import logging
        logging.disable(logging.ERROR)
        def fails():
            raise ConnectionError("mail server down")
        with transaction.atomic():
            transaction.on_commit(fails, robust=True)
            transaction.on_commit(lambda: done.append("runs anyway"))
        print(done)
        try:
            with transaction.atomic():
                with transaction.atomic(durable=True):
                    pass
        except RuntimeError as error:
            print(error)
    """,
    "a_failing_post_save_receiver_leaves_the_row_outside_a_block": ACCOUNTS + """
        from django.db.models.signals import post_save
        def audit(sender, instance, **kwargs):
            raise RuntimeError("audit log is full")
        post_save.connect(audit, sender=Account)
        try:
            Account.objects.create(balance=1)
        except RuntimeError as error:
            print(error, rows())
        try:
            with transaction.atomic():
                Account.objects.create(balance=2)
        except RuntimeError as error:
            print("inside a block it is rolled back:", rows())
    """,
}


def test_a_block_that_raises_rolls_back_every_row_it_wrote(both):
    assert both("a_failing_block_rolls_its_rows_back") == (
        "[(1, 10)] the instance keeps its value: 20\n"
        "the rolled-back primary key is handed out again: 2\n"
    )


def test_a_nested_block_rolls_back_to_its_savepoint_with_its_callbacks(both):
    assert both("a_nested_block_is_a_savepoint") == (
        "inside: [(1, 1)] []\n"
        "committed: [(1, 1)] ['outer']\n"
    )


def test_on_commit_runs_after_the_outermost_commit_at_once_outside_and_never_on_rollback(both):
    assert both("on_commit_waits_for_the_outermost_commit_and_is_dropped_on_rollback") == (
        "before the commit: ['outside a block: at once']\n"
        "after it: ['outside a block: at once', 'first', 'second']\n"
        "after a rollback: []\n"
    )


def test_atomic_as_a_decorator_rolls_back_the_call_that_raises(both):
    assert both("atomic_as_a_decorator") == (
        "not enough money\n"
        "[(1, 6)]\n"
    )


def test_a_failure_in_a_block_without_savepoint_fails_later_queries_and_rolls_all_back(both):
    assert both("without_a_savepoint_a_failure_breaks_the_whole_transaction") == (
        "An error occurred in the current transaction. You can't execute queries until the end "
        "of the 'atomic' block.\n"
        "[]\n"
        "set_rollback(True): []\n"
    )


def test_a_robust_callback_that_fails_lets_the_next_ones_run_and_durable_blocks_do_not_nest(
    both,
):
    assert both("robust_callbacks_and_durable_blocks") == (
        "['runs anyway']\n"
        "A durable atomic block cannot be nested within another atomic block.\n"
    )


def test_a_failing_post_save_receiver_keeps_the_row_unless_a_block_rolls_it_back(both):
    assert both("a_failing_post_save_receiver_leaves_the_row_outside_a_block") == (
        "audit log is full [(1, 1)]\n"
        "inside a block it is rolled back: [(1, 1)]\n"
    )
