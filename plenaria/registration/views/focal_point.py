"""The focal point's pages: accept the invitation, then nominate the delegation within its places, upload the note
verbale, import members from a file, withdraw or substitute them and complete their details on their behalf.

Every delegation page answers 404 to anyone but the delegation's focal point, and members are looked up through the
delegation in the URL, so the id of another delegation's member leads nowhere.
"""

import zoneinfo

from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.generic import FormView, TemplateView, View

from plenaria.common.private_storage import private_file_response
from plenaria.common.uploads import DOCUMENT, validate_upload
from plenaria.delegations import selectors as delegation_selectors
from plenaria.delegations import services as delegation_services
from plenaria.delegations.models import Delegation

from .. import forms_focal_point as forms
from .. import nominee_import, selectors
from ..enums import SEAT_HOLDING_STATUSES, RegistrationStatus
from ..errors import RegistrationError
from ..services import nomination
from .participant import (
    EDITABLE_STATUSES,
    keep_valid_photo,
    missing_labels,
    save_member_details,
    saved_message,
)


def delegation_url(delegation: Delegation) -> str:
    return reverse("focal_point:delegation", kwargs={"pk": delegation.pk})


class InvitationView(TemplateView):
    """The link in the invitation e-mail. Anyone may open it; accepting needs the invited address, signed in."""

    template_name = "registration/focal_point/invitation.html"

    def dispatch(self, request, *args, **kwargs):
        self.invitation = delegation_selectors.get_invitation(token=kwargs["token"])
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        if self.invitation is None:
            return self.render_to_response(self.get_context_data(), status=404)
        if self.invitation.accepted_at and self.invitation.user_id == request.user.pk:
            return redirect(delegation_url(self.invitation.delegation))
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if self.invitation is None:
            raise Http404("No such invitation")
        if not request.user.is_authenticated:
            return redirect(self._login_url())
        try:
            delegation_services.accept_focal_point_invitation(focal_point=self.invitation, user=request.user)
        except delegation_services.DelegationError as error:
            messages.error(request, error.message)
            return redirect(request.path)
        messages.success(request, _("You are now the focal point of this delegation."))
        return redirect(delegation_url(self.invitation.delegation))

    def _login_url(self) -> str:
        return f"{reverse('account_login')}?{urlencode({REDIRECT_FIELD_NAME: self.request.path})}"

    def get_context_data(self, **kwargs):
        invitation, user = self.invitation, self.request.user
        problem = None
        if invitation is not None and user.is_authenticated:
            if invitation.accepted_at and invitation.user_id != user.pk:
                problem = delegation_services.DelegationError("invitation_used").message
            elif user.email.lower() != invitation.email:
                problem = delegation_services.DelegationError("invitation_other_email").message
        signup_query = (
            {"email": invitation.email, REDIRECT_FIELD_NAME: self.request.path} if invitation else {}
        )
        return super().get_context_data(
            invitation=invitation,
            delegation=invitation.delegation if invitation else None,
            congress=invitation.delegation.congress if invitation else None,
            problem=problem,
            login_url=self._login_url(),
            signup_url=f"{reverse('account_signup')}?{urlencode(signup_query)}",
            **kwargs,
        )


class DelegationListView(TemplateView):
    """The "My delegations" page: those the signed-in user nominates, in every congress."""

    template_name = "registration/focal_point/delegation_list.html"

    def get_context_data(self, **kwargs):
        delegations = selectors.delegations_for_focal_point(user=self.request.user)
        return super().get_context_data(delegations=delegations, **kwargs)


class FocalPointMixin:
    """Loads the delegation of the URL; 404 unless the signed-in user is its focal point."""

    def dispatch(self, request, *args, **kwargs):
        self.delegation = (
            Delegation.objects.select_related("organisation", "congress").filter(pk=kwargs["pk"]).first()
        )
        if self.delegation is None or not request.user.has_perm(
            "registration.nominate_members", self.delegation
        ):
            raise Http404("No such delegation")
        timezone.activate(zoneinfo.ZoneInfo(self.delegation.congress.time_zone))
        refusal = self.refusal()
        if refusal:
            messages.error(request, refusal)
            return self.back_to_delegation()
        return super().dispatch(request, *args, **kwargs)

    def refusal(self) -> str | None:
        """Why this action cannot be done now (shown on the delegation page), or None."""
        return None

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            delegation=self.delegation, congress=self.delegation.congress, **kwargs
        )

    def back_to_delegation(self):
        return redirect(delegation_url(self.delegation))


