"""The invite URL asks for exactly the documented permissions."""

from __future__ import annotations

import discord
import pytest

from bot.cli.entry import main as cli_main
from bot.cli.invite import invite_url
from bot.discord.permissions import BY_FLAG as PERMISSION_REASONS
from bot.discord.permissions import invite_permissions as required_permissions


def test_permissions_are_exactly_the_documented_flags() -> None:
    perms = required_permissions()
    granted = {name for name, value in perms if value}  # view_channel is read_messages here
    assert granted == set(PERMISSION_REASONS) - {"view_channel"} | {"read_messages"}
    assert all(getattr(perms, name) for name in PERMISSION_REASONS)
    assert not perms.manage_messages and not perms.administrator and not perms.mention_everyone


def test_url_has_both_scopes_and_the_integer() -> None:
    url = invite_url(42)
    expected = discord.Permissions(
        view_channel=True,
        send_messages=True,
        send_messages_in_threads=True,
        embed_links=True,
        attach_files=True,
        add_reactions=True,
        read_message_history=True,
    ).value
    assert url == (
        "https://discord.com/oauth2/authorize?client_id=42"
        f"&scope=bot+applications.commands&permissions={expected}"
    )


def test_automod_invite_adds_only_manage_server() -> None:
    plain = required_permissions()
    automod = required_permissions(automod=True)
    assert automod.value == plain.value | discord.Permissions(manage_guild=True).value
    assert not automod.administrator and not automod.manage_messages
    assert f"permissions={automod.value}" in invite_url(42, automod=True)
    assert f"permissions={plain.value}" in invite_url(42)


def test_the_command_prints_the_automod_link_and_says_why(
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["invite", "--application-id", "1234", "--env-file", "/nonexistent", "--automod"]
    assert cli_main([*argv, "--explain"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith("&permissions=274878024800")  # the README's number
    assert any(line.startswith("  manage_guild: only with --automod") for line in out)
    assert cli_main([*argv[:-1], "--explain"]) == 0
    assert "manage_guild" not in capsys.readouterr().out
