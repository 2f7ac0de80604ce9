"""Reads for the public pages of the inquiry desk: the FAQ, the suggestions while a person types, and a requester's
own inquiries and files."""

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Max, Q, QuerySet

from plenaria.common.i18n_content import localize
from plenaria.congresses.models import Congress

from .enums import InquiryTopic, MessageDirection
from .models import FaqEntry, Inquiry, InquiryAttachment
from .selectors import inquiries_of_user

MAX_SUGGESTIONS = 5
# Only the start of a long message is matched: the first lines say what the question is about.
MAX_MATCHED_CHARS = 1000
# A word typed counts more when it is one of the entry's keywords than when it is in its question, and more in
# the question than somewhere in the answer.
KEYWORD_WEIGHT, QUESTION_WEIGHT, ANSWER_WEIGHT = 3, 2, 1
SAME_TOPIC_BONUS = 1
# Entries far behind the best match are left out: they matched on a side word of the question.
RELATIVE_CUTOFF = 0.35
# Words too common to say anything about a question (the languages with spaces between words).
_STOP_WORDS = """
    the and for are but not you your yours can could would should will shall may might must have has had was were
    what when where which who whom why how does did done this that these those there here with from into about
    our ours their them they him her his its any all some many much more most other than then also just only very
    please thank thanks dear hello regards question questions know need want like would get come going
    people one two three four five
    les des une pour que qui quoi dans sur avec pas est sont nous vous votre vos leur mais ont par
    los las una por que con para del como sus nos usted ustedes
"""
STOP_WORDS = frozenset(_STOP_WORDS.split())
_WORD = re.compile(r"\w+")
# Scripts written without spaces between words: matched on pairs of characters (bigrams).
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\uac00-\ud7af]+")
_HIRAGANA = re.compile(r"[\u3040-\u309f]+")
MIN_WORD_LENGTH = 3
# A typed word this long matches the longer words it starts (a person still typing "registr…"), and a word of an
# entry this long matches the longer typed words that start with it ("visa" → "visas").
MIN_PREFIX_LENGTH = 4


def _without_accent(char: str) -> str:
    # Only Latin letters lose their accents ("é" → "e"); a Japanese "ビ" must not become "ヒ".
    base = unicodedata.normalize("NFD", char)[0]
    return base if base.isascii() else char


def _normalise(text: str) -> str:
    """Lower case, Latin letters without accents, full-width forms folded: "Hôtel", "ｈｏｔｅｌ" → "hotel"."""
    return "".join(_without_accent(char) for char in unicodedata.normalize("NFKC", text).casefold())


def search_terms(text: str) -> frozenset[str]:
    """The terms of `text` that matching uses: the words of scripts with spaces (without the commonest ones), and
    the pairs of neighbouring characters of Japanese, Chinese or Korean text. Japanese text is first cut at its
    hiragana (the grammar of a sentence: は, のに, ですか), which would otherwise match every answer: "ビザは必要
    ですか" gives "ビザ" and "必要"."""
    text = _normalise(text or "")
    terms = set()
    for run in _CJK.findall(text):
        for segment in _HIRAGANA.split(run):
            terms.update(segment[i : i + 2] for i in range(len(segment) - 1))
    for word in _WORD.findall(_CJK.sub(" ", text)):
        if len(word) >= MIN_WORD_LENGTH and word not in STOP_WORDS and not word.isdigit():
            terms.add(word)
    return frozenset(terms)


def _matches(term: str, candidates: frozenset[str]) -> bool:
    if term in candidates:
        return True
    if _CJK.fullmatch(term):
        return False
    return any(
        (len(term) >= MIN_PREFIX_LENGTH and candidate.startswith(term))
        or (len(candidate) >= MIN_PREFIX_LENGTH and term.startswith(candidate))
        for candidate in candidates
    )


@dataclass(frozen=True)
class _EntryTerms:
    keywords: frozenset[str]
    question: frozenset[str]
    answer: frozenset[str]


def _entry_terms(entry: FaqEntry, language: str) -> _EntryTerms:
    # Keywords are in any language (e.g. "visa, ビザ"); the question and answer in the reader's, else the fallback.
    return _EntryTerms(
        keywords=search_terms(entry.keywords.replace(",", " ")),
        question=search_terms(localize(entry.question, language).text),
        answer=search_terms(localize(entry.answer, language).text),
    )


