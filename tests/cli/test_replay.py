"""`kindness-bot replay`: the report, --show, --jsonl, --chart, settings, and bad exports."""

from __future__ import annotations

import asyncio
import io
import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.cli.entry import main
from bot.cli.progress import ProgressBar
from bot.core.guild_settings import GuildSettings
from db.database import Database
from tests.cli.dce_export import CHANNEL_ID, GUILD_ID, START, header, message, user, write_export

ALICE, BOB = user(801), user(802)


def at(minutes: float) -> datetime:
    return START + timedelta(minutes=minutes)


def small_export(path: Path, **top: Any) -> Path:
    """Three days; alice is hostile three times in ten minutes, bob is kind, a bot and a join."""
    messages = [
        message(1, at(0), ALICE, "you are such an idiot"),
        message(2, at(1), ALICE, "you are such an idiot"),  # cooldown
        message(3, at(2), BOB, "thanks so much, you're awesome"),
        message(4, at(3), user(9, bot=True), "you are such an idiot"),
        message(5, at(4), BOB, "Joined the server.", kind="GuildMemberJoin"),
        message(6, at(9), ALICE, "i will find you and hurt you"),  # high: alert; 3rd flag
        message(7, at(60 * 24), BOB, "that was fucking awesome"),
        message(8, at(60 * 48), BOB, "sei un idiota \x1b[31m\u202e", mentions=[ALICE]),
        message(9, at(60 * 48 + 1), ALICE, ""),
    ]
    write_export(path, messages, top={**header(), **top})
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["replay", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_report_counts_what_the_bot_would_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, str(small_export(tmp_path / "e.json")))
    assert code == 0 and err == ""
    assert "Replay of channel #general in Test Server, with a new server's default settings" in out
    assert "threshold 0.5, languages en,it, cooldown 300 s, delivery reply" in out
    assert "9 messages from 2026-11-01 to 2026-11-03 (UTC): 6 scored, 3 left alone" in out
    assert "(1 from bots or webhooks, 1 system messages, 1 without text)" in out
    lines = out.splitlines()
    table = lines[lines.index(next(line for line in lines if line.startswith("day (UTC)"))) :][:5]
    assert [line.split() for line in table[1:]] == [
        ["2026-11-01", "4", "3", "2", "1", "1"],
        ["2026-11-02", "1", "0", "0", "0", "0"],
        ["2026-11-03", "1", "1", "1", "0", "0"],
        ["total", "6", "4", "3", "1", "1"],
    ]
    assert "Flagged: 4 (66.7% of scored)" in out
    assert "by severity: high 1, medium 0, low 3" in out
    assert "Nudges: 3 by reply; 1 flagged messages fell in the author's cooldown" in out
    assert "Alerts to moderators: 1 posted (high severity 1 messages), 0 more folded" in out
    assert "No alert channel is set" in out
    assert "Kindness moments: 1" in out
    # the report never quotes a message
    assert "idiot" not in out and "awesome" not in out


def test_show_lists_each_flagged_message_with_its_explanation_made_safe(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, str(small_export(tmp_path / "e.json")), "--show")
    assert code == 0
    shown = out.split("Replay of channel")[0]
    assert shown.count("why: ") == 4
    assert "User 801  [low] insult (score 0.70) -> nudge (reply)" in shown
    assert "-> no nudge (cooldown)" in shown
    assert "[high] threat" in shown and "new alert (high severity)" in shown
    assert "> i will find you and hurt you" in shown
    assert "why: insult aimed at the reader (second person): 'idiot'" in shown
    assert "awesome" not in shown
    # terminal control characters are printed as escapes, never sent to the terminal
    assert "\x1b" not in out and "\u202e" not in out
    assert "sei un idiota \\x1b[31m\\u202e" in shown


