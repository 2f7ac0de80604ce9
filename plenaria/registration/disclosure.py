"""Whose identity registration may show, and to whom.

Registration lists people: the List of Participants and its exports, the API, the back-office lists. Whether a
person may be named there is not registration's to decide: only the safeguarding app, above it, knows who is a
young person and who appears under a pseudonym. It registers a policy at start-up (`register_policy`); every
surface asks `disclose` for the participants it shows, in one batch. Without a policy (registration used on its
own), everyone is shown by name.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


class Audience(StrEnum):
    """Who reads the surface."""

    # The List of Participants and its exports, the API, anything that leaves the secretariat or a journalist reads.
    PUBLIC = "public"
    # Back-office lists read by staff doing their job (review queues, a delegation's members).
    STAFF = "staff"


@dataclass(frozen=True)
class Disclosure:
    """What a surface shows of one person. `is_withheld`: the real name is not shown (a young person, or someone
    who appears under a pseudonym), so neither are the details that would give it away (own-script name, title,
    e-mail)."""

    name: str
    name_in_own_script: str
    title: str
    is_withheld: bool = False
    media_level: str = "public"


class DisclosurePolicy(Protocol):
    def disclose(self, participants: list, *, audience: Audience) -> dict[int, Disclosure]: ...


class ShowEveryone:
    """The policy without safeguarding: everyone under their own name."""

    def disclose(self, participants: list, *, audience: Audience) -> dict[int, Disclosure]:
        return {participant.pk: shown_as_registered(participant) for participant in participants}


def shown_as_registered(participant) -> Disclosure:
    return Disclosure(
        name=participant.display_name,
        name_in_own_script=participant.name_in_own_script,
        title=participant.title,
    )


_policy: DisclosurePolicy = ShowEveryone()


def register_policy(policy: DisclosurePolicy) -> None:
    global _policy
    _policy = policy


def disclose(participants: Iterable, *, audience: Audience) -> dict[int, Disclosure]:
    """What to show of each participant (by primary key) to `audience`; one batch, a few queries at most."""
    return _policy.disclose(list(participants), audience=audience)


def disclose_one(participant, *, audience: Audience) -> Disclosure:
    return disclose([participant], audience=audience)[participant.pk]


def attach_disclosures(participants: Iterable, *, audience: Audience) -> list:
    """Set `participant.shown` (a `Disclosure`) on each participant of a page, for its template."""
    participants = list(participants)
    shown = disclose(participants, audience=audience)
    for participant in participants:
        participant.shown = shown[participant.pk]
    return participants
