"""`DATABASE_URL` read into where the data lives: a SQLite file or a PostgreSQL server.

`sqlite:///data/kindness.db` is a relative path (three slashes), `sqlite:////srv/k.db`
an absolute one (four), as in SQLAlchemy; `postgresql://user:pass@host:5432/db` (or
`postgres://`) is handed to asyncpg as it is. Passwords never reach a message or a log:
`redact` replaces them.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

SQLITE_PREFIX = "sqlite:///"
POSTGRES_SCHEMES = ("postgresql", "postgres")


class DatabaseUrlError(ValueError):
    """The URL names no database kindness-bot can use; str() says what to write."""


def is_postgres(target: str | Path) -> bool:
    """Whether a database target is a PostgreSQL URL (a Path never is)."""
    return isinstance(target, str) and target.split("://", 1)[0].lower() in POSTGRES_SCHEMES


def sqlite_path(url: str) -> Path:
    """`sqlite:///data/k.db` -> `data/k.db`; `sqlite:////srv/k.db` -> `/srv/k.db`."""
    if not url.lower().startswith(SQLITE_PREFIX) or len(url) == len(SQLITE_PREFIX):
        raise DatabaseUrlError(
            f"a SQLite DATABASE_URL is sqlite:///relative/path.db or sqlite:////absolute/"
            f"path.db, not {url!r}"
        )
    return Path(url[len(SQLITE_PREFIX) :]).expanduser()


def sqlite_file(target: str | Path) -> Path | str:
    """A path, or a `sqlite:///` URL, as the file to open (`:memory:` stays a string)."""
    if isinstance(target, str) and target.lower().startswith("sqlite:"):
        return sqlite_path(target)
    return target


def check_postgres(url: str) -> str:
    """The URL itself, once it names at least a scheme PostgreSQL understands and a database."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in POSTGRES_SCHEMES:
        raise DatabaseUrlError(f"not a PostgreSQL URL: {redact(url)}")
    if not parts.path.strip("/") and "dbname=" not in parts.query:
        raise DatabaseUrlError(
            f"DATABASE_URL={redact(url)} names no database; write "
            "postgresql://user:password@host:5432/database"
        )
    return url


def redact(url: str) -> str:
    """The URL with its password replaced by `***` (for messages and logs)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


def describe(target: str | Path) -> str:
    """The setting and value that chose this database, for the operator's sentence."""
    if is_postgres(target):
        return f"DATABASE_URL={redact(str(target))}"
    return f"DATABASE_PATH={target}"
