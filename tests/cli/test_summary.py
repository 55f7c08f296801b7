"""`kindness-bot summary` renders from a real SQLite file without Discord."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.cli.entry import main
from bot.core.guild_settings import GuildSettings
from bot.core.stats.counters import StatRow
from db.database import Database

GUILD = 4242


def make_db(path: Path) -> None:
    async def fill() -> None:
        db = await Database.open(path)
        try:
            await db.save_guild_settings(GuildSettings(GUILD, summary_channel_id=7))
            await db.add_stats(
                [
                    StatRow(GUILD, "2026-11-09", 7, "seen", 1200),
                    StatRow(GUILD, "2026-11-10", 7, "flagged", 12),
                    StatRow(GUILD, "2026-11-10", 7, "category:insult", 12),
                    StatRow(GUILD, "2026-11-11", 0, "kind", 40),
                    StatRow(GUILD, "2026-11-12", 7, "reports", 1),
                    StatRow(GUILD, "2026-11-03", 7, "seen", 1000),
                ]
            )
        finally:
            await db.close()

    asyncio.run(fill())


def test_prints_the_summary_and_writes_the_chart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "k.db"
    make_db(db_path)
    out = tmp_path / "charts" / "w46.png"
    code = main(
        [
            "summary",
            "--guild",
            str(GUILD),
            "--week",
            "2026-w46",
            "--db",
            str(db_path),
            "--out",
            str(out),
        ]
    )
    assert code == 0
    assert out.read_bytes().startswith(b"\x89PNG")
    text = capsys.readouterr().out
    assert "#CreateKindness weekly summary · 9–15 November 2026" in text
    assert "Messages seen:\n  1,200 (▲ 20%)" in text
    assert "Hostile messages flagged:\n  12 (new this week)\n  1.0% of messages seen" in text
    assert "Reports to moderators:\n  <3 (new this week)" in text
    assert "channel 7: 12" in text
    assert "Week 2026-W46" in text


def test_default_week_and_database_path_from_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = tmp_path / "k.db"
    make_db(db_path)
    monkeypatch.chdir(tmp_path)  # no .env here
    monkeypatch.setenv("DATABASE_PATH", str(db_path))
    out = tmp_path / "latest.png"
    assert main(["summary", "--guild", str(GUILD), "--out", str(out)]) == 0
    assert out.is_file()
    assert "#CreateKindness weekly summary" in capsys.readouterr().out


@pytest.mark.parametrize("week", [None, "2026-W46"])
def test_a_server_without_data_is_an_error_not_an_all_zero_report(
    week: str | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "k.db"
    make_db(db_path)  # GUILD has data; 999 has none, 555 only has settings

    async def settings_only() -> None:
        db = await Database.open(db_path)
        try:
            await db.save_guild_settings(GuildSettings(555, summary_channel_id=7))
        finally:
            await db.close()

    asyncio.run(settings_only())
    out = tmp_path / "x.png"
    for guild in (999, 555):
        argv = ["summary", "--guild", str(guild), "--db", str(db_path), "--out", str(out)]
        assert main(argv + (["--week", week] if week else [])) == 1
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err.startswith(f"error: no data for server {guild} in {db_path}:")
        assert "nothing to summarise" in captured.err
        assert not out.exists()


def test_missing_database_is_an_error_not_a_new_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.db"
    code = main(["summary", "--guild", "1", "--db", str(missing), "--out", str(tmp_path / "x.png")])
    assert code == 2
    assert not missing.exists()
    assert "no database" in capsys.readouterr().err


def test_bad_week_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["summary", "--guild", "1", "--week", "46", "--out", str(tmp_path / "x.png")])
    assert exc.value.code == 2
    assert "2026-W07" in capsys.readouterr().err