def _found(terms: Iterable[str], entry_terms: _EntryTerms) -> dict[str, int]:
    """Each typed term found in the entry, with the weight of the best place it was found in."""
    found = {}
    for term in terms:
        for weight, candidates in (
            (KEYWORD_WEIGHT, entry_terms.keywords),
            (QUESTION_WEIGHT, entry_terms.question),
            (ANSWER_WEIGHT, entry_terms.answer),
        ):
            if _matches(term, candidates):
                found[term] = weight
                break
    return found


def _is_enough(found: dict[str, int]) -> bool:
    # One word that is only somewhere in an answer is not enough to suggest it.
    return len(found) > 1 or any(weight > ANSWER_WEIGHT for weight in found.values())


def published_faq_entries(*, congress: Congress) -> QuerySet[FaqEntry]:
    """The entries on the public FAQ page, in the organisers' order (topic, then position)."""
    return FaqEntry.objects.filter(congress=congress, is_published=True).order_by("topic", "position", "pk")


def suggest_faq_entries(*, congress: Congress, text: str, topic: str, language: str) -> list[FaqEntry]:
    """Up to five published entries that answer what the person is typing, best first.

    Simple on purpose: the words (or, in Japanese and Chinese, the character pairs) typed are looked up in each
    entry's keywords, question and answer in the reader's language, weighted by where they are found and by how
    rare they are among the entries; an entry of the chosen topic wins a tie. A congress has dozens of entries,
    not thousands, so they are scored here rather than by a search engine."""
    terms = search_terms((text or "")[:MAX_MATCHED_CHARS])
    if not terms:
        return []
    entries = list(published_faq_entries(congress=congress))
    found = {entry.pk: _found(terms, _entry_terms(entry, language)) for entry in entries}
    # A word found in many entries ("Yokohama", "congress") says little about which one answers: it counts less.
    entry_count = Counter(term for terms_found in found.values() for term in terms_found)
    scored = []
    for entry in entries:
        if not _is_enough(found[entry.pk]):
            continue
        score = sum(
            weight * math.log((len(entries) + 1) / entry_count[term])
            for term, weight in found[entry.pk].items()
        )
        scored.append((score + (SAME_TOPIC_BONUS if topic and entry.topic == topic else 0), entry))
    if not scored:
        return []
    best = max(score for score, _entry in scored)
    scored = [pair for pair in scored if pair[0] >= best * RELATIVE_CUTOFF]
    scored.sort(key=lambda pair: (-pair[0], pair[1].position, pair[1].pk))
    return [entry for _score, entry in scored[:MAX_SUGGESTIONS]]


def get_published_faq_entry(*, congress: Congress, pk: int) -> FaqEntry | None:
    return published_faq_entries(congress=congress).filter(pk=pk).first()


@dataclass(frozen=True)
class FaqTopic:
    topic: InquiryTopic
    entries: list[FaqEntry]


def faq_by_topic(*, congress: Congress) -> list[FaqTopic]:
    """The public FAQ, one group per topic that has entries, in the order of the topics on the form."""
    groups: dict[str, list[FaqEntry]] = {}
    for entry in published_faq_entries(congress=congress):
        groups.setdefault(entry.topic, []).append(entry)
    return [FaqTopic(topic, groups[topic]) for topic in InquiryTopic if topic in groups]


def get_submitted_inquiry(*, congress: Congress, pk: int | None) -> Inquiry | None:
    """The inquiry just sent from this browser (its id is in a signed cookie), for the thank-you page."""
    if pk is None:
        return None
    return Inquiry.objects.filter(congress=congress, pk=pk).select_related("team", "congress").first()


def follow_up_inquiry(*, congress: Congress, token: str) -> Inquiry | None:
    """The inquiry whose private link carries `token`, with what its follow-up page shows."""
    if not token or len(token) > 64:
        return None
    return (
        Inquiry.objects.filter(congress=congress, follow_up_token=token)
        .select_related("team", "congress", "merged_into", "moved_to_concern")
        .first()
    )


def get_follow_up_attachment(*, inquiry: Inquiry, pk: int) -> InquiryAttachment | None:
    """A file of the inquiry's conversation as its requester sees it: never one of an internal note, and none at
    all once the inquiry was handed to the safeguarding officers."""
    if inquiry.moved_to_concern_id is not None:
        return None
    return (
        InquiryAttachment.objects.filter(pk=pk, message__inquiry=inquiry)
        .exclude(message__direction=MessageDirection.NOTE)
        .first()
    )


def own_inquiries(*, user) -> QuerySet[Inquiry]:
    """The signed-in person's inquiries with the time of the last message they can see (not internal notes)."""
    return inquiries_of_user(user=user).annotate(
        last_activity=Max("messages__created_at", filter=~Q(messages__direction=MessageDirection.NOTE))
    )
