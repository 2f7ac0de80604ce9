"""The text of a PDF file, page by page (pypdf), up to `MAX_PDF_PAGES` pages."""

from io import BytesIO

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError

from .budget import Budget
from .errors import Unreadable, describe

MAX_PDF_PAGES = 2_000


def pdf_text(data: bytes) -> str:
    try:
        reader = PdfReader(BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise Unreadable("The PDF is protected by a password.")
        pages = reader.pages
        budget = Budget()
        for index in range(min(len(pages), MAX_PDF_PAGES)):
            if not budget.add((pages[index].extract_text() or "") + "\n\n"):
                break
    except FileNotDecryptedError:
        raise Unreadable("The PDF is protected by a password.") from None
    except PdfReadError as error:
        raise Unreadable(describe(error)) from None
    return budget.text
