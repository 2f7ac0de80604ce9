"""The consent pages reached from secret links: the parent or guardian's (from their e-mail), and the young
person's own (from their nomination e-mail). No account is needed; the link is the key, so nothing is cached."""

import zoneinfo

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import FormView

from plenaria.common.i18n_content import localize
from plenaria.registration.models import Participant

from .. import selectors
from ..enums import ConsentKind, ConsentMethod, ConsentSigner
from ..errors import SafeguardingError
from ..forms import AssentForm, AuthorisedCollectorsForm, GuardianConsentForm
from ..selectors_register import active_collector_count
from ..services.conduct import accept_participant_code
from ..services.consents import record_consent, withdraw_media_consent
from ..services.guardians import GuardianAnswers, give_guardian_consents
from ..services.register import MAX_AUTHORISED_COLLECTORS

GUARDIAN_KINDS = (ConsentKind.GUARDIAN_PARTICIPATION, ConsentKind.GUARDIAN_MEDICAL, ConsentKind.MEDIA)


def profile_by_guardian_token(token: str):
    return selectors.get_profile_by_guardian_token(token=token)


def profile_by_young_person_token(token: str):
    """The young person's link is the one of their nomination e-mail (to complete their registration)."""
    participant = Participant.objects.filter(completion_token=token).first() if token else None
    return selectors.youth_profile_of(participant=participant) if participant else None


def consent_texts(congress, kinds) -> dict[str, object]:
    """The text in force for each kind, in the reader's language (or its fallback, marked as such)."""
    texts = {}
    for kind in kinds:
        text = selectors.current_text(kind=kind, congress=congress)
        texts[kind] = (text, localize(text.body)) if text else None
    return texts


@method_decorator([login_not_required, never_cache], name="dispatch")
class SecretLinkMixin:
    find_profile = staticmethod(profile_by_guardian_token)

    def dispatch(self, request, *args, **kwargs):
        self.profile = self.find_profile(kwargs["token"])
        if self.profile is None or self.profile.participant.congress_id != request.congress.pk:
            raise Http404("No such link")
        self.participant = self.profile.participant
        timezone.activate(zoneinfo.ZoneInfo(request.congress.time_zone))
        return super().dispatch(request, *args, **kwargs)

    def page_context(self) -> dict:
        latest_media = selectors.latest_media_consent(profile=self.profile)
        return {
            "congress": self.request.congress,
            "profile": self.profile,
            "participant": self.participant,
            "first_name": selectors.name_outside_safeguarding(participant=self.participant).split(" ")[0],
            "events": selectors.profile_events(profile=self.profile),
            "media_consent": latest_media if latest_media and latest_media.withdrawn_at is None else None,
            "consents": {c.kind: c for c in self.profile.consents.order_by("given_at")},
        }


