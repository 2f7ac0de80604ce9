"""Storage for files that only authorised people may read (identity documents, letters, photos).

Files live under PRIVATE_MEDIA_ROOT, outside anything a web server serves, under random names; a view hands them
out one by one after its permission check, through `private_file_response`.
"""

import re
import uuid
from pathlib import PurePath

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.http import FileResponse
from django.utils.deconstruct import deconstructible
from django.utils.functional import cached_property

_EXTENSION = re.compile(r"\.[a-z0-9]{1,8}")
_UNSAFE_IN_NAME = re.compile(r'[\x00-\x1f\x7f/\\"]')


@deconstructible
class PrivateStorage(FileSystemStorage):
    """FileSystemStorage rooted at settings.PRIVATE_MEDIA_ROOT, read at use time; it has no URL."""

    def __init__(self, **kwargs):
        kwargs.setdefault("file_permissions_mode", 0o640)
        kwargs.setdefault("directory_permissions_mode", 0o750)
        super().__init__(**kwargs)

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    @property
    def base_url(self):
        return None

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    def url(self, name):
        raise ValueError(
            "Private files have no URL; serve them with private_file_response() after a permission check."
        )


@deconstructible
class private_upload_to:  # lower case: it stands in for a function in `upload_to=`, and migrations name it
    """`upload_to` giving `<prefix>/<random hex>.<ext>`; only the extension of the given name is kept.

    Pass the name with the detected extension (`DetectedType.rename`, or the name `CheckedFileField` sets), and
    keep the user's original name in a separate field if it should be shown.
    """

    def __init__(self, prefix: str):
        self.prefix = prefix

    def __call__(self, instance, filename: str) -> str:
        suffix = PurePath(filename).suffix.lower()
        extension = suffix if _EXTENSION.fullmatch(suffix) else ""
        return f"{self.prefix}/{uuid.uuid4().hex}{extension}"


def private_file_response(field_file, *, download_name: str, content_type: str) -> FileResponse:
    """A download of a private file: always an attachment, never sniffed or cached by the browser or a proxy."""
    response = FileResponse(
        field_file.open("rb"),
        as_attachment=True,
        filename=_UNSAFE_IN_NAME.sub("_", download_name).strip() or "download",
        content_type=content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
