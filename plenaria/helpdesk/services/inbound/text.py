"""The text of an e-mail: HTML without its markup, and a reply without the quoted history below it."""

import re
from html.parser import HTMLParser


class _HtmlText(HTMLParser):
    """The visible text of an HTML e-mail, one line per block; text inside <blockquote> is marked "> "."""

    BREAKS = frozenset(
        {"br", "p", "div", "li", "tr", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "pre"}
    )
    HIDDEN = frozenset({"script", "style", "head", "title", "template"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.chunks: list[tuple[str, bool]] = []
        self.hidden = 0
        self.quoted = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag == "blockquote":
            self.chunks.append(("\n", self.quoted > 0))
            self.quoted += 1
        elif tag in self.BREAKS:
            self.chunks.append(("\n", self.quoted > 0))

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag == "blockquote":
            self.quoted = max(0, self.quoted - 1)
            self.chunks.append(("\n", False))
        elif tag in self.BREAKS:
            self.chunks.append(("\n", self.quoted > 0))

    def handle_data(self, data):
        if not self.hidden:
            self.chunks.append((re.sub(r"\s+", " ", data), self.quoted > 0))

    def text(self) -> str:
        lines, line, quoted = [], "", False
        for chunk, in_quote in [*self.chunks, ("\n", False)]:
            if chunk == "\n":
                lines.append(("> " if quoted else "") + line.strip())
                line, quoted = "", False
            else:
                line += chunk
                quoted = quoted or (in_quote and bool(chunk.strip()))
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def html_to_text(html: str) -> str:
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    return parser.text()


# A line that introduces the quoted message below it, in the mail programs and languages our requesters use.
_ORIGINAL_MESSAGE = re.compile(  # Outlook and others: "-----Original Message-----"
    r"^\s*-{2,}\s*(original message|message d'origine|mensaje original|исходное сообщение|原始邮件|"
    r"元のメッセージ|الرسالة الأصلية)\s*-{2,}\s*$",
    re.I,
)
# Gmail, Apple Mail, Thunderbird: "On Mon, 17 Dec 2001 at 10:00, Plenaria <…> wrote:" (may wrap onto 3 lines)
_ON_DATE_WROTE = re.compile(
    r"^\s*(On|Le|El|Am|Il|Em)\s.{0,400}\s(wrote|a écrit|escribió|schrieb|ha scritto|escreveu)\s*:\s*$", re.I
)
# "Plenaria <…> wrote:" / "Plenaria wrote:": a header only when an address or a quote follows.
_WROTE = re.compile(r"\s(wrote|a écrit|escribió|schrieb)\s*:\s*$", re.I)
# Japanese "…のメッセージ:" / "…さんは書きました:", Chinese "…写道：", Russian "… написал(а):", Arabic "… كتب:"
_WROTE_OTHER_LANGUAGES = re.compile(
    r"(のメッセージ|さんは書きました|写道|написал\(а\)|написала|написал|كتب)\s*[:：]\s*$"
)
# Gmail in Japanese, Russian…: "2001年12月17日(月) 10:00 Plenaria <no-reply@…>:" (a date, an address, a colon)
_ADDRESS_COLON = re.compile(r"<[^<>\s]+@[^<>\s]+>\s*[:：]\s*$")
_HEADER_LINE_MAX = 400  # a quote header is one short line; longer lines are the person's text
# Outlook's header block: "From: …" followed by "Sent: …" or "Date: …" (also in the other languages).
_FROM_LINE = re.compile(r"^\s*\*?(From|De|Von|差出人|送信者|发件人|寄件者|От|من)\s*\*?\s*[:：]", re.I)
_DATE_LINE = re.compile(
    r"^\s*\*?(Sent|Date|Envoyé|Enviado|Fecha|Gesendet|送信日時|日付|发送时间|发送日期|Отправлено|Дата|التاريخ|"
    r"Subject|Objet|Asunto|件名|主题|Тема)\s*\*?\s*[:：]",
    re.I,
)
_SEPARATOR = re.compile(r"^\s*([_\-=*]\s*){5,}$")


def _is_quote_header(lines: list[str], index: int) -> bool:
    line = lines[index]
    if len(line) > _HEADER_LINE_MAX:
        return False
    if _ORIGINAL_MESSAGE.match(line) or _WROTE_OTHER_LANGUAGES.search(line):
        return True
    if _ADDRESS_COLON.search(line) and any(character.isdigit() for character in line):
        return True
    if any(_ON_DATE_WROTE.match(" ".join(lines[index : index + size])) for size in (1, 2, 3)):
        return True
    if _WROTE.search(line):
        following = next((other for other in lines[index + 1 :] if other.strip()), "")
        return "@" in line or following.lstrip().startswith(">")
    return _FROM_LINE.match(line) is not None and any(
        _DATE_LINE.match(other) for other in lines[index + 1 : index + 6]
    )


def strip_quoted(text: str) -> str:
    """The new text of a reply: without the quoted message below "On … wrote:" (and the like) and without the
    lines quoted with ">". The whole text when nothing else is left (a message that is all quote)."""
    lines = text.split("\n")
    start = next((index for index in range(len(lines)) if _is_quote_header(lines, index)), None)
    kept = [line for line in lines[:start] if not line.lstrip().startswith(">")]
    while kept and (not kept[-1].strip() or _SEPARATOR.match(kept[-1])):
        kept.pop()
    new_text = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    return new_text or text.strip()
