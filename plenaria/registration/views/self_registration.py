"""The public entrance to registration: which categories are open, and starting (or resuming) a registration."""

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from .. import selectors
from ..enums import DocumentKind, RegistrationStatus
from ..errors import RegistrationError
from ..services.self_registration import start_registration


def public_categories(congress):
    """The categories people register for themselves, in the secretariat's order."""
    return congress.categories.filter(is_self_registration=True, is_nominated_by_delegation=False)


@method_decorator(login_not_required, name="dispatch")
class CategoryListView(TemplateView):
    """Who registers how: open categories to register in, and the nominated ones explained."""

    template_name = "registration/self/categories.html"

    def get_context_data(self, **kwargs):
        congress = self.request.congress
        return super().get_context_data(
            congress=congress,
            categories=public_categories(congress),
            nominated=congress.categories.filter(is_nominated_by_delegation=True),
            now=timezone.now(),
            registration=selectors.live_registration_of(user=self.request.user, congress=congress),
            **kwargs,
        )


@method_decorator(login_not_required, name="dispatch")
class StartView(TemplateView):
    """A category's conditions and the button that starts a registration; an account is needed from here on, so
    the draft can be resumed and the participant's page found again."""

    template_name = "registration/self/start.html"

    def dispatch(self, request, *args, **kwargs):
        self.category = public_categories(request.congress).filter(slug=kwargs["category_slug"]).first()
        if self.category is None:
            raise Http404("No such category")
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            congress=self.request.congress,
            category=self.category,
            required=[
                DocumentKind(kind).label
                for kind in self.category.required_documents
                if kind not in selectors.DELEGATION_DOCUMENTS
            ],
            registration=selectors.live_registration_of(
                user=self.request.user, congress=self.request.congress
            ),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        try:
            participant = start_registration(category=self.category, user=request.user)
        except RegistrationError as error:
            messages.error(request, error.message)
            return redirect(request.path)
        if participant.status != RegistrationStatus.DRAFT:
            messages.info(
                request, _("You are already registered for this congress: here is your registration.")
            )
            return redirect("participant:page", reference=participant.reference)
        return redirect("participant:step", reference=participant.reference, step="about")
