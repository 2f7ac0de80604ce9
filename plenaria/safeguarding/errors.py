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
        "no_youth_category": _(
            "This congress has no participant category for children and young people yet. Ask the secretariat."
        ),
        "event_required": _("Choose at least one event."),
        "already_nominated": _(
            "{name} is already nominated by this delegation: one registration covers every event they attend. "
            "To add an event, contact the secretariat."
        ),
        "guardian_answered": _(
            "The parent or guardian has already answered. To change their details, contact the safeguarding "
            "officers."
        ),
        "chaperone_not_adult": _("A chaperone must be an adult on the first day of {event}."),
        "chaperone_age_unknown": _("The chaperone's date of birth is needed to check their age."),
        "chaperone_code_not_accepted": _("The chaperone has not accepted the chaperone code of conduct."),
        "chaperone_not_active": _("This chaperone's registration is withdrawn or rejected."),
        "chaperone_ratio_exceeded": _("This chaperone already looks after {limit} young people at {event}."),
        "registration_inactive": _("This young person's registration is withdrawn or rejected."),
        "not_an_event_day": _("Young people are signed in only on the days of {event}."),
        "not_cleared": _("Not cleared to take part: {reasons}"),
        "already_signed_in": _("Already signed in on this day."),
        "already_signed_out": _("Already signed out."),
        "not_authorised_collector": _(
            "Only the young person's chaperone or an adult authorised to collect them may take them. "
            "Do not let them leave: call a safeguarding officer."
        ),
        "signed_out_before_sign_in": _("The sign-out time cannot be before the sign-in time."),
        "collector_details_required": _(
            "Give the adult's name, relationship to the young person and telephone."
        ),
        "collectors_full": _("A young person can have at most {limit} adults authorised to collect them."),
        "code_of_conduct_not_accepted": _(
            "This participant has not accepted the code of conduct yet. It must be accepted before the "
            "registration is approved."
        ),
        "not_the_participant": _("Only the participant can accept the code of conduct online."),
        "not_congress_staff": _("This person is not a member of staff of this congress."),
        "already_trained": _("This person is already marked as safeguarding-trained."),
        "training_in_future": _("The date of the training cannot be in the future."),
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
