from django.utils.translation import gettext_lazy as _
from i18nfield.strings import LazyI18nString

from plenaria.common.errors import DomainError
from plenaria.common.i18n_content import localize


class SafeguardingError(DomainError):
    messages = {
        "not_permitted": _("Only the congress's safeguarding officers can see this record."),
        "reason_required": _("Say why you need to see this record: every reading is logged."),
        "profile_exists": _("This participant already has a young person's profile."),
        "wrong_congress": _("This belongs to another congress."),
        "date_of_birth_missing": _("The date of birth is needed to check the age."),
        "not_a_minor": _("This person is not under the age limit of {event}."),
        "nominations_closed": _("Nominations of young people for {event} are closed."),
        "youth_quota_exhausted": _("This delegation already has {limit} young people at {event}."),
        "wrong_kind": _("This consent is not recorded on a young person's profile."),
        "wrong_text": _("This is not a published version of the text for this consent."),
        "wrong_signer": _("This person cannot give this consent."),
        "wrong_method": _("A consent recorded by staff is a paper form."),
        "recorder_required": _("A paper form is recorded by a member of staff."),
        "signer_required": _("Give the name of the person who signed."),
        "media_level_required": _("Choose a level of media consent."),
        "no_media_consent": _("There is no media consent to withdraw."),
        "guardian_email_missing": _("The guardian's e-mail address is needed first."),
        "chaperone_not_adult": _("A chaperone must be an adult on the first day of {event}."),
        "chaperone_age_unknown": _("The chaperone's date of birth is needed to check their age."),
        "chaperone_code_not_accepted": _("The chaperone has not accepted the chaperone code of conduct."),
        "chaperone_not_active": _("This chaperone's registration is withdrawn or rejected."),
        "chaperone_ratio_exceeded": _("This chaperone already looks after {limit} young people at {event}."),
    }

    def __init__(self, code: str, **params):
        super().__init__(code)
        if params:
            # Multilingual names (an event's, a congress's) in the reader's language.
            plain = {
                name: localize(value).text if isinstance(value, dict | LazyI18nString) else value
                for name, value in params.items()
            }
            self.message = str(self.messages.get(code, code)).format(**plain)
