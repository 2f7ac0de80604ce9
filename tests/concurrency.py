"""Helpers for tests that prove row locks with real concurrent transactions.

Only PostgreSQL has the row locks they prove (CI runs them there); SQLite serialises whole write transactions."""

import threading

import pytest
from django.db import connection

POSTGRESQL_ONLY = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row locks are proved on PostgreSQL (CI)"
)


def run_at_once(functions) -> list[Exception]:
    """Start every function in its own thread and connection at the same moment; return what they raised."""
    barrier = threading.Barrier(len(functions))
    errors = []

    def worker(function):
        try:
            barrier.wait()
            function()
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(function,)) for function in functions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return errors
