"""Values a process keeps for a few seconds in front of the shared cache, for what every request of a hot path reads
and almost never changes: a round trip to Redis costs more than the rest of reading it. A change made in this
process is seen at once (its `forget` drops the value here too); other processes see it when their copy expires."""

import time
import weakref
from typing import Any

_memos: "weakref.WeakSet[ProcessMemo]" = weakref.WeakSet()
_MISSING = object()


class ProcessMemo:
    def __init__(self, seconds: float):
        self.seconds = seconds
        self._values: dict[Any, tuple[float, Any]] = {}
        _memos.add(self)

    def get(self, key, default=None):
        held = self._values.get(key, _MISSING)
        if held is _MISSING or held[0] < time.monotonic():
            return default
        return held[1]

    def set(self, key, value) -> None:
        self._values[key] = (time.monotonic() + self.seconds, value)

    def forget(self, key) -> None:
        self._values.pop(key, None)

    def clear(self) -> None:
        self._values.clear()


def clear_process_memos() -> None:
    """Forget every value kept (tests: a rolled-back database may reuse the ids they are kept under)."""
    for memo in list(_memos):
        memo.clear()
