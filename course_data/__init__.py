"""The course's shared sources: content that more than one page shows, kept in one place.

The YAML files of this folder hold the content (course_data.content reads them); the macros of
course_data.macros render it on any page, and course_data.cards turns it into review cards. A
question, a takeaway or a pitfall is changed here, once, and every page that shows it follows.
Loaded by mkdocs-macros (through PMT's pyodide_macros plugin) as the project's macros module.
"""

from .macros import define_env

__all__ = ["define_env"]