class MemberMixin(FocalPointMixin):
    """Also loads one member of that delegation (404 for a member of any other delegation) and refuses the action
    when the member's status does not allow it."""

    allowed_statuses = EDITABLE_STATUSES

    def refusal(self) -> str | None:
        self.member = selectors.get_member(delegation=self.delegation, pk=self.kwargs["member_pk"])
        if self.member is None or not self.request.user.has_perm(
            "registration.edit_participant", self.member
        ):
            raise Http404("No such member")
        if self.member.status not in self.allowed_statuses:
            return _("This cannot be done for {name}: the registration’s status is “{status}”.").format(
                name=self.member.display_name, status=self.member.get_status_display()
            )
        return None

    def get_context_data(self, **kwargs):
        return super().get_context_data(member=self.member, **kwargs)


class DelegationDetailView(FocalPointMixin, TemplateView):
    template_name = "registration/focal_point/delegation_detail.html"

    def get_context_data(self, **kwargs):
        members = list(selectors.members_in_places(delegation=self.delegation))
        holding = [m for m in members if m.status in SEAT_HOLDING_STATUSES]
        gone = [m for m in members if m.status in (RegistrationStatus.WITHDRAWN, RegistrationStatus.REJECTED)]
        return super().get_context_data(
            members=holding,
            former_members=gone,
            waiting_list=selectors.waiting_list(delegation=self.delegation),
            seats_used=len(holding),
            seats_free=max(self.delegation.quota - len(holding), 0),
            deadline_passed=self._deadline_passed(),
            note_verbale_form=kwargs.pop("note_verbale_form", None) or forms.NoteVerbaleForm(),
            **kwargs,
        )

    def _deadline_passed(self) -> bool:
        deadline = self.delegation.nomination_deadline
        return deadline is not None and timezone.now() >= deadline


class NoteVerbaleView(DelegationDetailView):
    """GET downloads the note verbale sent; POST replaces it."""

    def get(self, request, *args, **kwargs):
        note = self.delegation.note_verbale
        if not note:
            raise Http404("No note verbale yet")
        with note.open("rb") as file:
            detected = validate_upload(file, DOCUMENT)  # serve it as what it is, whatever its name says
        return private_file_response(
            note,
            download_name=detected.rename(self.delegation.note_verbale_name or "note-verbale"),
            content_type=detected.mime,
        )

    def post(self, request, *args, **kwargs):
        form = forms.NoteVerbaleForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(note_verbale_form=form), status=400)
        file = form.cleaned_data["file"]
        delegation_services.upload_note_verbale(
            delegation=self.delegation, file=file, original_name=file.original_name, actor=request.user
        )
        messages.success(request, _("The note verbale has been received."))
        return self.back_to_delegation()


class NominateView(FocalPointMixin, FormView):
    template_name = "registration/focal_point/member_form.html"
    form_class = forms.NomineeForm

    def get_initial(self):
        return {"language": self.request.LANGUAGE_CODE}

    def form_valid(self, form):
        try:
            member = nomination.nominate_member(
                delegation=self.delegation, nominee=form.to_nominee(), actor=self.request.user
            )
        except RegistrationError as error:
            form.add_error(None, error.message)
            return self.form_invalid(form)
        messages.success(self.request, nominated_message(member))
        return self.back_to_delegation()

    def get_context_data(self, **kwargs):
        return super().get_context_data(heading=_("Nominate a member"), **kwargs)


def nominated_message(member) -> str:
    if member.status == RegistrationStatus.WAITLISTED:
        return _(
            "All places are taken: {name} is on the waiting list and moves up when a place becomes free."
        ).format(name=member.display_name)
    return _("{name} has been nominated and receives an e-mail to complete their details.").format(
        name=member.display_name
    )


class ImportView(FocalPointMixin, FormView):
    """Nominate members from a CSV or XLSX file: every row is checked first, and one bad row imports nothing."""

    template_name = "registration/focal_point/member_import.html"
    form_class = forms.NomineeImportForm

    def form_valid(self, form):
        file = form.cleaned_data["file"]
        result = nominee_import.parse_nominees(file.read(), filename_hint=file.name)
        if not result.rows and not result.errors:
            form.add_error("file", _("The file has no member rows."))
        if not result.is_valid or not result.rows:
            return self.render_to_response(self.get_context_data(form=form, row_errors=result.errors))
        language = self.request.LANGUAGE_CODE
        try:
            members = nomination.nominate_members(
                delegation=self.delegation,
                nominees=[nominee_from_row(row, language) for row in result.rows],
                actor=self.request.user,
            )
        except nomination.NomineeRefusedError as error:
            refused = _("The refused member is on row {row} ({email}).").format(
                row=result.rows[error.index].row_number, email=error.email
            )
            form.add_error(
                None, _("Nothing was imported: {reason}").format(reason=error.message) + " " + refused
            )
            return self.form_invalid(form)
        messages.success(self.request, imported_message(members))
        return self.back_to_delegation()


