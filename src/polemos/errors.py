"""User-facing errors: one line saying what is wrong and what to do."""
from __future__ import annotations


class UserError(Exception):
    """An error the user can fix (bad option, missing store...): printed as one line,
    never as a traceback, and the command exits with status 2."""
