"""Letters: download (participant, their focal point, their reviewers) and public verification by code."""

from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from ..enums import LetterKind
from ..errors import RegistrationError
from ..models import IssuedLetter, Participant
from ..services.letters import issue_letter, render_letter


@require_GET
def download_letter(request, pk: int, kind: str):
    if kind not in LetterKind.values:
        raise Http404("No such letter")
    participant = (
        Participant.objects.select_related("congress", "category", "delegation__organisation")
        .filter(pk=pk)
        .first()
    )
    if participant is None or not request.user.has_perm("registration.view_participant", participant):
        raise Http404("No such registration")
    try:
        letter = issue_letter(participant=participant, kind=kind, actor=request.user)
    except RegistrationError as error:
        return render(request, "registration/letter_unavailable.html", {"message": error.message}, status=409)
    response = HttpResponse(render_letter(letter=letter), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{participant.reference}-{kind}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
@login_not_required
def verify_letter(request, code: str):
    """What an embassy sees when it checks a letter: valid or not, and for whom. Nothing beyond the letter."""
    letter = (
        IssuedLetter.objects.select_related("participant__congress", "participant__category")
        .filter(code=code.strip().upper())
        .first()
    )
    return render(
        request,
        "registration/verify_letter.html",
        {"letter": letter, "code": code},
        status=200 if letter else 404,
    )
