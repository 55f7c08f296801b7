"""What the bot asked the fake for: every REST request, kept in order and awaitable.

Tests assert on the wire (method, route, JSON body, files, audit-log reason), so the
record keeps all of it. Waiting is event-driven (futures resolved as requests arrive),
never a sleep loop.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote


@dataclass(frozen=True)
class RecordedFile:
    """One file part of a multipart request."""

    field_name: str
    filename: str
    size: int
    content_type: str


@dataclass(frozen=True)
class RecordedRequest:
    """One REST request the client made, and the status the fake answered."""

    method: str
    path: str
    """Path below the API base, e.g. `/channels/123/messages`."""
    route: str
    """Route template, e.g. `/channels/{channel_id}/messages` (the path itself if unknown)."""
    params: Mapping[str, str]
    query: Mapping[str, str]
    json: Any
    """The JSON body, or the parsed `payload_json` of a multipart body; None if empty."""
    files: tuple[RecordedFile, ...]
    headers: Mapping[str, str]
    status: int = 0
    response: Any = field(default=None, compare=False)
    received_at: float = 0.0
    """`time.perf_counter()` when the fake got the request (for latency measurements)."""

    @property
    def reason(self) -> str | None:
        """The X-Audit-Log-Reason header, unquoted."""
        value = self.headers.get("X-Audit-Log-Reason")
        return None if value is None else unquote(value)

    def matches(self, method: str, route: str | re.Pattern[str]) -> bool:
        """True for this method and a route template, a concrete path, or a regex on the path."""
        if method.upper() != self.method:
            return False
        if isinstance(route, re.Pattern):
            return route.fullmatch(self.path) is not None
        return route in (self.route, self.path)


RequestPredicate = Callable[[RecordedRequest], bool]


class RequestLog:
    """An append-only list of requests with awaitable predicates."""

    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self._waiters: list[tuple[RequestPredicate, asyncio.Future[RecordedRequest]]] = []

    def add(self, request: RecordedRequest) -> None:
        self.requests.append(request)
        still_waiting = []
        for predicate, future in self._waiters:
            if future.done():
                continue
            if predicate(request):
                future.set_result(request)
            else:
                still_waiting.append((predicate, future))
        self._waiters = still_waiting

    def find(self, predicate: RequestPredicate, *, start: int = 0) -> list[RecordedRequest]:
        return [r for r in self.requests[start:] if predicate(r)]

    async def wait_for(
        self,
        predicate: RequestPredicate,
        *,
        timeout: float = 5.0,  # noqa: ASYNC109 - a deadline is the API tests want
        start: int = 0,
    ) -> RecordedRequest:
        """The first request from index `start` on matching `predicate`, waiting if needed."""
        for request in self.requests[start:]:
            if predicate(request):
                return request
        future: asyncio.Future[RecordedRequest] = asyncio.get_running_loop().create_future()
        self._waiters.append((predicate, future))
        try:
            return await asyncio.wait_for(future, timeout)
        except TimeoutError:
            seen = "\n".join(f"  {r.method} {r.path} -> {r.status}" for r in self.requests[-20:])
            raise AssertionError(
                f"no matching request within {timeout}s; last requests:\n{seen or '  (none)'}"
            ) from None


@dataclass
class FailureRule:
    """An injected 4xx answer for matching requests, `times` times (None: forever)."""

    method: str
    route: str | re.Pattern[str]
    status: int
    code: int
    message: str
    times: int | None
    when: RequestPredicate | None = None
    retry_after: float | None = None
    """For a 429: the seconds Discord asks the client to wait (sent in body and headers)."""

    def applies(self, request: RecordedRequest) -> bool:
        if self.times is not None and self.times <= 0:
            return False
        if not request.matches(self.method, self.route):
            return False
        return self.when is None or self.when(request)

    def consume(self) -> None:
        if self.times is not None:
            self.times -= 1


def error_body(status: int, code: int, message: str) -> dict[str, Any]:
    """Discord's error JSON shape, as discord.HTTPException parses it."""
    return {"message": message or f"{status}: error", "code": code}


class HeldRoute:
    """Matching requests wait at the fake until `release()`: a Discord that is slow to
    answer, for tests that stop the bot while a request is in flight.

    `arrived` holds each request that reached the fake (before any answer); after
    `release(answer=True)` they are handled normally, as Discord finishes a request
    it received even when the client is gone. `answer=False` drops them (400) unhandled.
    """

    def __init__(self, method: str, route: str | re.Pattern[str]) -> None:
        self.method = method.upper()
        self.route = route
        self.arrived: list[RecordedRequest] = []
        self._arrival = asyncio.Event()
        self._released = asyncio.Event()
        self.answer = True

    def applies(self, request: RecordedRequest) -> bool:
        return not self._released.is_set() and request.matches(self.method, self.route)

    async def hold(self, request: RecordedRequest) -> bool:
        """Wait for the release; True to answer the request normally."""
        self.arrived.append(request)
        self._arrival.set()
        await self._released.wait()
        return self.answer

    async def wait_arrival(self, timeout: float = 10.0) -> RecordedRequest:  # noqa: ASYNC109
        await asyncio.wait_for(self._arrival.wait(), timeout)
        return self.arrived[0]

    def release(self, *, answer: bool = True) -> None:
        self.answer = answer
        self._released.set()
