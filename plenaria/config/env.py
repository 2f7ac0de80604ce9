"""Every setting that can change between installations is read here, from the environment.

The variables are listed, with their meaning, in `.env.example` and the README.
"""

import secrets
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEMO = env.bool("PLENARIA_DEMO", default=False)


class MissingSecretKey(RuntimeError):
    pass


def secret_key() -> str:
    """SECRET_KEY from the environment; the demo alone may generate one and keep it under var/."""
    key = env.str("SECRET_KEY", default="")
    if key:
        return key
    if not DEMO:
        raise MissingSecretKey(
            "SECRET_KEY is not set. Set it in the environment (see .env.example); "
            "only the demo (PLENARIA_DEMO=1) may run without one."
        )
    key_file = VAR_DIR / "secret_key"
    if not key_file.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()
