"""`kindness-bot run` and `invite`: clear messages and exit codes, clean shutdown on signals."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from bot.cli.common import ExitCode
from bot.cli.entry import main as cli_main
from bot.cli.run import run_bot
from bot.config import AppConfig
from bot.core.scoring import BUILD as SCORER_BUILD
from tests.e2e.kindness_harness import (
    bot_process,
    db_totals,
    member,
    server,
    stop_process,
    wait_nudge,
)
from tests.fakediscord import FakeDiscord, point_discord_at


def test_run_without_a_token_explains_how_to_get_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    code = cli_main(["run", "--env-file", str(tmp_path / "missing.env")])
    err = capsys.readouterr().err
    assert code == ExitCode.CONFIG
    assert int(code) == 2  # documented in the README
    assert "DISCORD_TOKEN" in err and "discord.com/developers/applications" in err
    assert "Traceback" not in err


def test_run_with_a_malformed_setting_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("DISCORD_TOKEN=abc\nKINDNESS_FLUSH_SECONDS=soon\n")
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    monkeypatch.delenv("KINDNESS_FLUSH_SECONDS", raising=False)
    assert cli_main(["run", "--env-file", str(env_file)]) == ExitCode.CONFIG
    assert "KINDNESS_FLUSH_SECONDS must be a number" in capsys.readouterr().err


async def test_message_content_intent_off_gives_portal_directions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    async with FakeDiscord(allowed_privileged_intents=0) as fake:
        undo = point_discord_at(fake)
        try:
            config = AppConfig(discord_token=fake.token, database_path=tmp_path / "k.db")
            code = await run_bot(config, fake.token, guild_ready_timeout=0.1)
        finally:
            undo()
    err = capsys.readouterr().err
    assert code == ExitCode.INTENTS
    assert "Privileged Gateway Intents" in err and "Message Content Intent" in err


async def test_a_rejected_token_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    async with FakeDiscord(token="the-real-one") as fake:
        undo = point_discord_at(fake)
        try:
            config = AppConfig(discord_token="a-wrong-one", database_path=tmp_path / "k.db")
            code = await run_bot(config, "a-wrong-one")
        finally:
            undo()
    assert code == ExitCode.LOGIN
    assert "rejected the token" in capsys.readouterr().err


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
async def test_signal_flushes_stats_and_exits_cleanly(
    fake_discord: FakeDiscord, tmp_path: Path, sig: signal.Signals
) -> None:
    guild, general = server(fake_discord)
    alice = member(fake_discord, guild, "alice")
    db_path = tmp_path / "k.db"
    # A flush interval far longer than the test: only the shutdown flush can write.
    async with bot_process(
        fake_discord, db_path, tmp_path / "bot.log", KINDNESS_FLUSH_SECONDS="60"
    ) as process:
        for i in range(20):
            await fake_discord.send_message(general, alice.id, f"hello number {i}")
        flagged = await fake_discord.send_message(general, alice.id, "you idiot")
        await wait_nudge(fake_discord, general, to=flagged)
        assert await stop_process(process, sig) == ExitCode.OK
    stats = db_totals(db_path, guild.id)
    assert stats["seen"] == 21 and stats["flagged"] == 1 and stats["nudge:reply"] == 1
    log = (tmp_path / "bot.log").read_text()
    assert "Traceback" not in log and "stats flushed and database closed" in log
    # Which scorer ran, said once at start: the tests' choice (tests/conftest.py).
    assert log.count(f"bot.cli.run: {SCORER_BUILD.describe()}") == 1


def test_invite_prints_both_scopes_and_the_minimal_permissions(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli_main(["invite", "--application-id", "1234", "--env-file", "/nonexistent"]) == 0
    url = capsys.readouterr().out.strip()
    assert url == (
        "https://discord.com/oauth2/authorize?client_id=1234"
        "&scope=bot+applications.commands&permissions=274878024768"
    )


def test_invite_without_an_id_says_where_to_find_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("KINDNESS_APPLICATION_ID", raising=False)
    assert cli_main(["invite", "--env-file", "/nonexistent"]) == 2
    assert "General Information" in capsys.readouterr().err
