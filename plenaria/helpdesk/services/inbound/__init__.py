"""Replies by e-mail: a message sent to the desk's address is threaded into its inquiry, or becomes a new one.

Every e-mail the desk sends carries the inquiry's reference in its subject and asks for replies at the desk's
inbound address (`notifications`); the inbound SMTP service (`plenaria.helpdesk.inbound_server`, started by the
`run_inbound_smtp` command) hands each message it receives to `receive_email`.

Anyone can type a reference, so a message is threaded only when it comes from the address that asked the question
(compared by its keyed digest): a stranger's mail never lands in someone else's conversation, it becomes a new
inquiry of its own. Only the new text of a reply is stored, not the quoted history below it (`text`).
"""

from .language import guess_language
from .parsing import EMAIL_ATTACHMENTS, MAX_EMAIL_ATTACHMENTS, ParsedEmail, parse_email
from .receiving import InboundOutcome, InboundResult, congress_for_recipients, receive_email, references_in
from .text import html_to_text, strip_quoted

__all__ = [
    "EMAIL_ATTACHMENTS",
    "MAX_EMAIL_ATTACHMENTS",
    "InboundOutcome",
    "InboundResult",
    "ParsedEmail",
    "congress_for_recipients",
    "guess_language",
    "html_to_text",
    "parse_email",
    "receive_email",
    "references_in",
    "strip_quoted",
]
