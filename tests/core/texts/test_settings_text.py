"""`/kindness settings` rendering: every setting readable, no pings, failures visible."""

from __future__ import annotations

from bot.core.guild_settings import DeliveryMode, GuildSettings
from bot.core.scoring.verdict import Category
from bot.core.stats.summary_status import SummaryState, SummaryStatus
from bot.core.texts.settings_text import (
    MAX_LIST_ITEMS,
    duration,
    render_settings,
    role_ref,
    summary_status_line,
)

GUILD = 111


def _text(lines: list[str]) -> str:
    return "\n".join(lines)


def test_defaults_render_every_setting_with_a_label() -> None:
    lines = render_settings(GuildSettings(guild_id=GUILD), role_names={})
    text = _text(lines)
    for label in (
        "Status",
        "Threshold",
        "Delivery",
        "Nudges deleted after",
        "Cooldown",
        "Languages",
        "Kindness reaction",
        "Alert channel",
        "Rules channel",
        "Summary channel",
        "Summary time",
        "Last summary",
        "Ignored channels",
        "profanity is fine",
        "Exempt roles",
        "Custom terms",
        "Allowed terms",
    ):
        assert label in text, label
    assert "▶️ active" in text
    assert "0.50" in text
    assert "reply: a short reply" in text
    assert "2 min" in text  # default delete-after 120 s
    assert "5 min" in text  # default cooldown 300 s
    assert "English" in text
    assert "Alert channel:** not set" in text
    assert "Mondays at 09:00 (UTC)" in text
    assert "no summary posted yet" in text
    assert (
        "Bullying patterns:** pile-on 5 messages from 3 members in 30 min; persistent "
        "targeting on 3 days in 7; DM to the member on" in text
    )


def test_bullying_patterns_switched_off_say_so() -> None:
    settings = GuildSettings(
        guild_id=GUILD,
        bullying_pileon_enabled=False,
        bullying_persistent_enabled=False,
        bullying_dm_enabled=False,
    )
    text = _text(render_settings(settings, role_names={}))
    assert "pile-on off; persistent targeting off; DM to the member off" in text


def test_configured_values_are_shown_without_pings() -> None:
    settings = GuildSettings(
        guild_id=GUILD,
        paused=True,
        threshold=0.75,
        delivery=DeliveryMode.DM,
        nudge_delete_after=0,
        cooldown_seconds=0,
        languages=("en", "it"),
        kindness_reaction=False,
        ignored_channels=frozenset({20, 10}),
        profanity_ok_channels=frozenset({30}),
        exempt_roles=frozenset({500, 501}),
        custom_terms={"muppet": Category.INSULT},
        allowed_terms=frozenset({"sick"}),
        alert_channel_id=40,
        rules_channel_id=41,
        summary_channel_id=42,
        summary_weekday=4,
        summary_hour=18,
        summary_timezone="Europe/Rome",
    )
    text = _text(render_settings(settings, role_names={500: "Mods"}))
    assert "⏸️ paused" in text
    assert "0.75" in text
    assert "dm: a direct message" in text
    assert "never (nudges stay)" in text
    assert "Cooldown between nudges to one member:** none" in text
    assert "English, Italian" in text
    assert "Kindness reaction:** off" in text
    assert "Ignored channels:** <#10>, <#20>" in text
    assert "<#30>" in text
    assert "Alert channel:** <#40>" in text
    assert "Rules channel:** <#41>" in text
    assert "Summary channel:** <#42>" in text
    assert "Fridays at 18:00 (Europe/Rome)" in text
    assert "@Mods" in text
    assert "unknown role (ID 501)" in text
    assert "`muppet` (insult)" in text
    assert "`sick`" in text
    # Roles by name only: no role or user mention syntax anywhere.
    assert "<@" not in text


def test_long_lists_are_cut_with_a_pointer_to_the_full_list() -> None:
    terms = {f"term{i:03d}": Category.INSULT for i in range(MAX_LIST_ITEMS + 7)}
    settings = GuildSettings(guild_id=GUILD, custom_terms=terms)
    text = _text(render_settings(settings, role_names={}))
    assert "and 7 more (see `/kindness words list`)" in text
    assert f"term{MAX_LIST_ITEMS + 6:03d}" not in text


def test_summary_failure_is_shown_with_its_reason() -> None:
    failed = SummaryStatus(
        guild_id=GUILD,
        week="2026-W07",
        state=SummaryState.FAILED,
        updated_at=0.0,
        error="Missing Access to #summary",
    )
    lines = render_settings(GuildSettings(guild_id=GUILD), role_names={}, summary_status=failed)
    assert "**Last summary:** ⚠️ FAILED for week 2026-W07: Missing Access to #summary" in lines
    posted = SummaryStatus(GUILD, "2026-W08", SummaryState.POSTED, 0.0)
    assert summary_status_line(posted) == "posted for week 2026-W08"


def test_role_names_are_escaped_and_durations_readable() -> None:
    assert role_ref(1, {1: "*mods*"}) == "@\\*mods\\*"
    assert duration(90) == "1 min 30 s"
    assert duration(3600) == "1 h"
    assert duration(3661) == "1 h 1 min 1 s"
    assert duration(0) == "0 s"


def test_an_interrupted_summary_says_it_will_be_checked() -> None:
    interrupted = SummaryStatus(GUILD, "2026-W08", SummaryState.INTERRUPTED, 0.0, "stopped")
    line = summary_status_line(interrupted)
    assert line.startswith("interrupted for week 2026-W08")
    assert "checks the channel" in line
