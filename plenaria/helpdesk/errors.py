from django.utils.translation import gettext_lazy as _

from plenaria.common.errors import DomainError


class HelpdeskError(DomainError):
    messages = {
        "invalid_requester_type": _("Choose who you are."),
        "invalid_topic": _("Choose what your question is about."),
        "invalid_language": _("Choose a language."),
        "name_required": _("Write your name."),
        "invalid_email": _("Enter a valid e-mail address."),
        "message_required": _("Write your question."),
        "too_long": _("Your message is too long."),
        "inquiry_closed": _("This inquiry is closed. Reopen it first."),
        "inquiry_not_closed": _("This inquiry is not closed."),
        "inquiry_merged": _("This inquiry was merged into another one: continue there."),
        "inquiry_moved_to_concern": _(
            "This inquiry was handed to the safeguarding officers. They answer it, not the inquiry desk."
        ),
        "assignee_not_in_team": _("Only a member of the team that holds the inquiry can be assigned to it."),
        "team_of_another_congress": _("That team belongs to another congress."),
        "same_team": _("The inquiry is already in that team's queue."),
        "merge_into_itself": _("An inquiry cannot be merged into itself."),
        "merge_other_queue": _("Only inquiries in the same queue can be merged."),
        "merge_into_merged": _("That inquiry was itself merged into another one: merge into that one."),
    }


# The inbound e-mail service (services/inbound.py).
HelpdeskError.messages.update(
    {
        "email_too_large": _("The e-mail is too large for the inquiry desk."),
        "inbound_no_congress": _("No congress receives inquiries at this address yet."),
    }
)

# The public pages (views/public.py, services/attachments.py).
HelpdeskError.messages.update(
    {
        "too_many_attachments": _("You can attach up to 3 files."),
        "submission_key_used": _(
            "This form was already used to send another question. Nothing was sent: please press “Send” again."
        ),
    }
)

# The API's answer to a reference that does not exist, or that the caller may not see (they are not told which).
HelpdeskError.messages.update({"not_found": _("There is no inquiry with this reference that you may see.")})

# The desk's administration (services/desk.py): routing rules, settings, FAQ entries and canned answers.
HelpdeskError.messages.update(
    {
        "routing_pair_unknown": _("There is no such requester type and topic in the routing table."),
        "secretariat_would_change": _(
            "This change would make another team the host secretariat of the desk (the team that sees every "
            "queue and sets the routing). Keep the first row of the secretariat's questions with its team."
        ),
        "no_secretariat_rule": _(
            "No routing rule names the host secretariat's team: the defaults cannot be restored from the rules."
        ),
        "first_response_hours_range": _("Choose a number of hours between 1 and 720."),
        "faq_question_required": _("Write the question in at least one language."),
        "faq_languages_differ": _("Write the question and the answer in the same languages."),
        "canned_title_required": _("Give the canned answer a title."),
        "canned_body_required": _("Write the text in at least one language."),
    }
)

# The back office's queue and inquiry pages (views/queue.py, views/inquiry.py).
HelpdeskError.messages.update(
    {
        "merge_reference_unknown": _(
            "There is no inquiry with this reference in a queue you work. Check the reference and try again."
        ),
    }
)
