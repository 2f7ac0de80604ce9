from django.dispatch import Signal

# Sent (on commit) when a participant's accreditation is approved at the last stage. Badges listen to it.
participant_accredited = Signal()
