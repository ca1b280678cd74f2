"""The exceptions Django's model layer raises, with Django's names and bases, so that learner
code catches them as in a project: `django.core.exceptions` and `django.db`'s database errors."""


class ObjectDoesNotExist(Exception):
    """The requested object does not exist (each model's DoesNotExist subclasses it)."""

    silent_variable_failure = True


class MultipleObjectsReturned(Exception):
    """The query returned multiple objects when only one was expected."""


class FieldDoesNotExist(Exception):
    """The requested model field does not exist."""


class FieldError(Exception):
    """Some kind of problem with a model field."""


class ValidationError(Exception):
    """A value that is not valid for its field."""

    def __init__(self, message, code=None, params=None):
        self.messages = list(message) if isinstance(message, (list, tuple)) else [message]
        self.code, self.params = code, params
        super().__init__(message, code, params)

    def __str__(self):
        return repr(self.messages)


class ImproperlyConfigured(Exception):
    """Something is somehow improperly configured."""


class Error(Exception):
    pass


class DatabaseError(Error):
    pass


class IntegrityError(DatabaseError):
    pass


class ProgrammingError(DatabaseError):
    pass


class NotSupportedError(DatabaseError):
    pass


class TransactionManagementError(ProgrammingError):
    """Transaction management is used improperly."""


def not_on_this_page(feature: str, why: str = "needs a real database", suffix: bool = True):
    """What Django has and this page's Django does not: one line, in the learner's terms."""
    ending = "; this page's Django keeps rows in memory" if suffix else ""
    return NotImplementedError(f"{feature} {why}{ending}")


def not_on_this_page_method(name: str, why: str, suffix: bool = True):
    """A method `name` that says, when called, that this page's Django does not have it."""
    def method(*args, **kwargs):
        raise not_on_this_page(f"{name}()", why, suffix)
    method.__name__ = method.__qualname__ = name
    return method
