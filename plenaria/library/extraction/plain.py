"""The text of a plain text file: UTF-8, or UTF-16 with a byte-order mark."""

import codecs

from .budget import MAX_TEXT_CHARS
from .errors import Unreadable


def plain_text(data: bytes) -> str:
    is_utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    encoding = "utf-16" if is_utf16 else "utf-8-sig"
    limit = MAX_TEXT_CHARS * 4
    is_cut = len(data) > limit
    data = data[:limit]
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        if is_cut and error.start > len(data) - 4:
            return data[: error.start].decode(
                encoding
            )  # the cap fell inside a character: keep the whole ones
        raise Unreadable("The text is neither in UTF-8 nor in UTF-16.") from None
