"""How a reader says that a file cannot be read, and the short reason stored with it."""


class Unreadable(Exception):
    """The file cannot be read; the message says why, in a few words."""


def describe(error: Exception) -> str:
    detail = str(error).strip().splitlines()[0][:200] if str(error).strip() else ""
    return f"The file could not be read ({type(error).__name__}{': ' + detail if detail else ''})."[:300]
