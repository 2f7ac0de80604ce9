class DomainError(Exception):
    """A business rule refused an action. `code` is stable (tests and API clients use it); `message` is for people.

    Each app subclasses it and maps its codes to translated messages.
    """

    messages: dict = {}

    def __init__(self, code: str, message: str | None = None):
        self.code = code
        self.message = message if message is not None else self.messages.get(code, code)
        super().__init__(f"{code}: {self.message}")
