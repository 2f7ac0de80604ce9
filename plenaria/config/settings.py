"""Plenaria settings. Everything is here; installations differ only through environment variables (env.py)."""

from celery.schedules import crontab
from django.utils.translation import gettext_lazy as _

from plenaria.common.file_encryption import key_from_secret

from .env import BASE_DIR, DEMO, VAR_DIR, env, secret_key

SECRET_KEY = secret_key()
DEBUG = env.bool("PLENARIA_DEBUG", default=False)
HTTPS = env.bool("PLENARIA_HTTPS", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env.str("PLENARIA_SITE_URL", default="http://127.0.0.1:8000")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rules.apps.AutodiscoverRulesConfig",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "template_partials",
    "django_countries",
    "csp",
    "plenaria.common",
    "plenaria.accounts",
    "plenaria.congresses",
    "plenaria.delegations",
    "plenaria.registration",
    "plenaria.safeguarding",
    "plenaria.badges",
    "plenaria.checkin",
    "plenaria.concerns",
    "plenaria.library",
    "plenaria.news",
    "plenaria.helpdesk",
    "plenaria.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The security headers come first, so that every page gets them, cached public pages included.
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "plenaria.common.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "plenaria.accounts.middleware.UserLanguageMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Door scans go straight to their view from here on (see DoorScanMiddleware).
    "plenaria.checkin.middleware.DoorScanMiddleware",
    # Anonymous visitors get cached public pages from here on, without the rest of the stack (see public_cache).
    "plenaria.congresses.middleware.PublicPageCacheMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "plenaria.congresses.middleware.CongressMiddleware",
    "plenaria.congresses.middleware.StaffTwoFactorMiddleware",
]

ROOT_URLCONF = "plenaria.config.urls"
WSGI_APPLICATION = "plenaria.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "plenaria" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "plenaria.congresses.context_processors.site",
                "plenaria.registration.context_processors.focal_point",
            ],
            "builtins": ["plenaria.common.templatetags.content"],
        },
    }
]

# --- Data -----------------------------------------------------------------------------------------------------
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'plenaria.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and one writer work at once; IMMEDIATE makes write transactions take the lock up front,
    # so concurrent writers wait (up to the timeout) instead of failing halfway.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
else:
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    # Parameters bound by the server, so that PostgreSQL keeps the plan of a statement that a connection runs again
    # (from its fifth run): planning a door scan's reads cost more than running them. A connection pooler in
    # transaction mode cannot keep prepared statements: there, set DATABASE_PREPARED_STATEMENTS=0.
    DATABASES["default"]["OPTIONS"] = {
        "server_side_binding": True,
        "prepare_threshold": 5 if env.bool("DATABASE_PREPARED_STATEMENTS", default=True) else None,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "plenaria.common.redis_cache.ReusingRedisCache",
            "LOCATION": REDIS_URL,
            # A Redis that stops answering must not hang requests (or /healthz) for long.
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
else:
    # Without Redis (the demo, a single server), a cache on disk is what the gunicorn worker processes share: the
    # public-page versions that edits bump and the rate limits must be the same in every process.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
        }
    }
PUBLIC_PAGE_CACHE_SECONDS = env.int("PLENARIA_PUBLIC_CACHE_SECONDS", default=600)

# --- Background work ------------------------------------------------------------------------------------------
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default=REDIS_URL) or None
CELERY_TASK_ALWAYS_EAGER = CELERY_BROKER_URL is None
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_SERIALIZER = "json"
CELERY_BEAT_SCHEDULE = {
    "send-queued-email": {"task": "common.send_queued_email", "schedule": 60.0},
    # Daily, at a quiet hour: personal data whose retention period has run out (docs/data-retention.md).
    "purge-personal-data": {
        "task": "registration.purge_personal_data",
        "schedule": crontab(hour=2, minute=30),
    },
    "purge-youth-protected-data": {
        "task": "safeguarding.purge_youth_protected_data",
        "schedule": crontab(hour=2, minute=45),
    },
}

