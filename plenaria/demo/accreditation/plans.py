"""How far each demo registration has got: the plans of the delegations and the targets of the individual
registrations.

A target is one of "approved", "at:<stage>" (approved up to that stage, waiting there), "info:<stage>" (more
information requested there), "rejected:<stage>", "nominated" (details not completed yet), "withdrawn",
"substituted", "waitlisted" (a delegation member nominated after the places ran out) or "waitlisted:<stage>" (an
individual registration put on the waiting list there); see progress.carry_out.
"""

import random

# How far a delegation has got. Each function returns the targets of its members, head first.


def _accredited(rng: random.Random) -> list[str]:
    members = ["approved"] * rng.randint(3, 5) + ["at:2"]
    if rng.random() < 0.5:
        members.append("nominated")
    return ["approved", *members]


def _reviewing(rng: random.Random) -> list[str]:
    pool = ["at:0", "at:1", "at:2", "info:1", "nominated", "approved", "approved"]
    return [rng.choice(["approved", "at:2"]), *rng.sample(pool, k=rng.randint(4, 7))]


def _full(rng: random.Random) -> list[str]:
    pool = ["approved", "approved", "approved", "at:0", "at:1", "at:2", "info:1", "nominated", "approved"]
    return ["approved", *pool, *["waitlisted"] * rng.randint(2, 3)]


def _full_moving(rng: random.Random) -> list[str]:
    # Ten places taken and three on the waiting list; then one member withdraws and the focal point turns one
    # down: the first two on the waiting list move up.
    seated = ["approved", "approved", "at:1", "at:2", "withdrawn", "approved", "rejected:0", "info:1", "at:0"]
    return ["approved", *seated, "waitlisted", "waitlisted", "waitlisted"]


def _changes(rng: random.Random) -> list[str]:
    pool = ["withdrawn", "rejected:1", "info:1", "at:1", "approved", "approved", "substituted", "at:0"]
    return ["substituted", *rng.sample(pool, k=rng.randint(6, 8))]


def _late(rng: random.Random) -> list[str]:
    return ["nominated", *["nominated"] * rng.randint(0, 2)]


PROFILES = {
    "accredited": _accredited,
    "reviewing": _reviewing,
    "full": _full,
    "full_moving": _full_moving,
    "changes": _changes,
    "late": _late,
    "not_started": lambda rng: [],
}
RANDOM_PROFILES = ["accredited"] * 3 + ["reviewing"] * 4 + ["changes"] * 2 + ["full", "full_moving", "late"]

# The plans of the intergovernmental organisations' two-place delegations, one drawn for each.
IGO_PLANS = [
    ["approved", "approved"],
    ["approved", "at:0"],
    ["approved", "approved", "waitlisted"],
    ["at:0", "info:0"],
    ["approved", "withdrawn", "waitlisted"],
    ["nominated", "nominated"],
]

# Roles of the members after the head, in the order they are nominated.
ROLES_AFTER_HEAD = ["delegate", "delegate", "alternate", "delegate", "adviser", "delegate", "support"]
ROLES_AFTER_HEAD += ["delegate", "adviser"] + ["delegate"] * 4

# Individual registrations: the targets drawn for each category (weights by repetition).
INDIVIDUAL_TARGETS = {
    "ngo": ["approved"] * 5
    + ["at:0", "at:0", "at:1", "at:1", "info:0", "info:1", "rejected:0", "waitlisted:1", "withdrawn"],
    "private_sector": ["approved"] * 3 + ["at:0", "at:0", "info:0", "withdrawn"],
    "media": ["approved"] * 5 + ["at:0", "at:0", "at:0", "info:0", "waitlisted:0", "withdrawn"],
}
