"""Why a PostgreSQL server cannot be used, as the operator's one sentence.

asyncpg raises OS errors for an unreachable host, its own classes for a refused login
or a missing database; each becomes `DatabaseUnreachableError` naming DATABASE_URL
without its password.
"""

from __future__ import annotations

import asyncpg

from db import errors
from db.url import describe

CONNECT_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    TimeoutError,
    asyncpg.PostgresError,
    asyncpg.InterfaceError,
)
"""What `asyncpg.connect` / `create_pool` raise when the server cannot be used."""


QUERY_ERRORS: tuple[type[Exception], ...] = (asyncpg.PostgresError, asyncpg.InterfaceError)
"""What a statement raises when the server fails it or the connection is gone."""


def open_error(url: str, exc: BaseException) -> errors.DatabaseOpenError:
    """The sentence for a failed connection to `url`."""
    if isinstance(exc, asyncpg.InvalidPasswordError):
        detail = "the server refused the user name or password"
    elif isinstance(exc, asyncpg.InvalidCatalogNameError):
        detail = "the database does not exist; create it first (createdb)"
    elif isinstance(exc, asyncpg.InvalidAuthorizationSpecificationError):
        detail = f"the server refused this login: {exc}"
    elif isinstance(exc, TimeoutError):
        detail = "no answer in time"
    elif isinstance(exc, OSError):
        detail = exc.strerror or str(exc) or type(exc).__name__
    else:
        detail = str(exc) or type(exc).__name__
    return errors.unreachable(describe(url), detail)
