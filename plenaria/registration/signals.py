from django.dispatch import Signal

# Sent (on commit) when a participant's accreditation is approved at the last stage. Badges listen to it.
participant_accredited = Signal()

# Sent inside the approval's transaction, just before a registration becomes APPROVED at the last stage (kwarg:
# participant), so that the apps above can refuse: a receiver raises a DomainError, which undoes the decision.
# Unlike `participant_accredited` it is sent at once, not on commit: a refusal after the commit is too late.
accreditation_requested = Signal()

# Sent inside the transaction when a participant ticks "I have read and accept the code of conduct" on a registration
# form (kwargs: participant, language: the language the form was read in). The safeguarding app records which
# version of the code that was, so that nobody is asked to accept the same code twice.
code_of_conduct_accepted = Signal()

# Sent inside the transaction when a registration is withdrawn or rejected (kwargs: participant, actor). Badges
# listen to it: a badge must not open any door once its holder is no longer a participant.
participant_left = Signal()