def test_jsonl_gives_every_message_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, str(small_export(tmp_path / "e.json")), "--jsonl")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["id"] for line in lines] == [str(i) for i in range(1, 10)]
    assert [line.get("skipped") for line in lines] == [
        None, None, None, "bot", "system", None, None, None, "empty",
    ]  # fmt: skip
    first, second, kind, high = lines[0], lines[1], lines[2], lines[5]
    assert first["hostile"] and first["nudge"] == "reply" and not first["cooldown"]
    assert second["nudge"] is None and second["cooldown"]
    assert kind["kind"] and not kind["hostile"]
    assert high["alert"] == "high severity" and high["severity"] == "high"
    assert first["timestamp"] == "2026-11-01T08:00:00+00:00"


def test_chart_is_a_png(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "charts" / "replay.png"
    code, out, _ = run(capsys, str(small_export(tmp_path / "e.json")), "--chart", str(out_file))
    assert code == 0 and f"chart written to {out_file}" in out
    assert out_file.read_bytes().startswith(b"\x89PNG")


def test_options_change_the_settings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export = small_export(tmp_path / "e.json")
    code, out, _ = run(capsys, str(export), "--threshold", "0.95")
    assert code == 0 and "default settings with --threshold" in out
    assert "threshold 0.95, languages en,it," in out and "Flagged: 0 " in out
    code, out, _ = run(capsys, str(export), "--languages", "en")  # "sei un idiota" is not read
    assert "languages en, cooldown" in out and "Flagged: 3 " in out
    code, out, _ = run(capsys, str(export), "--cooldown", "0", "--word", "awesome:insult")
    assert "default settings with --cooldown, --word" in out
    assert "Nudges: 5 by reply" in out and "Flagged: 5 " in out  # "you're awesome" too
    code, out, _ = run(capsys, str(export), "--allow", "idiot", "--allow", "idiota")
    assert "Flagged: 1 " in out


def test_bad_options_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export = str(small_export(tmp_path / "e.json"))
    for bad in (
        ["--threshold", "0"],
        ["--word", "<@123>"],
        ["--word", "x:nope"],
        ["--show", "--jsonl"],
    ):
        with pytest.raises(SystemExit) as exc:
            main(["replay", export, *bad])
        assert exc.value.code == 2
    capsys.readouterr()


def store_settings(path: Path, settings: GuildSettings) -> None:
    async def save() -> None:
        db = await Database.open(path)
        try:
            await db.save_guild_settings(settings)
        finally:
            await db.close()

    asyncio.run(save())


def test_guild_takes_a_stored_servers_settings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "k.db"
    stored = GuildSettings(
        GUILD_ID,
        threshold=0.9,
        cooldown_seconds=0,
        alert_channel_id=5,
        custom_terms={},
        profanity_ok_channels=frozenset({CHANNEL_ID}),
    )
    store_settings(db, stored)
    export = str(small_export(tmp_path / "e.json"))
    code, out, _ = run(capsys, export, "--guild", str(GUILD_ID), "--db", str(db))
    assert code == 0
    assert f"with server {GUILD_ID}'s stored settings" in out
    assert "threshold 0.9, languages en,it, cooldown 0 s" in out
    assert "Friendly profanity is fine in this channel" in out
    assert "No alert channel is set" not in out
    code, out, _ = run(
        capsys, export, "--guild", str(GUILD_ID), "--db", str(db), "--threshold", "0.5"
    )
    assert "stored settings with --threshold" in out and "threshold 0.5," in out


def test_guild_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "k.db"
    store_settings(db, GuildSettings(77))
    export = str(small_export(tmp_path / "e.json"))
    code, out, err = run(capsys, export, "--guild", "123", "--db", str(db))
    assert code == 2 and out == ""
    assert "server 123 has no stored settings" in err and "(servers there: 77)" in err
    code, out, _ = run(capsys, export, "--guild", "77", "--db", str(db))
    assert (
        code == 0 and f"server 77's stored settings (the export is from server {GUILD_ID})" in out
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "none.db"))
    code, _, err = run(capsys, export, "--guild", "123")
    assert code == 2 and "no database at" in err and "none.db" in err


