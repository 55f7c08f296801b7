"""The layers, checked on the source (with `ast`), not promised in a docstring.

- `bot/core` is pure: it imports neither Discord nor the database, nor `cogs` nor the
  rest of `bot`; only the standard library, its own modules and a few pure libraries.
- No import cycles among the project's modules (imports under `TYPE_CHECKING` are
  annotations only and do not count).
- SQL lives in `db/` only: no SQL statement in a string anywhere in `bot/` or `cogs/`,
  and only `db/` imports aiosqlite.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("bot", "cogs", "db")
CORE = "bot.core"
CORE_MAY_IMPORT = frozenset({"better_profanity"})
"""Third-party imports the core may use: pure text libraries, nothing that does I/O."""
FORBIDDEN_IN_CORE = ("discord", "aiohttp", "aiosqlite", "sqlite3", "asyncpg", "db", "cogs")
SQL = re.compile(
    r"\b(SELECT\s.+\sFROM|INSERT\s+(OR\s+\w+\s+)?INTO|CREATE\s+(TABLE|INDEX)|UPDATE\s+\w+\s+SET"
    r"|DELETE\s+FROM|DROP\s+TABLE|ALTER\s+TABLE|PRAGMA\s+\w+)\b",
    re.DOTALL,
)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def project_modules() -> dict[str, Path]:
    return {
        module_name(path): path
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
    }


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node, skipping the bodies of `if TYPE_CHECKING:` blocks."""
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
            continue
        stack.extend(ast.iter_child_nodes(node))


def imports_of(name: str, *, runtime_only: bool) -> set[str]:
    """The absolute module names `name` imports (`from a import b` yields a and a.b)."""
    path = project_modules()[name]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    nodes = _runtime_nodes(tree) if runtime_only else ast.walk(tree)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def _top(module: str) -> str:
    return module.split(".", 1)[0]


def test_the_module_list_is_not_empty() -> None:
    names = project_modules()
    assert "bot.core.scoring.scorer" in names and "db.database" in names and "cogs.watcher" in names


@pytest.mark.parametrize("package", ["scoring", "moderation", "stats", "texts"])
def test_every_core_package_is_checked(package: str) -> None:
    """The core's rules reach its subpackages: each is found, with its modules."""
    inside = [n for n in project_modules() if n.startswith(f"{CORE}.{package}.")]
    assert f"{CORE}.{package}" in project_modules() and inside


@pytest.mark.parametrize(
    "name", sorted(n for n in project_modules() if n == CORE or n.startswith(CORE + "."))
)
def test_the_core_imports_no_discord_no_database_and_nothing_outside_it(name: str) -> None:
    bad = []
    for imported in imports_of(name, runtime_only=False):
        top = _top(imported)
        if (
            top in FORBIDDEN_IN_CORE
            or (top == "bot" and imported != "bot" and not imported.startswith(CORE))
            or top in ("tests", "bench", "scripts")
        ):
            bad.append(imported)
    assert not bad, f"{name} imports {sorted(bad)}: the core takes plain values only"


def test_the_core_uses_only_the_standard_library_and_pure_text_libraries() -> None:
    import sys

    allowed = set(sys.stdlib_module_names) | CORE_MAY_IMPORT | {"bot"}
    found = {
        (name, _top(imported))
        for name in project_modules()
        if name.startswith(CORE)
        for imported in imports_of(name, runtime_only=False)
        if imported  # `from . import x` inside the core
    }
    strays = sorted((name, top) for name, top in found if top not in allowed)
    assert not strays, f"the core imports third-party modules: {strays}"


def _project_graph() -> dict[str, set[str]]:
    names = project_modules()
    graph: dict[str, set[str]] = {}
    for name in names:
        targets = set()
        for imported in imports_of(name, runtime_only=True):
            # `from bot.cli import eval` names the module bot.cli.eval; `from x import y`
            # where y is not a module names x itself.
            if imported in names and imported != name:
                targets.add(imported)
        graph[name] = targets
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle, as a path that returns to its start, or None."""
    state: dict[str, int] = {}  # 1 on the stack, 2 done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)) is not None:
                return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start)) is not None:
            return found
    return None


def test_no_import_cycles_among_project_modules() -> None:
    graph = _project_graph()
    # a package's __init__ imported by its own modules is how Python loads them, not a cycle
    for name, targets in graph.items():
        targets.difference_update(p for p in list(targets) if name.startswith(p + "."))
    cycle = _cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def _strings(path: Path) -> Iterator[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value
        elif isinstance(node, ast.JoinedStr):  # f-strings: their literal parts together
            parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
            yield node.lineno, " ".join(str(p) for p in parts)


def test_sql_lives_only_in_db() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line}: {text[:60]!r}"
        for name, path in project_modules().items()
        if _top(name) != "db"
        for line, text in _strings(path)
        if SQL.search(text)
    ]
    assert not found, "SQL outside db/:\n" + "\n".join(found)


def test_only_db_imports_the_database_driver() -> None:
    found = sorted(
        name
        for name in project_modules()
        if _top(name) != "db"
        and any(_top(i) in ("aiosqlite", "asyncpg") for i in imports_of(name, runtime_only=False))
    )
    assert not found, f"outside db/, these import a database driver: {found}"


@pytest.mark.parametrize(
    "text",
    [
        "SELECT week FROM summary_posts",
        "INSERT INTO stats VALUES (?)",
        "INSERT OR REPLACE INTO meta VALUES (?, ?)",
        "CREATE TABLE x (a)",
        "UPDATE guilds SET x = 1",
        "DELETE FROM stats",
        "PRAGMA user_version",
    ],
)
def test_the_sql_pattern_sees_sql(text: str) -> None:
    assert SQL.search(text)


@pytest.mark.parametrize(
    "text", ["Select a channel from the list", "please update your settings", "delete from here"]
)
def test_the_sql_pattern_leaves_prose_alone(text: str) -> None:
    assert not SQL.search(text)