def nominee_from_row(row, language: str) -> nomination.Nominee:
    return nomination.Nominee(
        given_name=row.given_name,
        family_name=row.family_name,
        email=row.email,
        role=row.role,
        title=row.title,
        name_in_own_script=row.name_in_own_script,
        nationality=row.nationality,
        needs_visa_letter=row.needs_visa_letter,
        language=language,
    )


def imported_message(members) -> str:
    waitlisted = sum(1 for m in members if m.status == RegistrationStatus.WAITLISTED)
    text = ngettext(
        "{count} member has been nominated.", "{count} members have been nominated.", len(members)
    ).format(count=len(members))
    if waitlisted:
        text += " " + ngettext(
            "{count} of them is on the waiting list.", "{count} of them are on the waiting list.", waitlisted
        ).format(count=waitlisted)
    return text


class ImportTemplateView(FocalPointMixin, View):
    """An empty file with the columns the import reads, and one example row, as CSV or XLSX."""

    def get(self, request, *args, **kwargs):
        file_format = kwargs["file_format"]
        if file_format not in ("csv", "xlsx"):
            raise Http404("No such format")
        body, content_type = nominee_import.build_template(file_format)
        response = HttpResponse(body, content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="delegation-members.{file_format}"'
        return response


class WithdrawView(MemberMixin, FormView):
    template_name = "registration/focal_point/member_withdraw.html"
    form_class = forms.WithdrawForm

    def form_valid(self, form):
        member = self.member
        waiting_before = set(selectors.waiting_list(delegation=self.delegation).values_list("pk", flat=True))
        try:
            nomination.withdraw_participant(
                participant=member, actor=self.request.user, reason=form.cleaned_data["reason"]
            )
        except RegistrationError as error:
            messages.error(self.request, error.message)
            return self.back_to_delegation()
        messages.success(self.request, _("{name} has been withdrawn.").format(name=member.display_name))
        waiting_after = set(selectors.waiting_list(delegation=self.delegation).values_list("pk", flat=True))
        for moved_up in self.delegation.participants.filter(pk__in=waiting_before - waiting_after):
            messages.info(
                self.request,
                _("{name} has moved up from the waiting list.").format(name=moved_up.display_name),
            )
        return self.back_to_delegation()


class SubstituteView(MemberMixin, FormView):
    """Replace a member: the replacement takes the member's place directly, without the waiting list."""

    template_name = "registration/focal_point/member_form.html"
    form_class = forms.NomineeForm

    allowed_statuses = SEAT_HOLDING_STATUSES  # a waitlisted member holds no place to hand on

    def get_initial(self):
        return {"role": self.member.role, "language": self.request.LANGUAGE_CODE}

    def form_valid(self, form):
        member = self.member
        try:
            replacement = nomination.substitute_member(
                participant=member, replacement=form.to_nominee(), actor=self.request.user
            )
        except RegistrationError as error:
            form.add_error(None, error.message)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("{new} replaces {old} and receives an e-mail to complete their details.").format(
                new=replacement.display_name, old=member.display_name
            ),
        )
        return self.back_to_delegation()

    def get_context_data(self, **kwargs):
        heading = _("Substitute {name}").format(name=self.member.display_name)
        return super().get_context_data(heading=heading, **kwargs)


class MemberDetailsView(MemberMixin, FormView):
    """The focal point completes a member's details on their behalf and sends them for review."""

    template_name = "registration/focal_point/member_details.html"

    def get_form(self, form_class=None):
        return forms.MemberDetailsForm(participant=self.member, on_behalf=True, **self.get_form_kwargs())

    def form_valid(self, form):
        member = save_member_details(participant=self.member, form=form, actor=self.request.user)
        messages.success(self.request, saved_message(member))
        return self.back_to_delegation()

    def form_invalid(self, form):
        if keep_valid_photo(participant=self.member, form=form, actor=self.request.user):
            messages.info(self.request, _("The photo has been saved; please correct the other problems."))
        return super().form_invalid(form)

    def get_context_data(self, **kwargs):
        return super().get_context_data(missing=missing_labels(self.member), **kwargs)