class GuardianConsentView(SecretLinkMixin, FormView):
    template_name = "safeguarding/public/guardian_consent.html"
    form_class = GuardianConsentForm

    def get_form_kwargs(self):
        given = set(self.profile.consents.values_list("kind", flat=True))
        return {**super().get_form_kwargs(), "given": given}

    def get_initial(self):
        latest = selectors.latest_media_consent(profile=self.profile)
        return {"media_level": latest.media_level if latest and latest.withdrawn_at is None else None}

    def get_collectors_form(self) -> AuthorisedCollectorsForm:
        """The adults who may collect the child: as many lines as places left (bound on POST)."""
        if not hasattr(self, "_collectors_form"):
            self.collector_count = active_collector_count(profile=self.profile)
            data = self.request.POST if self.request.method == "POST" else None
            slots = max(MAX_AUTHORISED_COLLECTORS - self.collector_count, 0)
            self._collectors_form = AuthorisedCollectorsForm(data, slots=slots)
        return self._collectors_form

    def get_context_data(self, **kwargs):
        texts = consent_texts(self.request.congress, GUARDIAN_KINDS)
        collectors_form = self.get_collectors_form()
        return super().get_context_data(
            **self.page_context(),
            texts=texts,
            ready=all(texts.values()),
            collectors_form=collectors_form,
            collector_count=self.collector_count,
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        valid = [form.is_valid(), self.get_collectors_form().is_valid()]  # both: every error shows at once
        return self.form_valid(form) if all(valid) else self.form_invalid(form)

    def form_valid(self, form):
        data = form.cleaned_data
        answers = GuardianAnswers(
            signer_name=data["signer_name"],
            language=get_language(),
            participation="participation" in data,
            medical="medical" in data,
            emergency_contacts=data.get("emergency_contacts", ""),
            medical_notes=data.get("medical_notes", ""),
            media_level=data["media_level"],
            collectors=self.get_collectors_form().collectors(),
        )
        try:
            give_guardian_consents(profile=self.profile, answers=answers)
        except SafeguardingError as error:
            form.add_error(None, error.message)
            return self.form_invalid(form)
        messages.success(self.request, _("Thank you. Your answers have been recorded."))
        return redirect(self.request.path)


class YoungPersonView(SecretLinkMixin, FormView):
    """The young person's page: what they agree to, the participant code of conduct they accept, and their own
    say on photos (they can withdraw it)."""

    template_name = "safeguarding/public/young_person.html"
    form_class = AssentForm
    find_profile = staticmethod(profile_by_young_person_token)

    @cached_property
    def code(self):
        """The participant code of conduct in force, if the congress publishes one."""
        return selectors.current_text(kind=ConsentKind.PARTICIPANT_CODE, congress=self.request.congress)

    def still_asked(self) -> tuple[bool, bool]:
        """(assent, code): what the young person has not given yet (the code: the version in force)."""
        given = self.profile.consents.values_list("kind", "text_id")
        asks_assent = not any(kind == ConsentKind.YOUTH_ASSENT for kind, _text in given)
        asks_code = self.code is not None and (ConsentKind.PARTICIPANT_CODE, self.code.pk) not in set(given)
        return asks_assent, asks_code

    def get_form_kwargs(self):
        asks_assent, asks_code = self.still_asked()
        return {**super().get_form_kwargs(), "asks_assent": asks_assent, "asks_code": asks_code}

    def get_context_data(self, **kwargs):
        texts = consent_texts(self.request.congress, (ConsentKind.YOUTH_ASSENT, ConsentKind.PARTICIPANT_CODE))
        asks_assent, asks_code = self.still_asked()
        return super().get_context_data(
            **self.page_context(),
            texts=texts,
            ready=texts[ConsentKind.YOUTH_ASSENT] is not None,
            assented=not (asks_assent or asks_code),
            asks_assent=asks_assent,
            asks_code=asks_code,
            **kwargs,
        )

    def form_valid(self, form):
        try:
            with transaction.atomic():
                if "assent" in form.fields:
                    record_consent(
                        profile=self.profile,
                        kind=ConsentKind.YOUTH_ASSENT,
                        text=selectors.current_text(
                            kind=ConsentKind.YOUTH_ASSENT, congress=self.request.congress
                        ),
                        language=get_language(),
                        given_by=ConsentSigner.YOUNG_PERSON,
                        signer_name=form.cleaned_data["signer_name"],
                        method=ConsentMethod.ONLINE,
                    )
                if "accepts_code" in form.fields:
                    accept_participant_code(
                        participant=self.profile.participant,
                        text=self.code,
                        language=get_language(),
                        actor=None,
                    )
        except SafeguardingError as error:
            form.add_error(None, error.message)
            return self.form_invalid(form)
        messages.success(self.request, _("Thank you! We have your answer."))
        return redirect(self.request.path)


class WithdrawMediaConsentView(SecretLinkMixin, View):
    """One button, from either page: no more photos, filming or interviews, everywhere, at once."""

    signer = ConsentSigner.GUARDIAN

    def post(self, request, *args, **kwargs):
        try:
            withdraw_media_consent(profile=self.profile, by=self.signer)
        except SafeguardingError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _(
                    "Done: from now on there will be no photos, filming or interviews. This applies everywhere at once."
                ),
            )
        return redirect(request.path.removesuffix("withdraw-media/"))
