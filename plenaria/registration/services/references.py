import secrets

# No 0/O or 1/I: references are read aloud at the accreditation desk and typed from printed letters.
ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"


def new_reference() -> str:
    """A registration number such as "YK-7Q4M-2HXD": short, unambiguous, not guessable."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(8))
    return f"YK-{body[:4]}-{body[4:]}"


def new_token() -> str:
    return secrets.token_urlsafe(32)
