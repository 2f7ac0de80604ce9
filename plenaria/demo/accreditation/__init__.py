"""Accreditation data for the demo congress, created through the real services so that the audit log, the waiting
lists and the e-mails are what a real secretariat would see (data: plenaria.demo.content.accreditation_2001).

Running it again adds nothing: categories are found by slug, organisations by country or name, delegations by
organisation, individual registrations by their fixed submission key. A delegation or registration that exists
already is left as it is (whatever the demo's visitors did to it since).

All the people are fictional (see the content module). The modules, in the order the seeding uses them: context
(what the steps share), people, categories, delegations and individuals (with plans and progress: how far each
registration has got and how it got there), duplicates; seeding puts them together.
"""

from .seeding import Summary, seed_accreditation

__all__ = ["Summary", "seed_accreditation"]
