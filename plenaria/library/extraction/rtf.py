r"""The text of an RTF file, by a small converter: the document's text in its code page (`\ansicpg`) and its
Unicode characters (`\uN`), without the groups that are not text (font and colour tables, pictures, fields'
instructions, headers and footers, optional `\*` destinations)."""

import codecs
import re

from .budget import Budget
from .errors import Unreadable

_RTF_TOKEN = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # a control word, with its parameter
    r"|\\'([0-9a-fA-F]{2})"  # a byte in the document's code page
    r"|\\([^a-zA-Z])"  # a control symbol
    r"|([{}])"  # a group
    r"|[\r\n]+"  # line breaks in the source mean nothing
    r"|([^\\{}\r\n]+)",  # text
    re.DOTALL,
)
# Groups whose content is not text of the document.
_RTF_SKIPPED = frozenset(
    {
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "objdata", "fldinst", "xmlnstbl",
        "listtable", "listoverridetable", "rsidtbl", "generator", "themedata", "colorschememapping",
        "latentstyles", "datastore", "header", "headerl", "headerr", "headerf", "footer", "footerl",
        "footerr", "footerf", "revtbl", "filetbl", "private", "bkmkstart", "bkmkend", "nonshppict",
        "mmathPict", "userprops", "wgrffmtfilter", "pgdsctbl", "operator", "author",
    }
)  # fmt: skip
_RTF_CHARACTERS = {
    "par": "\n", "line": "\n", "sect": "\n\n", "page": "\n\n", "row": "\n", "cell": "\t", "tab": "\t",
    "emdash": "\u2014", "endash": "\u2013", "emspace": " ", "enspace": " ", "qmspace": " ", "bullet": "\u2022",
    "lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c", "rdblquote": "\u201d",
}  # fmt: skip
_RTF_SYMBOLS = {"~": "\u00a0", "_": "\u2011", "-": "", "\\": "\\", "{": "{", "}": "}", "\t": "\t"}
_MAX_RTF_DEPTH = 500


def rtf_text(data: bytes) -> str:
    if not data.lstrip().startswith(b"{\\rtf"):
        raise Unreadable("The file is not an RTF document.")
    # RTF is 7-bit: bytes above 127 are written as \'hh; read any stray ones as Latin-1 rather than fail.
    source = data.decode("latin-1")
    budget = Budget()
    code_page = "cp1252"
    stack: list[tuple[bool, int]] = []
    skipping = False  # inside a group that is not text
    unicode_skip = 1  # how many fallback characters follow a \uN
    to_skip = 0  # fallback characters still to skip
    pending = bytearray()  # \'hh bytes, decoded together (a multi-byte code page needs them together)
    out: list[str] = []

    def flush_bytes() -> None:
        if pending:
            if not skipping:
                out.append(bytes(pending).decode(code_page, errors="replace"))
            pending.clear()

    for index, match in enumerate(_RTF_TOKEN.finditer(source)):
        word, parameter, hex_byte, symbol, brace, text = match.groups()
        if hex_byte is not None:
            if to_skip:
                to_skip -= 1
            else:
                pending.append(int(hex_byte, 16))
            continue
        flush_bytes()
        if brace == "{":
            if len(stack) >= _MAX_RTF_DEPTH:
                raise Unreadable("The RTF document is nested too deeply.")
            stack.append((skipping, unicode_skip))
            to_skip = 0
        elif brace == "}":
            if stack:
                skipping, unicode_skip = stack.pop()
            to_skip = 0
        elif symbol is not None:
            to_skip = 0
            if symbol == "*":
                skipping = True  # an optional destination this reader does not know
            elif not skipping:
                out.append(_RTF_SYMBOLS.get(symbol, ""))
        elif word is not None:
            to_skip = 0
            if word in _RTF_SKIPPED:
                skipping = True
            elif word == "ansicpg" and parameter:
                code_page = _code_page(parameter, code_page)
            elif word == "uc" and parameter:
                unicode_skip = max(0, int(parameter))
            elif word == "u" and parameter:
                code = int(parameter)
                if not skipping:
                    out.append(chr(code + 65536 if code < 0 else code))
                to_skip = unicode_skip
            elif not skipping and word in _RTF_CHARACTERS:
                out.append(_RTF_CHARACTERS[word])
        elif text is not None:
            if to_skip:
                text, to_skip = text[to_skip:], max(0, to_skip - len(text))
            if not skipping:
                out.append(text)
        if index % 1000 == 0 and out and not ("\ud800" <= out[-1][-1:] <= "\udbff"):
            if not budget.add(_join_utf16("".join(out))):
                return budget.text
            out.clear()
    flush_bytes()
    budget.add(_join_utf16("".join(out)))
    return budget.text


def _code_page(parameter: str, current: str) -> str:
    name = f"cp{int(parameter)}"
    try:
        codecs.lookup(name)
    except LookupError:
        return current
    return name


def _join_utf16(text: str) -> str:
    """Characters beyond the Basic Multilingual Plane come as two \\uN (a surrogate pair): join them."""
    return text.encode("utf-16", "surrogatepass").decode("utf-16", errors="replace")
