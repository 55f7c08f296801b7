"""A DiscordChatExporter JSON export, read in chunks: one message in memory at a time.

An export of a busy channel runs to gigabytes, so `json.load` is out. The file is one
object (`guild`, `channel`, `dateRange`, ..., `messages: [...]`, `messageCount`);
`JsonStream` walks its top level by hand and hands each small value, and each
element of `messages`, to `json.JSONDecoder.raw_decode` on a buffer that holds
little more than one chunk. A value cut by a chunk's end fails to decode there: the
buffer grows by a chunk and it is decoded again, so strings holding brackets,
braces or escaped quotes, and keys in any order, need no special care.

`ExportReader` gives the header first (the channel decides which settings apply),
then the messages. DiscordChatExporter writes the header first; when a file has
`messages` before `guild` or `channel`, a first pass reads the header past them
and a second pass streams them.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, NoReturn

CHUNK_SIZE = 1 << 20
MAX_VALUE_CHARS = 64 << 20
"""A single value (one message, the header's parts) larger than this is refused."""
TAIL = 16
"""A decoding error this close to the buffer's end may be a value cut by the chunk."""
HEADER_KEYS = ("guild", "channel")
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()

Progress = Callable[[int], None]
"""Called with the bytes read so far."""


class ExportError(Exception):
    """The file cannot be read as a DiscordChatExporter JSON export; says why in a sentence."""


class TruncatedExportError(ExportError):
    """The file ends in the middle: everything before the break was read."""


class JsonStream:
    """The events of one pass over the file's top-level object.

    `events()` yields `(key, value)` for each top-level key except `messages`, and
    `("message", value)` for each element of `messages`, in file order.
    """

    def __init__(
        self, stream: BinaryIO, *, chunk_size: int = CHUNK_SIZE, progress: Progress | None = None
    ) -> None:
        self._stream = stream
        self._chunk_size = chunk_size
        self._progress = progress
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self._text = ""
        self._pos = 0
        self._dropped = 0  # characters consumed and dropped before _text[0]
        self._eof = False
        self.bytes_read = 0

    @property
    def offset(self) -> int:
        """Characters consumed from the start of the file."""
        return self._dropped + self._pos

    def events(self) -> Iterator[tuple[str, Any]]:
        first = self._peek()
        if first != "{":
            while len(self._text) - self._pos < 40 and not self._eof:
                self._fill()  # enough of the start to tell CSV from other text
            raise ExportError(_not_an_object(first, self._text[self._pos : self._pos + 40]))
        self._pos += 1
        seen_messages = False
        if self._next() != "}":
            while True:
                key = self._key()
                if key == "messages" and self._next() == "[":
                    seen_messages = True
                    self._pos += 1
                    yield from self._elements()
                else:
                    yield key, self._value()
                following = self._next()
                if following == "}":
                    break
                if following != ",":
                    self._fail("a missing comma between two keys")
                self._pos += 1
        self._pos += 1
        if self._peek() != "":
            self._fail("more data after the export's last brace")
        if not seen_messages:
            raise ExportError(
                'it has no "messages" list, so it is not a DiscordChatExporter JSON export'
            )

    def _elements(self) -> Iterator[tuple[str, Any]]:
        if self._next() == "]":
            self._pos += 1
            return
        while True:
            yield "message", self._value()
            following = self._next()
            if following == "]":
                self._pos += 1
                return
            if following != ",":
                self._fail("a missing comma between two messages")
            self._pos += 1

    def _key(self) -> str:
        if self._next() != '"':
            self._fail("a key that is not a string")
        key = self._value()
        if self._next() != ":":
            self._fail("a key without a colon")
        self._pos += 1
        assert isinstance(key, str)  # a value that starts with a quote is a string
        return key

    def _value(self) -> Any:
        """The next JSON value, decoded whole; reads more while it is cut off."""
        while True:
            self._next()
            try:
                value, end = _DECODER.raw_decode(self._text, self._pos)
            except json.JSONDecodeError as exc:
                cut = exc.msg.startswith("Unterminated string") or exc.pos >= len(self._text) - TAIL
                if not cut:
                    self._fail(exc.msg.lower(), at=self._dropped + exc.pos)
                if self._eof:
                    self._truncated()
                if len(self._text) - self._pos > MAX_VALUE_CHARS:
                    self._fail(f"a single value larger than {MAX_VALUE_CHARS >> 20} MiB")
                self._fill()
                continue
            if end == len(self._text) and not self._eof and not isinstance(value, dict | list):
                self._fill()  # a number or string at the very end may go on in the next chunk
                continue
            self._pos = end
            return value

    def _next(self) -> str:
        """The next character that is not whitespace (not consumed); the file must go on."""
        following = self._peek()
        if following == "":
            self._truncated()
        return following

    def _peek(self) -> str:
        """The next character that is not whitespace (not consumed); "" at the end of the file."""
        while True:
            space = _WHITESPACE.match(self._text, self._pos)
            if space is not None:  # always: the pattern matches the empty string
                self._pos = space.end()
            if self._pos < len(self._text):
                return self._text[self._pos]
            if self._eof:
                return ""
            self._fill()

    def _fill(self) -> None:
        """Drop what was consumed and append the next chunk (the end of the file at the end)."""
        self._dropped += self._pos
        self._text = self._text[self._pos :]
        self._pos = 0
        chunk = self._stream.read(self._chunk_size)
        self.bytes_read += len(chunk)
        try:
            self._text += self._decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            where = self.bytes_read - len(chunk) + exc.start
            raise ExportError(
                f"it is not UTF-8 text (byte {where:,}); DiscordChatExporter writes UTF-8 JSON"
            ) from None
        self._eof = not chunk
        if self._progress is not None:
            self._progress(self.bytes_read)

    def _fail(self, what: str, *, at: int | None = None) -> NoReturn:
        where = (self.offset if at is None else at) + 1  # counted from 1, as editors do
        raise ExportError(f"it is not valid JSON: {what} at character {where:,}")

    def _truncated(self) -> NoReturn:
        raise TruncatedExportError(f"it ends early, cut off at byte {self.bytes_read:,}")


def _not_an_object(first: str, start: str) -> str:
    """Why a file that does not start with `{` is not an export, in the user's terms."""
    if first == "":
        return "it is empty"
    if first == "[":
        return (
            'it is a JSON list; a DiscordChatExporter export is one object with a "messages" list'
        )
    if first == "<":
        return "it looks like HTML: export the channel as JSON (DiscordChatExporter --format Json)"
    if start.startswith("AuthorID"):
        return "it looks like CSV: export the channel as JSON (DiscordChatExporter --format Json)"
    return "it is not JSON"


class ExportReader:
    """The header of an export, then its messages, streamed from the file."""

    def __init__(
        self, path: Path, *, chunk_size: int = CHUNK_SIZE, progress: Progress | None = None
    ) -> None:
        self.path = path
        self.size = path.stat().st_size
        self.chunk_size = chunk_size
        self.progress = progress
        self.header: dict[str, Any] = {}
        self.passes = 0
        self._pending: Iterator[tuple[str, Any]] | None = None
        self._first: Any = None
        self._stream: JsonStream | None = None

    def read_header(self) -> dict[str, Any]:
        """Every top-level value but the messages; stops at the first message when it can."""
        events = self._open()
        for key, value in events:
            if key == "message":
                if all(k in self.header for k in HEADER_KEYS):
                    self._pending, self._first = events, value
                    return self.header
                continue  # a header key after the messages: read on, replay in a second pass
            self.header[key] = value
        return self.header

    def messages(self) -> Iterator[Any]:
        """Each element of `messages`, in order; header keys after them join `header`."""
        if self._pending is not None:
            events, self._pending = self._pending, None
            yield self._first
        else:
            events = self._open()
        for key, value in events:
            if key == "message":
                yield value
            else:
                self.header[key] = value

    @property
    def bytes_read(self) -> int:
        return 0 if self._stream is None else self._stream.bytes_read

    def _open(self) -> Iterator[tuple[str, Any]]:
        self.passes += 1
        with self.path.open("rb") as raw:
            self._stream = JsonStream(raw, chunk_size=self.chunk_size, progress=self.progress)
            yield from self._stream.events()
