"""The streaming export reader: any chunk boundary, tricky strings, keys in any order, bad files."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from bot.cli import export_reader
from bot.cli.export_reader import ExportError, ExportReader, JsonStream, TruncatedExportError

TRICKY: dict[str, Any] = {
    "guild": {"id": "1", "name": 'brackets ]}"{[ and a \\ backslash'},
    "channel": {"id": "2", "type": "GuildTextChat", "name": '"quoted" {chan}'},
    "messages": [
        {"id": "10", "content": 'he said "}]" then \\" and ,:', "n": 1234567890123},
        {"id": "11", "content": "ünïcödé 😀 \u200b\u202e ok", "x": [1, 2.5e-3, {"a": "]"}]},
        {"content": "keys in another order", "id": "12", "f": False, "t": True, "z": None},
        {"id": "13", "content": "😀 (an escaped pair in ASCII JSON) and \\u0041 literal"},
    ],
    "messageCount": 4,
    "after": {"k": [[], {}, "", -0.0]},
}


def events(raw: bytes, chunk_size: int) -> list[tuple[str, Any]]:
    return list(JsonStream(io.BytesIO(raw), chunk_size=chunk_size).events())


def expected(doc: dict[str, Any]) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for key, value in doc.items():
        if key == "messages":
            out += [("message", m) for m in value]
        else:
            out.append((key, value))
    return out


@pytest.mark.parametrize("indent", [None, 2])
@pytest.mark.parametrize("ascii_only", [True, False])
def test_every_chunk_size_gives_the_same_events(indent: int | None, ascii_only: bool) -> None:
    raw = json.dumps(TRICKY, indent=indent, ensure_ascii=ascii_only).encode()
    want = expected(json.loads(raw))
    for chunk_size in [*range(1, 64), 97, 1000, len(raw), len(raw) + 1]:
        assert events(raw, chunk_size) == want, chunk_size


def test_a_byte_order_mark_and_surrounding_whitespace_are_fine() -> None:
    raw = b"\xef\xbb\xbf \n\t" + json.dumps(TRICKY).encode() + b"\r\n\n"
    assert events(raw, 5) == expected(TRICKY)


def test_a_number_cut_by_the_chunk_is_read_whole() -> None:
    raw = b'{"messages": [], "messageCount": 1234567890}'
    for chunk_size in range(1, len(raw) + 1):
        assert events(raw, chunk_size)[-1] == ("messageCount", 1234567890)


@pytest.mark.parametrize("chunk_size", [1, 3, 16, 4096])
def test_every_cut_is_reported_as_truncated(chunk_size: int) -> None:
    raw = json.dumps(TRICKY, indent=2).encode()
    for cut in range(1, len(raw) - 1):  # the last byte is the closing brace
        stream = JsonStream(io.BytesIO(raw[:cut]), chunk_size=chunk_size)
        got: list[tuple[str, Any]] = []
        with pytest.raises(TruncatedExportError):
            got.extend(stream.events())
        # everything before the break came out whole
        assert got == expected(TRICKY)[: len(got)]


def test_a_syntax_error_stops_at_once_without_reading_the_rest() -> None:
    bad = b'{"messages": [{"id": "1"}, {"id": x}, ' + b'{"id": "2"}, ' * 50_000 + b"{}]}"
    stream = JsonStream(io.BytesIO(bad), chunk_size=1024)
    got: list[tuple[str, Any]] = []
    with pytest.raises(ExportError, match="not valid JSON: expecting value at character 35"):
        got.extend(stream.events())
    assert got == [("message", {"id": "1"})]
    assert stream.bytes_read <= 2048


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "it is empty"),
        (b"   \n", "it is empty"),
        (b"[1, 2]", "JSON list"),
        (b"<!DOCTYPE html><html>", "looks like HTML"),
        (b"AuthorID,Author,Date,Content\n1,a,b,c", "looks like CSV"),
        (b"hello", "it is not JSON"),
        (b'{"guild": {}}', 'no "messages" list'),
        (b'{"messages": [1] "x": 2}', "missing comma between two keys"),
        (b'{"messages": [1 2]}', "missing comma between two messages"),
        (b'{"messages": [1], }', "a key that is not a string"),
        (b'{"messages" []}', "a key without a colon"),
        (b'{"messages": []} {}', "more data after"),
        (b'{"messages": ["\xff"]}', "not UTF-8 text"),
    ],
)
def test_bad_files_say_why(raw: bytes, reason: str) -> None:
    with pytest.raises(ExportError, match=reason):
        events(raw, 4)


def test_a_huge_single_value_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export_reader, "MAX_VALUE_CHARS", 100)
    raw = b'{"messages": ["' + b"a" * 1000 + b'"]}'
    with pytest.raises(ExportError, match="larger than"):
        events(raw, 16)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_the_reader_stops_at_the_first_message_when_the_header_came_first(tmp_path: Path) -> None:
    path = write(tmp_path / "e.json", json.dumps(TRICKY))
    reader = ExportReader(path, chunk_size=7)
    header = reader.read_header()
    assert header["guild"] == TRICKY["guild"] and "messageCount" not in header
    assert list(reader.messages()) == TRICKY["messages"]
    assert reader.header["messageCount"] == 4 and reader.passes == 1


def test_messages_before_the_header_take_a_second_pass(tmp_path: Path) -> None:
    doc = {"messages": TRICKY["messages"], "channel": TRICKY["channel"], "guild": TRICKY["guild"]}
    path = write(tmp_path / "e.json", json.dumps(doc, indent=1))
    reader = ExportReader(path, chunk_size=5)
    assert reader.read_header() == {"channel": doc["channel"], "guild": doc["guild"]}
    assert list(reader.messages()) == TRICKY["messages"]
    assert reader.passes == 2


def test_progress_reports_the_bytes_read(tmp_path: Path) -> None:
    path = write(tmp_path / "e.json", json.dumps(TRICKY))
    seen: list[int] = []
    reader = ExportReader(path, chunk_size=50, progress=seen.append)
    reader.read_header()
    list(reader.messages())
    assert seen == sorted(seen) and seen[-1] == path.stat().st_size