# --- E-mail ---------------------------------------------------------------------------------------------------
vars().update(env.email_url("EMAIL_URL", default="smtp://127.0.0.1:25"))
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=20)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Plenaria <no-reply@plenaria.invalid>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The inquiry desk: its e-mails ask for replies at this address, which the inbound SMTP service
# (`manage.py run_inbound_smtp`) receives and threads into the inquiries by their reference.
INQUIRY_REPLY_ADDRESS = env.str("PLENARIA_INQUIRY_REPLY_ADDRESS", default="inquiries@plenaria.invalid")
INBOUND_SMTP_HOST = env.str("PLENARIA_INBOUND_SMTP_HOST", default="127.0.0.1")
INBOUND_SMTP_PORT = env.int("PLENARIA_INBOUND_SMTP_PORT", default=2525)
INBOUND_EMAIL_MAX_BYTES = env.int("PLENARIA_INBOUND_EMAIL_MAX_BYTES", default=15 * 1024 * 1024)
EMAIL_MAX_ATTEMPTS = env.int("PLENARIA_EMAIL_MAX_ATTEMPTS", default=8)

# --- Languages and time ---------------------------------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ar", "العربية"),
    ("ru", "Русский"),
    ("zh-hans", "中文"),
    ("ja", "日本語"),
]
LANGUAGES_BIDI = ["ar"]
LOCALE_PATHS = [BASE_DIR / "plenaria" / "locale"]
LANGUAGE_COOKIE_NAME = "plenaria_language"
LANGUAGE_COOKIE_SECURE = HTTPS
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- Accounts -------------------------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "accounts:profile"
ACCOUNT_ADAPTER = "plenaria.accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Plenaria] "
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "confirm_email": "1/3m/key",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Plenaria"

# --- API ------------------------------------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # Token first: an anonymous call then gets 401 with WWW-Authenticate, as API clients expect.
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "EXCEPTION_HANDLER": "plenaria.common.api.domain_exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Plenaria API",
    "DESCRIPTION": "Registration, accreditation and congress data for Plenaria.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # Two choice sets share a field name across apps: name them, so the schema is stable and says which is which.
    "ENUM_NAME_OVERRIDES": {"ScanDirectionEnum": "plenaria.checkin.enums.Direction"},
}

# --- Static and uploaded files --------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "plenaria" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Security -------------------------------------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = 31536000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if env.bool("PLENARIA_BEHIND_PROXY", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    USE_X_FORWARDED_HOST = True
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# Field encryption (passport numbers, identity documents): keys are derived from SECRET_KEY (and its fallbacks, for
# rotation) with this salt. The salt is not secret, but changing it makes stored values unreadable.
SALT_KEY = env.list("PLENARIA_ENCRYPTION_SALT", default=["plenaria-field-encryption-v1"])
PRIVATE_MEDIA_ROOT = env.path("PLENARIA_PRIVATE_MEDIA_ROOT", default=VAR_DIR / "private")
# Private files are encrypted on disk with the first of these Fernet keys; every key decrypts, so a new key goes first
# and the old ones stay behind it. Without PLENARIA_FILE_KEYS, one key derived from SECRET_KEY: changing SECRET_KEY
# then needs the old derived key listed here (docs/data-retention.md).
PRIVATE_FILES_KEYS = env.list("PLENARIA_FILE_KEYS", default=[]) or [key_from_secret(SECRET_KEY)]
UPLOAD_MAX_BYTES = env.int("PLENARIA_UPLOAD_MAX_BYTES", default=10 * 1024 * 1024)
# Days after a congress's last day before each group of personal data is purged, e.g. "passport=30,photo=90";
# groups not named keep their default (plenaria/registration/retention.py, docs/data-retention.md).
PLENARIA_RETENTION_DAYS = env.dict("PLENARIA_RETENTION_DAYS", default={})

# --- Logging --------------------------------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("PLENARIA_LOG_LEVEL", default="INFO")},
    "loggers": {"django.request": {"level": "ERROR"}},
}

FORMAT_MODULE_PATH = ["plenaria.formats"]

PLENARIA_DEMO = DEMO
PLENARIA_STAFF_TWO_FACTOR_REQUIRED = True
PLENARIA_NAME = _("Plenaria")
