"""Values a process keeps a few seconds (`common.process_memo`)."""

import pytest

from plenaria.common import process_memo
from plenaria.common.process_memo import ProcessMemo, clear_process_memos

pytestmark = [pytest.mark.unit]


class Clock:
    def __init__(self):
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch):
    clock = Clock()
    monkeypatch.setattr(process_memo, "time", clock)
    return clock


def test_a_value_is_kept_for_its_seconds_then_gone(clock):
    memo = ProcessMemo(seconds=10)
    memo.set(7, ("2001-12-17", 18))

    clock.now += 9.9
    assert memo.get(7) == ("2001-12-17", 18)
    clock.now += 0.2
    assert memo.get(7, "expired") == "expired"


def test_forget_drops_one_value_and_clear_all_drops_every_memos_values(clock):
    ages, zones = ProcessMemo(seconds=10), ProcessMemo(seconds=60)
    ages.set(1, 18)
    ages.set(2, 16)
    zones.set(1, {3, 4})

    ages.forget(1)
    assert (ages.get(1), ages.get(2)) == (None, 16)
    clear_process_memos()
    assert (ages.get(2), zones.get(1)) == (None, None)
