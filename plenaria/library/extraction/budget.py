"""The caps on the reading of one file: the length of the text kept and the time spent reading it."""

import time

MAX_TEXT_CHARS = 2_000_000
TIME_BUDGET_SECONDS = 60


class Budget:
    """Stops the reading when the text is long enough or the time is up; what was read so far is kept."""

    def __init__(self):
        self.parts: list[str] = []
        self.length = 0
        self.deadline = time.monotonic() + TIME_BUDGET_SECONDS

    def add(self, text: str) -> bool:
        """Add `text`; False once the reading should stop."""
        if text:
            self.parts.append(text[: MAX_TEXT_CHARS - self.length])
            self.length += len(self.parts[-1])
        return self.length < MAX_TEXT_CHARS and time.monotonic() < self.deadline

    @property
    def text(self) -> str:
        return "".join(self.parts)
