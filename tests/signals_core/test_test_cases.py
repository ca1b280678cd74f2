"""The page's `django.test` stand-in (signals_core/test_cases.py) against Django 5.2's own
TestCase, TransactionTestCase and SimpleTestCase: each program runs its test cases with
unittest's runner under both and must print the same."""

CASES = """
        import io
        import unittest
        from django.core import mail
        from django.db import models, transaction
        from django.test import SimpleTestCase, TestCase, TransactionTestCase
        class User(models.Model):
            username = models.CharField(max_length=50)
        def run(case):
            result = unittest.TextTestRunner(stream=io.StringIO()).run(
                unittest.defaultTestLoader.loadTestsFromTestCase(case))
            for test, report in result.failures + result.errors:
                print("FAILED:", test.id().split(".")[-1], report.splitlines()[-1])
"""

PROGRAMS = {
    "testcase_rolls_each_test_back_and_never_commits": CASES + """
        class Rows(TestCase):
            @classmethod
            def setUpTestData(cls):
                cls.ada = User.objects.create(username="ada")
            def test_1(self):
                User.objects.create(username="bob")
                transaction.on_commit(lambda: print("never printed"))
                self.ada.username = "changed in test 1"
                print("in a block:", not transaction.get_autocommit(), User.objects.count())
            def test_2(self):
                print("test 2 sees:", User.objects.count(), self.ada.username)
        run(Rows)
        print("after the class:", User.objects.count())
    """,
    "capture_lists_callbacks_and_execute_runs_those_they_add": CASES + """
        class Capture(TestCase):
            def test_listed_not_run(self):
                with self.captureOnCommitCallbacks() as callbacks:
                    transaction.on_commit(lambda: print("not run"))
                print("listed:", len(callbacks))
            def test_execute(self):
                def first():
                    print("first ran")
                    transaction.on_commit(lambda: print("added by first, ran too"))
                with self.captureOnCommitCallbacks(execute=True) as callbacks:
                    transaction.on_commit(first)
                    print("inside the block, nothing ran yet")
                print("captured:", len(callbacks))
            def test_only_those_of_the_block(self):
                transaction.on_commit(lambda: print("registered before"))
                with self.captureOnCommitCallbacks(execute=True) as callbacks:
                    pass
                print("captured:", len(callbacks))
        run(Capture)
    """,
    "capture_execute_runs_callbacks_even_when_the_block_raises": CASES + """
        class Raising(TestCase):
            def test_raises(self):
                try:
                    with self.captureOnCommitCallbacks(execute=True):
                        transaction.on_commit(lambda: print("ran anyway"))
                        raise ValueError("boom")
                except ValueError:
                    print("ValueError reached the test")
        run(Raising)
    """,
    "transaction_test_case_commits_then_empties_the_tables": CASES + """
        class Commits(TransactionTestCase):
            def test_1(self):
                transaction.on_commit(lambda: print("ran at once: autocommit"))
                with transaction.atomic():
                    User.objects.create(username="ada")
                    transaction.on_commit(lambda: print("ran at the commit"))
            def test_2(self):
                print("test 2 sees:", User.objects.count(),
                      "next key:", User.objects.create(username="bob").pk)
        run(Commits)
        print("after the class:", User.objects.count())
    """,
    "each_test_starts_with_an_empty_outbox": CASES + """
        class Mail(TestCase):
            def test_1(self):
                mail.send_mail("a", "b", None, ["x@example.com"])
                print("test 1:", len(mail.outbox))
            def test_2(self):
                print("test 2:", len(mail.outbox))
        run(Mail)
    """,
    "a_durable_block_may_open_inside_a_testcase_test": CASES + """
        class Durable(TestCase):
            def test_durable(self):
                with transaction.atomic(durable=True):
                    print("durable block open")
                try:
                    with transaction.atomic():
                        with transaction.atomic(durable=True):
                            pass
                except RuntimeError as error:
                    print(error)
        run(Durable)
    """,
    "simple_test_case_refuses_the_database": CASES + """
        class NoDatabase(SimpleTestCase):
            def test_query(self):
                try:
                    User.objects.count()
                except AssertionError as error:  # the message goes on with the module's name
                    print(type(error).__name__, str(error).split(" Either")[0])
        class AllowedDatabase(SimpleTestCase):
            databases = {"default"}
            def test_query(self):
                print("allowed:", User.objects.count())
        run(NoDatabase)
        run(AllowedDatabase)
    """,
    "setup_runs_without_super_and_cleanups_run_after_teardown": CASES + """
        class Order(TestCase):
            def setUp(self):
                self.addCleanup(print, "cleanup")
                print("setUp, outbox:", mail.outbox)
            def tearDown(self):
                print("tearDown")
            def test_fails(self):
                self.fail("on purpose")
        run(Order)
    """,
}


def test_a_testcase_test_runs_in_a_block_rolled_back_at_its_end(both):
    assert both("testcase_rolls_each_test_back_and_never_commits") == (
        "in a block: True 2\n"
        "test 2 sees: 1 ada\n"
        "after the class: 0\n"
    )


def test_capture_lists_callbacks_and_execute_runs_them_and_those_they_register(both):
    assert both("capture_lists_callbacks_and_execute_runs_those_they_add") == (
        "inside the block, nothing ran yet\n"
        "first ran\n"
        "added by first, ran too\n"
        "captured: 2\n"
        "listed: 1\n"
        "captured: 0\n"
    )


def test_capture_with_execute_runs_the_callbacks_even_when_its_block_raises(both):
    assert both("capture_execute_runs_callbacks_even_when_the_block_raises") == (
        "ran anyway\nValueError reached the test\n")


def test_a_transaction_test_case_commits_then_empties_the_tables_keeping_keys(both):
    assert both("transaction_test_case_commits_then_empties_the_tables") == (
        "ran at once: autocommit\n"
        "ran at the commit\n"
        "test 2 sees: 0 next key: 2\n"
        "after the class: 0\n"
    )


def test_each_test_starts_with_an_empty_outbox(both):
    assert both("each_test_starts_with_an_empty_outbox") == "test 1: 1\ntest 2: 0\n"


def test_a_durable_block_opens_inside_a_testcase_test_but_not_inside_another_block(both):
    assert both("a_durable_block_may_open_inside_a_testcase_test") == (
        "durable block open\n"
        "A durable atomic block cannot be nested within another atomic block.\n"
    )


def test_a_simple_test_case_fails_a_query_unless_it_lists_the_database(both):
    assert both("simple_test_case_refuses_the_database") == (
        "DatabaseOperationForbidden Database queries to 'default' are not allowed in "
        "SimpleTestCase subclasses.\n"
        "allowed: 0\n"
    )


def test_set_up_runs_without_super_and_cleanups_run_after_tear_down(both):
    assert both("setup_runs_without_super_and_cleanups_run_after_teardown") == (
        "setUp, outbox: []\n"
        "tearDown\n"
        "cleanup\n"
        "FAILED: test_fails AssertionError: on purpose\n"
    )
