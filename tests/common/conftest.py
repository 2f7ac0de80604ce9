import socket

import pytest


@pytest.fixture
def unused_port() -> int:
    """A local TCP port on which nothing listens (connections to it are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