def test_a_truncated_export_reports_what_was_read_then_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    whole = small_export(tmp_path / "e.json").read_bytes()
    cut = whole.index(b'"id": "7"')  # inside message 7: six messages before the break
    path = tmp_path / "cut.json"
    path.write_bytes(whole[:cut])
    code, out, err = run(capsys, str(path))
    assert code == 2
    assert "6 messages from 2026-11-01 to 2026-11-01 (UTC)" in out or "6 messages on" in out
    assert "Flagged: 3 " in out
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "cannot read all of" in err and "it ends early, cut off at byte" in err
    assert "6 messages were read before the break; the report above covers them" in err


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "does not exist"),
        (b"", "it is empty"),
        (b"not json at all", "it is not JSON"),
        (b'[{"id": "1"}]', "it is a JSON list"),
        (b"<!DOCTYPE html>\n<html>", "export the channel as JSON"),
        (b'{"guild": {"id": "1"}, "channel": {"id": "2"}}', 'no "messages" list'),
        (b'{"messages": []}', 'no "guild" and "channel"'),
        (
            b'{"guild": {"id": "0"}, "channel": {"id": "2", "type": "DirectTextChat"}, '
            b'"messages": []}',
            "direct-message export",
        ),
        (
            b'{"guild": {"id": "1"}, "channel": {"id": "2"}, "messages": [{"id": "3", '
            b'"author": {"id": "4"}, "content": "hi"}]}',
            "message 1 has no valid timestamp",
        ),
        (
            b'{"guild": {"id": "1"}, "channel": {"id": "2"}, "messages": [{"id": "3", '
            b'"timestamp": "2026-11-01T10:00:00+01:00", "content": "hi"}]}',
            "message 1 has no author",
        ),
    ],
)
def test_bad_exports_get_one_sentence_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, reason: str
) -> None:
    path = tmp_path / "e.json"
    if content is not None:
        path.write_bytes(content)
    code, _, err = run(capsys, str(path))
    assert code == 2
    assert reason in err and "Traceback" not in err
    assert err.startswith("kindness-bot replay: ") and err.count("\n") == 1


def test_an_export_listed_newest_first_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "reversed.json"
    write_export(
        path, [message(2, at(5), ALICE, "hello"), message(1, at(0), BOB, "you are such an idiot")]
    )
    code, _, err = run(capsys, str(path))
    assert code == 2 and "message 2 is older than the one before it" in err
    assert "export it oldest first" in err


def test_db_without_guild_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(small_export(tmp_path / "e.json")), "--db", "x.db")
    assert code == 2 and out == "" and "add --guild" in err


def test_a_folder_is_not_an_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, str(tmp_path))
    assert code == 2 and "is a folder, not a file" in err


def test_no_progress_bar_when_stderr_is_not_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, _, err = run(capsys, str(small_export(tmp_path / "e.json")))
    assert err == ""


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_progress_bar_on_a_terminal_is_cleared_before_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    export = small_export(tmp_path / "e.json")
    assert main(["replay", str(export)]) == 0
    drawn = terminal.getvalue()
    size = export.stat().st_size / 1e6
    assert f"100%  {size:,.1f} of {size:,.1f} MB" in drawn
    assert drawn.endswith("\r\x1b[K")  # erased: the report is not mixed with it


def test_the_progress_bar_redraws_at_most_ten_times_a_second() -> None:
    now = [0.0]
    stream = io.StringIO()
    bar = ProgressBar(stream, 1000, clock=lambda: now[0])
    for done in range(0, 1000, 10):
        bar.update(done)
        now[0] += 0.01
    bar.update(1000)
    frames = stream.getvalue().split("\r\x1b[K")[1:]
    assert 10 <= len(frames) <= 12
    assert frames[-1].startswith("[" + "#" * 30 + "] 100%")
