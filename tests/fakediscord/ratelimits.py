"""Discord's rate limits, as the fake enforces them: per-route buckets and a global limit.

Off unless a test passes `FakeDiscord(rate_limits=RateLimits(...))`, so tests that are
not about rate limits never wait on one. Like Discord, every answer on a limited route
carries the `X-RateLimit-*` headers discord.py reads, and a 429 carries `retry_after`
in its JSON body, `Retry-After`, and a `Via` header (discord.py treats a 429 without
`Via` as a Cloudflare ban). Buckets are per route template and major parameter
(channel, guild, webhook), the way Discord splits them.
"""

from __future__ import annotations

import math
import time
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

MAJOR_PARAMETERS = ("channel_id", "guild_id", "webhook_id")
VIA = "1.1 google"


@dataclass(frozen=True)
class RateLimits:
    """How many requests a bucket allows per window, and the global per-second limit."""

    per_route: int = 5
    window: float = 5.0
    global_per_second: int = 50


@dataclass
class _Bucket:
    started: float
    used: int = 0


@dataclass(frozen=True)
class Verdict:
    """The limiter's answer: headers for any response, and a 429 body when limited."""

    headers: Mapping[str, str]
    limited: Mapping[str, object] | None = None


@dataclass
class RateLimiter:
    """Counts requests per bucket and globally; `clock` is injectable for unit tests."""

    limits: RateLimits
    clock: Callable[[], float] = time.monotonic
    _buckets: dict[tuple[str, str, str], _Bucket] = field(default_factory=dict)
    _global: _Bucket | None = None

    def check(
        self, method: str, template: str, params: Mapping[str, str], *, authenticated: bool
    ) -> Verdict:
        """Count one request; a `limited` body means answer 429 instead of handling it."""
        now = self.clock()
        if authenticated:
            limited = self._global_limit(now)
            if limited is not None:
                return limited
        major = next((params[p] for p in MAJOR_PARAMETERS if p in params), "")
        key = (method, template, major)
        bucket = self._buckets.get(key)
        if bucket is None or now - bucket.started >= self.limits.window:
            bucket = self._buckets[key] = _Bucket(now)
        reset_after = max(0.001, bucket.started + self.limits.window - now)
        headers = {
            "X-RateLimit-Limit": str(self.limits.per_route),
            "X-RateLimit-Reset-After": f"{reset_after:.3f}",
            "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}",
            "X-RateLimit-Bucket": f"{zlib.crc32(f'{method} {template}'.encode()):08x}",
        }
        if bucket.used >= self.limits.per_route:
            headers |= {
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Scope": "user",
                "Retry-After": str(math.ceil(reset_after)),
                "Via": VIA,
            }
            body = {
                "message": "You are being rate limited.",
                "retry_after": round(reset_after, 3),
                "global": False,
                "code": 0,
            }
            return Verdict(headers, body)
        bucket.used += 1
        headers["X-RateLimit-Remaining"] = str(self.limits.per_route - bucket.used)
        return Verdict(headers)

    def _global_limit(self, now: float) -> Verdict | None:
        bucket = self._global
        if bucket is None or now - bucket.started >= 1.0:
            bucket = self._global = _Bucket(now)
        if bucket.used < self.limits.global_per_second:
            bucket.used += 1
            return None
        retry_after = max(0.001, bucket.started + 1.0 - now)
        headers = {
            "X-RateLimit-Global": "true",
            "X-RateLimit-Scope": "global",
            "Retry-After": str(math.ceil(retry_after)),
            "Via": VIA,
        }
        body = {
            "message": "You are being rate limited.",
            "retry_after": round(retry_after, 3),
            "global": True,
            "code": 0,
        }
        return Verdict(headers, body)


def storm_answer(retry_after: float) -> tuple[dict[str, str], dict[str, object]]:
    """Headers and body of an injected 429 (a route held for `retry_after` seconds)."""
    headers = {
        "X-RateLimit-Limit": "5",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset-After": f"{retry_after:.3f}",
        "X-RateLimit-Reset": f"{time.time() + retry_after:.3f}",
        "X-RateLimit-Scope": "user",
        "Retry-After": str(math.ceil(retry_after)),
        "Via": VIA,
    }
    body: dict[str, object] = {
        "message": "You are being rate limited.",
        "retry_after": retry_after,
        "global": False,
        "code": 0,
    }
    return headers, body
