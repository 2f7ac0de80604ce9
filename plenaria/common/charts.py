"""What the SVG charts drawn on the server share (the inquiry desk's dashboard, the attendance view): the y axis's
round values."""

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Tick:
    y: float
    label: str


def nice_ticks(maximum: int, at_most: int = 5) -> list[int]:
    """Round values for the y axis, from 0 to at least `maximum`: steps of 1, 2 or 5 × a power of ten."""
    maximum = max(maximum, 1)
    for magnitude in (10**power for power in range(12)):
        for step in (magnitude, 2 * magnitude, 5 * magnitude):
            if math.ceil(maximum / step) < at_most:
                return [step * index for index in range(math.ceil(maximum / step) + 1)]
    raise ValueError("maximum too large")
