"""The error handler's wording for errors the e2e tests cannot easily provoke."""

from __future__ import annotations

import logging
import re

import pytest
from discord import app_commands

from bot.discord.interaction_errors import FriendlyError, error_message


def test_missing_permissions_are_named_readably() -> None:
    user = error_message(app_commands.MissingPermissions(["manage_guild", "manage_messages"]))
    assert user == "You need the **Manage Server, Manage Messages** permission to use this."
    bot = error_message(app_commands.BotMissingPermissions(["send_messages"]))
    assert bot.startswith("I am missing the **Send Messages** permission here.")


def test_simple_refusals() -> None:
    assert error_message(FriendlyError("Nope, because.")) == "Nope, because."
    assert "only inside a server" in error_message(app_commands.NoPrivateMessage())
    assert error_message(app_commands.CheckFailure()) == "You cannot use this here."


def test_unexpected_errors_get_a_fresh_logged_code(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, logger="bot.discord.interaction_errors"):
        first = error_message(ValueError("secret detail"))
        second = error_message(ValueError("secret detail"))
    codes = []
    for answer in (first, second):
        match = re.search(r"`([0-9a-f]{8})`", answer)
        assert match is not None, answer
        codes.append(match.group(1))
    assert codes[0] != codes[1]
    assert "secret detail" not in first
    assert [r.getMessage() for r in caplog.records] == [
        f"unexpected error in an interaction (code {code})" for code in codes
    ]
