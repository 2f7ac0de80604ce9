"""Registration services: one module per sub-domain (STYLE.md 3.3).

- `status`: the state machine, the audit entry and the e-mail of every status change
- `seats`: delegation places, the waiting list and its automatic promotion
- `nomination`: focal points nominate, substitute and complete members
- `submission`: individual registration (drafts, idempotent submission, duplicate flags)
- `review`: stage-by-stage decisions
"""
