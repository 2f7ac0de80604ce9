"""Snippets: a short passage of a document around the first place it matches the query, matches marked.

Computed in Python for the page of results only: the texts are folded piece by piece until a match is found."""

import re

from django.conf import settings
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

from .text import bigrams, fold, fold_mapped, is_cjk

BEFORE = 100  # characters of context before the first match
LENGTH = 300  # characters of a snippet at most
_CHUNK = 4_000
_SMALL_CHUNK = 256
_OVERLAP = 64
_SPACES = re.compile(r"\s+")


def highlight_pattern(highlights: tuple[str, ...]) -> re.Pattern | None:
    """A pattern over folded text: whole query words (and the rest of a word they start), CJK runs, then the
    pairs of characters of those runs (the index may find them apart)."""
    if not highlights:
        return None
    alternatives = []
    pairs = []
    for text in highlights:
        if is_cjk(text):
            alternatives.append(re.escape(text))
            pairs.extend(pair for pair in bigrams(text) if pair != text)
        else:
            alternatives.append(r"(?<![^\W_])" + re.escape(text) + r"[^\W_]*")
    alternatives.extend(re.escape(pair) for pair in dict.fromkeys(pairs))
    return re.compile("|".join(alternatives))


def _first_match(text: str, pattern: re.Pattern, *, size: int = _CHUNK, offset: int = 0) -> int | None:
    """Index in `text` of the first match. Pieces are folded whole (fast) to find the one with a match, then
    smaller pieces of it, and only a small one is folded character by character to find the place."""
    for start in range(0, len(text), size):
        piece = text[start : start + size + _OVERLAP]
        if not pattern.search(fold(piece)):
            continue
        if size > _SMALL_CHUNK:
            found = _first_match(piece, pattern, size=_SMALL_CHUNK, offset=offset + start)
            if found is not None:
                return found
        folded, origins = fold_mapped(piece)
        match = pattern.search(folded)
        if match:
            return offset + start + origins[match.start()]
    return None


def _mark(text: str, pattern: re.Pattern | None) -> str:
    if pattern is None:
        return conditional_escape(text)
    folded, origins = fold_mapped(text)
    html = []
    position = 0
    for match in pattern.finditer(folded):
        if match.end() == match.start():
            continue
        start, end = origins[match.start()], origins[match.end() - 1] + 1
        if start < position:
            continue
        html.append(conditional_escape(text[position:start]))
        html.append(f"<mark>{conditional_escape(text[start:end])}</mark>")
        position = end
    html.append(conditional_escape(text[position:]))
    return "".join(html)


def _excerpt(text: str, at: int) -> tuple[str, bool, bool]:
    """About LENGTH characters of `text` from BEFORE characters before `at`, cut between words where possible."""
    start = max(0, at - BEFORE)
    end = min(len(text), start + LENGTH)
    if start > 0:
        space = text.find(" ", start, start + 20)
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.rfind(" ", end - 20, end)
        end = space if space > start else end
    return text[start:end].strip(), start > 0, end < len(text)


def _snippet(text: str, at: int, pattern: re.Pattern | None) -> SafeString:
    excerpt, cut_before, cut_after = _excerpt(text, at)
    html = _mark(excerpt, pattern)
    return mark_safe(("…" if cut_before else "") + html + ("…" if cut_after else ""))  # noqa: S308 -- escaped in _mark


def _candidates(texts: dict, language: str):
    """The texts of a document, whitespace made single spaces: the reader's language first, summaries first."""
    summaries = texts.get("summary") or {}
    files = texts.get("files") or {}
    codes = dict.fromkeys([*(code for code, _name in settings.LANGUAGES), *summaries, *files])
    others = [code for code in codes if code != language]
    order = [
        (summaries, language),
        (files, language),
        *((summaries, c) for c in others),
        *((files, c) for c in others),
    ]
    for group, code in order:
        if group.get(code):
            yield _SPACES.sub(" ", group[code])


def make_snippet(texts: dict, *, pattern: re.Pattern | None, language: str) -> SafeString:
    """The passage around the first match of `pattern` in the document's texts, or the start of its summary
    (or of its text) when nothing matches there (a match in the title, say)."""
    first = None
    for text in _candidates(texts, language):
        first = first if first is not None else text
        if pattern is None:
            break
        at = _first_match(text, pattern)
        if at is not None:
            return _snippet(text, at, pattern)
    return _snippet(first, 0, pattern) if first is not None else SafeString("")
