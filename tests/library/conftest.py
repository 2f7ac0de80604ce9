import pytest


@pytest.fixture(autouse=True)
def _library_private_media(settings, tmp_path):
    """Stored files go to a temporary folder, not the developer's var/private."""
    settings.PRIVATE_MEDIA_ROOT = tmp_path
