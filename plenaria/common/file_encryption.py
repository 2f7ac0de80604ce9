"""Encryption at rest of private files (identity documents, photos, notes verbales), with Fernet.

A stored file is `MAGIC` followed by a Fernet token. Files written before encryption existed have no `MAGIC` and are
returned as they are, so old installations keep working; they are encrypted when next replaced.

Keys come from settings.PRIVATE_FILES_KEYS (env `PLENARIA_FILE_KEYS`): the first encrypts, all decrypt, so a new key
is put first and the old one stays behind it until no file needs it any more.
"""

import base64
import functools

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

MAGIC = b"PLNRENC1"  # never the start of a PDF, JPEG, PNG or office document
_DERIVATION_LABEL = b"plenaria private files v1"


class UndecryptableFile(ValueError):
    """The file is encrypted, but with none of the keys in PRIVATE_FILES_KEYS."""


def key_from_secret(secret: str) -> str:
    """A Fernet key derived from SECRET_KEY: the default, so the demo needs no configuration."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_DERIVATION_LABEL)
    return base64.urlsafe_b64encode(hkdf.derive(secret.encode())).decode()


@functools.lru_cache(maxsize=4)
def _cipher_for(keys: tuple[str, ...]) -> MultiFernet:
    if not keys:
        raise ImproperlyConfigured("PRIVATE_FILES_KEYS is empty: private files cannot be encrypted.")
    return MultiFernet([Fernet(key) for key in keys])


def _cipher() -> MultiFernet:
    # Keyed by the current setting, so that a change (a test, a rotation) takes effect without a restart.
    return _cipher_for(tuple(settings.PRIVATE_FILES_KEYS))


def is_encrypted(data: bytes) -> bool:
    return data.startswith(MAGIC)


def encrypt_bytes(data: bytes) -> bytes:
    return MAGIC + _cipher().encrypt(data)


def decrypt_bytes(data: bytes) -> bytes:
    """The plain content of a stored file; a file stored before encryption existed is returned unchanged."""
    if not is_encrypted(data):
        return data
    try:
        return _cipher().decrypt(data[len(MAGIC) :])
    except InvalidToken as error:
        raise UndecryptableFile("No key in PRIVATE_FILES_KEYS decrypts this file.") from error
