"""Text as search reads it: folded (case, accents, compatibility forms), cut into words, and Chinese, Japanese and
Korean runs cut into overlapping pairs of characters, since those scripts put no spaces between words.

The same functions serve the documents and the queries, on every database, so that what is indexed and what is
looked for always agree."""

import re
import unicodedata
from dataclasses import dataclass, field

# Han (with the iteration mark 々 and compatibility ideographs), Hiragana, Katakana (with ー), Hangul.
_CJK = "\u1100-\u11ff\u3005\u3007\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_CJK_RUN = re.compile(f"([{_CJK}]+)")
_WORD = re.compile(r"[^\W_]+")
# Accents on Latin letters, and Arabic short vowels, hamza signs and tatweel, are left out: "protección" is found
# by "proteccion", "أطفال" by "اطفال". Marks on other letters stay (й is not и, ガ is not カ).
_LATIN_MARKS = re.compile(r"(?<=[A-Za-z])[\u0300-\u036f]+")
_ARABIC_MARKS = re.compile(r"[\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06ed]")

# Prefix matching for words of at least this many characters ("enfant" finds "enfants").
PREFIX_MIN_LENGTH = 3


def fold(text: str) -> str:
    """Lower case without Latin accents or Arabic vowel signs, compatibility forms (full-width letters, ligatures)
    made ordinary. The result may be longer or shorter than `text`: use `fold_mapped` to find places."""
    text = unicodedata.normalize("NFKD", text)
    text = _ARABIC_MARKS.sub("", _LATIN_MARKS.sub("", text))
    return unicodedata.normalize("NFC", text).casefold()


_FOLDED: dict[str, str] = {}


def _fold_char(char: str) -> str:
    folded = _FOLDED.get(char)
    if folded is None:
        folded = fold(char)
        if len(_FOLDED) < 65_536:
            _FOLDED[char] = folded
    return folded


def fold_mapped(text: str) -> tuple[str, list[int]]:
    """`fold(text)`, character by character, with for each folded character the index in `text` it comes from."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    parts = [_fold_char(char) for char in text]
    if all(len(part) == 1 for part in parts):
        return "".join(parts), list(range(len(text)))
    origins: list[int] = []
    for index, part in enumerate(parts):
        origins.extend([index] * len(part))
    return "".join(parts), origins


def is_cjk(token: str) -> bool:
    return bool(_CJK_RUN.fullmatch(token))


def bigrams(run: str) -> list[str]:
    """Overlapping pairs of characters of a CJK run; a single character stays as it is."""
    if len(run) < 2:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def pieces(text: str) -> list[str]:
    """The folded words and CJK runs of `text`, in order."""
    result: list[str] = []
    for word in _WORD.findall(fold(text)):
        result.extend(part for part in _CJK_RUN.split(word) if part)
    return result


def tokens(text: str) -> list[str]:
    """What is indexed: the folded words of `text`, CJK runs as overlapping pairs of characters."""
    result: list[str] = []
    for piece in pieces(text):
        if is_cjk(piece):
            result.extend(bigrams(piece))
        else:
            result.append(piece)
    return result


# Queries ----------------------------------------------------------------------------------------------------------

_QUERY_PART = re.compile(r'(-?)"([^"]*)"?|(-?)([^\s"]+)')


@dataclass(frozen=True)
class Term:
    """One token to look for; `prefix` when it may be the start of a longer word."""

    token: str
    prefix: bool


@dataclass(frozen=True)
class Clause:
    """Tokens that must all be there (`phrase`: one after the other), or must not be (`excluded`)."""

    terms: tuple[Term, ...]
    phrase: bool = False
    excluded: bool = False


@dataclass(frozen=True)
class ParsedQuery:
    clauses: tuple[Clause, ...] = ()
    # What to mark in snippets: the words and whole CJK runs of the query (not excluded), longest first.
    highlights: tuple[str, ...] = field(default=())

    @property
    def positive(self) -> list[Clause]:
        return [clause for clause in self.clauses if not clause.excluded]

    def __bool__(self) -> bool:
        return bool(self.positive)


def _terms(text: str) -> tuple[list[Term], list[str]]:
    terms: list[Term] = []
    runs: list[str] = []
    for piece in pieces(text):
        runs.append(piece)
        if is_cjk(piece):
            terms.extend(Term(token, prefix=len(token) == 1) for token in bigrams(piece))
        else:
            terms.append(Term(piece, prefix=len(piece) >= PREFIX_MIN_LENGTH))
    return terms, runs


def parse_query(query: str) -> ParsedQuery:
    """Words (all required), "quoted phrases" and -exclusions, as in common web search boxes."""
    clauses: list[Clause] = []
    highlights: set[str] = set()
    for match in _QUERY_PART.finditer(query or ""):
        quoted_minus, quoted, minus, word = match.groups()
        excluded = bool(quoted_minus if quoted is not None else minus)
        terms, runs = _terms(quoted if quoted is not None else word)
        if not terms:
            continue
        if quoted is not None and len(terms) > 1:
            # Only the last word of a phrase may be the start of a longer one.
            exact = [
                Term(term.token, prefix=len(term.token) == 1 and is_cjk(term.token)) for term in terms[:-1]
            ]
            clauses.append(Clause((*exact, terms[-1]), phrase=True, excluded=excluded))
        else:
            # A word that folds into several (l'enfant, 性的搾取) needs all of them, in any order.
            clauses.append(Clause(tuple(terms), excluded=excluded))
        if not excluded:
            highlights.update(runs)
    ordered = tuple(sorted(highlights, key=lambda text: (-len(text), text)))
    return ParsedQuery(clauses=tuple(clauses), highlights=ordered)
