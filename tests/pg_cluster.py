"""A throwaway PostgreSQL cluster for tests and benchmarks: `initdb` + `pg_ctl` in a temp dir.

The distribution's server binaries are looked up under /usr/lib/postgresql/*/bin (newest
first), then on PATH; `KINDNESS_TEST_PG_BIN` names another folder. The server listens
on 127.0.0.1 at a free port (and a unix socket in its folder), trusts local logins,
and is stopped and deleted afterwards. `initdb` refuses to run as root: as root the
cluster is run by the unprivileged `postgres` user (made by the distribution's
package) through `runuser`.

Missing binaries are an error with the fix in it, never a skip.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

MISSING_HELP = (
    "PostgreSQL's server programs (initdb, pg_ctl) were not found under "
    "/usr/lib/postgresql/*/bin or on PATH. The PostgreSQL tests need a real server: "
    "install the distribution's package (Debian/Ubuntu: sudo apt-get install -y postgresql; "
    "`.ci/run` does this by itself), or set KINDNESS_TEST_PG_BIN to the folder holding them."
)
SUPERUSER = "kindness"
RUN_AS = "postgres"


class ClusterError(RuntimeError):
    """The throwaway cluster could not be made or started; the message says why."""


def find_bin_dir() -> Path:
    """The folder with initdb and pg_ctl, or `ClusterError(MISSING_HELP)`."""
    chosen = os.environ.get("KINDNESS_TEST_PG_BIN", "").strip()
    candidates = [chosen] if chosen else []
    installed = Path("/usr/lib/postgresql").glob("*/bin")
    candidates += sorted((str(p) for p in installed), key=_version, reverse=True)
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(str(Path(on_path).resolve().parent))
    for folder in candidates:
        if (Path(folder) / "initdb").is_file() and (Path(folder) / "pg_ctl").is_file():
            return Path(folder)
    raise ClusterError(MISSING_HELP)


def _version(path: str) -> int:
    part = Path(path).parent.name
    return int(part) if part.isdigit() else 0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class PostgresCluster:
    """One running server; `url(db)` to reach a database, `create_database()` for a new one."""

    def __init__(self, *, durable: bool = False) -> None:
        """`durable=False` turns fsync off: tests need speed, not crash safety."""
        self.bin = find_bin_dir()
        self.durable = durable
        self.port = _free_port()
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            try:
                pwd.getpwnam(RUN_AS)
            except KeyError:
                raise ClusterError(
                    f"running as root, the test cluster needs the unprivileged '{RUN_AS}' user "
                    "(initdb refuses root); install the postgresql package, which creates it"
                ) from None
            self._as_user = ["runuser", "-u", RUN_AS, "--"]
        self.root = Path(tempfile.mkdtemp(prefix="kindness-pg-"))
        if self._as_user:
            shutil.chown(self.root, RUN_AS)
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self._started = False

    def _run(self, *args: str) -> None:
        done = subprocess.run(
            [*self._as_user, *args], capture_output=True, text=True, check=False, timeout=120
        )
        if done.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise ClusterError(
                f"{Path(args[0]).name} failed ({done.returncode}): {done.stderr.strip()}\n{log}"
            )

    def start(self) -> PostgresCluster:
        self._run(
            str(self.bin / "initdb"),
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-locale",
            "--no-sync",
        )
        options = f"-h 127.0.0.1 -p {self.port} -k {self.root} -c max_connections=200"
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w", "-o",
            options, "start",
        )  # fmt: skip
        self._started = True
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def psql(self, sql: str, database: str = "postgres") -> str:
        """Run SQL with the cluster's own psql (no Python driver involved)."""
        done = subprocess.run(
            [str(self.bin / "psql"), "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1",
             "-d", self.url(database), "-c", sql],
            capture_output=True, text=True, check=False, timeout=60,
        )  # fmt: skip
        if done.returncode != 0:
            raise ClusterError(f"psql failed: {done.stderr.strip()}")
        return done.stdout

    def create_database(self, name: str | None = None) -> str:
        """A new empty database; returns its URL."""
        name = name or f"t_{uuid.uuid4().hex[:12]}"
        self.psql(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        """Stop at once and delete every file; safe to call twice."""
        if self._started:
            self._started = False
            with contextlib.suppress(ClusterError, subprocess.TimeoutExpired):
                self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                          "-w", "stop")  # fmt: skip
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> PostgresCluster:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()
