"""The fake Discord, assertions and failure injection: recorded requests, waits, injected
failures, held routes, rate limits.
"""

from __future__ import annotations

import re

from tests.fakediscord import interactions as ix
from tests.fakediscord.kinds import JSON
from tests.fakediscord.ratelimits import RateLimiter, RateLimits
from tests.fakediscord.records import (
    FailureRule,
    HeldRoute,
    RecordedRequest,
    RequestPredicate,
)


class ControlsMixin:
    """Part of `FakeDiscord`: assertions and failure injection."""

    @property
    def requests(self) -> list[RecordedRequest]:
        return self.log.requests

    def find_requests(
        self, method: str, route: str | re.Pattern[str], *, start: int = 0
    ) -> list[RecordedRequest]:
        """Recorded requests by method and route template, concrete path or path regex."""
        return self.log.find(lambda r: r.matches(method, route), start=start)

    async def wait_for(
        self,
        predicate: RequestPredicate,
        *,
        timeout: float = 5.0,  # noqa: ASYNC109 - a deadline is the API tests want
        start: int = 0,
    ) -> RecordedRequest:
        """The first recorded request (from index `start`) matching `predicate`, awaited."""
        return await self.log.wait_for(predicate, timeout=timeout, start=start)

    async def wait_for_request(
        self,
        method: str,
        route: str | re.Pattern[str],
        *,
        where: RequestPredicate | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109 - a deadline is the API tests want
        start: int = 0,
    ) -> RecordedRequest:
        """Wait for a request by method and route template / concrete path / path regex."""
        return await self.log.wait_for(
            lambda r: r.matches(method, route) and (where is None or where(r)),
            timeout=timeout,
            start=start,
        )

    async def wait_for_response(
        self,
        sent: ix.SentInteraction,
        *,
        timeout: float = 5.0,  # noqa: ASYNC109 - a deadline is the API tests want
    ) -> RecordedRequest:
        """The bot's callback for an interaction the fake sent."""
        return await self.wait_for_request("POST", sent.callback_path, timeout=timeout)

    async def wait_for_connection(
        self,
        count: int = 1,
        *,
        timeout: float = 10.0,  # noqa: ASYNC109 - a deadline is the API tests want
    ) -> None:
        """Wait until `count` gateway IDENTIFYs have been answered with READY + guilds."""
        await self.gateway.wait_for_sessions(count, timeout=timeout)

    def fail(
        self,
        method: str,
        route: str | re.Pattern[str],
        *,
        status: int = 403,
        code: int = 50013,
        message: str = "Missing Permissions",
        times: int | None = 1,
        when: RequestPredicate | None = None,
        retry_after: float | None = None,
    ) -> FailureRule:
        """Answer the next `times` matching requests (None: all) with a 4xx error.

        A 429 is answered the way Discord does it: `retry_after` (default 1 s) in the JSON
        body, `Retry-After` and `X-RateLimit-*` headers, and `Via` (see `ratelimits`).
        """
        if not 400 <= status < 500:
            raise ValueError("only 4xx failures: discord.py retries 5xx with sleeps")
        rule = FailureRule(method.upper(), route, status, code, message, times, when, retry_after)
        self.failure_rules.append(rule)
        return rule

    def hold(self, method: str, route: str | re.Pattern[str]) -> HeldRoute:
        """Keep matching requests waiting until the returned `HeldRoute` is released."""
        held = HeldRoute(method, route)
        self.held_routes.append(held)
        return held

    def enforce_rate_limits(self, limits: RateLimits | None) -> None:
        """Turn Discord's per-route and global rate limits on (None: off again)."""
        self.rate_limiter = RateLimiter(limits) if limits is not None else None

    def interaction_messages(self, sent: ix.SentInteraction) -> list[JSON]:
        """Messages (response and followups, ephemeral or not) the bot sent for an interaction."""
        return [
            m
            for m in self.messages.values()
            if (m.get("interaction_metadata") or {}).get("id") == str(sent.id)
        ]

    def summary(self) -> str:
        """A short multi-line account of requests, for assertion messages."""
        return "\n".join(f"{r.method} {r.path} -> {r.status}" for r in self.requests)
