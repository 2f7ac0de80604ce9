"""Storage for files that only authorised people may read (identity documents, letters, photos).

Files live under PRIVATE_MEDIA_ROOT, outside anything a web server serves, under random names, encrypted
(`file_encryption`); a view hands them out one by one after its permission check, through `private_file_response`.
"""

import io
import re
import uuid
from pathlib import PurePath

from django.conf import settings
from django.core.files import File
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.http import FileResponse
from django.utils.deconstruct import deconstructible
from django.utils.functional import cached_property

from .file_encryption import decrypt_bytes, encrypt_bytes

_EXTENSION = re.compile(r"\.[a-z0-9]{1,8}")
_UNSAFE_IN_NAME = re.compile(r'[\x00-\x1f\x7f/\\"]')


def _in_memory(data: bytes, mode: str):
    return io.BytesIO(data) if "b" in mode else io.StringIO(data.decode())


class DecryptedFile(File):
    """A private file's plain content, in memory (uploads are small); reopening it reads and decrypts it again."""

    def __init__(self, storage: "PrivateStorage", name: str, mode: str):
        self._storage = storage
        super().__init__(_in_memory(storage.read_plain(name), mode), name)
        self.mode = mode

    def open(self, mode=None):
        if self.closed:
            self.file = _in_memory(self._storage.read_plain(self.name), mode or self.mode)
        else:
            self.seek(0)
        return self


@deconstructible
class PrivateStorage(FileSystemStorage):
    """FileSystemStorage rooted at settings.PRIVATE_MEDIA_ROOT, read at use time; it has no URL.

    Contents are encrypted on save and decrypted on open (`file_encryption`); `size()` is the plain size.
    """

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

    def _save(self, name, content):
        # Never the upload's temporary file: the parent class would move it here as it is, unencrypted.
        data = b"".join(chunk.encode() if isinstance(chunk, str) else chunk for chunk in content.chunks())
        return super()._save(name, ContentFile(encrypt_bytes(data)))

    def _open(self, name, mode="rb"):
        if set(mode) - {"r", "b"}:
            raise ValueError("Private files are written only through save(), which encrypts them.")
        return DecryptedFile(self, name, mode)

    def read_plain(self, name: str) -> bytes:
        with open(self.path(name), "rb") as file:
            return decrypt_bytes(file.read())

    def size(self, name):
        return len(self.read_plain(name))

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
