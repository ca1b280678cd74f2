"""The tests read quizzes with the parser the site's macros use (course_data.quiz_calls)."""

from course_data.quiz_calls import Question, Quiz, quizzes_in

__all__ = ["Question", "Quiz", "quizzes_in"]
