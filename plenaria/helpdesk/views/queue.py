"""A co-organiser's queue in the back office: the inquiries its team answers, with filters, search and the SLA
timer of each one.

Only the queues of the user's own teams open (`?team=<slug>`); the host secretariat also opens the inquiries that
nothing routed (`?queue=unrouted`). Permissions are checked with `rules.has_perm`, never `user.has_perm`: a
platform administrator is not a member of a co-organiser's team."""

import rules
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from plenaria.congresses.views.manage_base import CongressPermissionMixin

from ..forms_manage import QueueFilterForm
from ..selectors import desk_settings_for
from ..selectors_queue import UNROUTED, Queue, attach_sla, queue_inquiries, queues_of

PAGE_SIZE = 50


class DeskMemberMixin(CongressPermissionMixin):
    """A page for the members of the teams that work the desk's queues (`helpdesk.use_desk`)."""

    def dispatch(self, request, *args, **kwargs):
        if not rules.has_perm("helpdesk.use_desk", request.user, request.congress):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


@method_decorator(never_cache, name="dispatch")
class QueueView(DeskMemberMixin, TemplateView):
    template_name = "helpdesk/manage/queue.html"

    def get(self, request, *args, **kwargs):
        queues = queues_of(user=request.user, congress=request.congress)
        queue = self.chosen_queue(queues)
        filter_form = QueueFilterForm(request.GET)
        first_response_hours = desk_settings_for(congress=request.congress).first_response_hours
        inquiries = queue_inquiries(
            congress=request.congress,
            queue=queue,
            filters=filter_form.filters(),
            user=request.user,
            first_response_hours=first_response_hours,
        )
        page = Paginator(inquiries, PAGE_SIZE).get_page(request.GET.get("page"))
        page.object_list = attach_sla(page.object_list, first_response_hours=first_response_hours)
        context = self.get_context_data(
            queues=queues,
            queue=queue,
            filter_form=filter_form,
            is_filtered=any(request.GET.get(name) for name in filter_form.fields),
            page_obj=page,
            first_response_hours=first_response_hours,
        )
        return self.render_to_response(context)

    def chosen_queue(self, queues: list[Queue]) -> Queue:
        """The queue in the address; the user's first team's by default. Another team's queue is refused, not
        silently replaced: a link from a colleague must not show a different queue than it says."""
        if self.request.GET.get("queue") == UNROUTED:
            matching = [queue for queue in queues if queue.is_unrouted]
        else:
            slug = self.request.GET.get("team")
            matching = [
                queue for queue in queues if not queue.is_unrouted and slug in (None, "", queue.team.slug)
            ]
        if not matching:
            raise PermissionDenied
        return matching[0]
