"""The public congress site. Every page is cached for anonymous visitors (see public_cache)."""

from django.contrib.auth.decorators import login_not_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from .. import selectors
from ..enums import EventKind, PageSection
from ..public_cache import cached_public_page


@require_GET
@login_not_required
def index(request):
    congress = selectors.featured_congress()
    if congress is not None:
        return redirect("congresses:home", congress_slug=congress.slug)
    return render(request, "congresses/public/index.html", {"congresses": selectors.published_congresses()})


def _render_section(request, section: PageSection, template: str, **extra):
    page = selectors.get_published_page(congress=request.congress, section=section)
    if page is None and section != PageSection.HOME:
        raise Http404("This section is not published")
    context = {"page": page, "section": section, **extra}
    return render(request, f"congresses/public/{template}.html", context)


@require_GET
@login_not_required
@cached_public_page
def home(request, congress_slug):
    congress = request.congress
    return _render_section(
        request,
        PageSection.HOME,
        "home",
        main_event=selectors.main_event(congress=congress),
        youth_events=selectors.events_of_kind(congress=congress, kind=EventKind.YOUTH),
        figures=selectors.key_figures(congress=congress)[:4],
        contacts=selectors.contact_points(congress=congress),
    )


@require_GET
@login_not_required
@cached_public_page
def stockholm(request, congress_slug):
    return _render_section(
        request, PageSection.STOCKHOLM, "stockholm", figures=selectors.key_figures(congress=request.congress)
    )


@require_GET
@login_not_required
@cached_public_page
def participation(request, congress_slug):
    return _render_section(
        request,
        PageSection.PARTICIPATION,
        "participation",
        categories=selectors.participation_sections(congress=request.congress),
    )


@require_GET
@login_not_required
@cached_public_page
def youth(request, congress_slug):
    return _render_section(
        request,
        PageSection.YOUTH,
        "youth",
        events=selectors.events_of_kind(congress=request.congress, kind=EventKind.YOUTH),
    )


@require_GET
@login_not_required
@cached_public_page
def youth_guide(request, congress_slug, section: str):
    """The plain-language pages of the youth event: for young people, and for their parents and guardians."""
    return _render_section(request, PageSection(section), "guide", parent=PageSection.YOUTH)


@require_GET
@login_not_required
@cached_public_page
def consultations(request, congress_slug):
    events = selectors.events_of_kind(congress=request.congress, kind=EventKind.REGIONAL_CONSULTATION)
    return _render_section(request, PageSection.CONSULTATIONS, "consultations", events=events)


@require_GET
@login_not_required
@cached_public_page
def venue(request, congress_slug):
    return _render_section(
        request, PageSection.VENUE, "venue", main_event=selectors.main_event(congress=request.congress)
    )


@require_GET
@login_not_required
@cached_public_page
def contacts(request, congress_slug):
    return _render_section(
        request,
        PageSection.CONTACTS,
        "contacts",
        contacts=selectors.contact_points(congress=request.congress),
    )
