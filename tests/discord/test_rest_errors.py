"""Discord errors become one clear log line per (guild, channel, reason)."""

from __future__ import annotations

import logging

import discord
import pytest

from bot.discord.rest_errors import ErrorReporter, describe


class _Response:
    """The two attributes discord.HTTPException reads from an aiohttp response."""

    def __init__(self, status: int) -> None:
        self.status = status
        self.reason = "test"


def http_error(status: int, code: int) -> discord.HTTPException:
    return discord.HTTPException(_Response(status), {"code": code, "message": "x"})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("status", "code", "expected"),
    [
        (403, 50013, "missing permission"),
        (403, 50001, "missing permission"),
        (403, 50007, "does not accept DMs"),
        (403, 90001, "has blocked the bot"),
        (404, 10003, "channel no longer exists"),
        (404, 10008, "message no longer exists"),
        (400, 50035, "HTTP 400 (code 50035)"),
    ],
)
def test_reasons_are_specific(status: int, code: int, expected: str) -> None:
    assert expected in describe(http_error(status, code), "send the nudge reply")


def test_logged_once_per_guild_channel_reason(caplog: pytest.LogCaptureFixture) -> None:
    reporter = ErrorReporter()
    with caplog.at_level(logging.DEBUG, logger="bot.discord.rest_errors"):
        for _ in range(3):
            reporter.report(http_error(403, 50013), "react", guild_id=1, channel_id=2)
        reporter.report(http_error(403, 50013), "react", guild_id=1, channel_id=3)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 2
    assert sum(r.levelno == logging.DEBUG for r in caplog.records) == 2
