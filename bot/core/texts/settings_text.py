"""`/kindness settings` as readable lines, so a moderator sees every setting at once.

Pure: the cog passes the settings, role names it can see and the last summary
status; channels are rendered as `<#id>` (channel mentions never ping anyone) and
roles by name, so the answer can be sent with no mentions at all. Long lists are
cut short with a pointer to the command that lists them in full.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from bot.core.guild_settings import GuildSettings
from bot.core.stats.schedule import WEEKDAY_NAMES
from bot.core.stats.summary_status import SummaryState, SummaryStatus
from bot.core.texts.escape import escape_name

LANGUAGE_NAMES = {"en": "English", "it": "Italian"}
MAX_LIST_ITEMS = 15
DELIVERY_HELP = {
    "reply": "a short reply in the channel (no pings)",
    "dm": "a direct message to the author",
    "reaction": "a reaction on the message only",
    "silent": "no nudge; counted and alerted only",
}


def channel_ref(channel_id: int | None) -> str:
    """A channel mention (renders as a link, never pings) or `not set`."""
    return "not set" if channel_id is None else f"<#{channel_id}>"


def role_ref(role_id: int, role_names: Mapping[int, str]) -> str:
    """A role by name (no mention), or a marker that the bot cannot see it any more."""
    name = role_names.get(role_id)
    return f"@{escape_name(name)}" if name is not None else f"unknown role (ID {role_id})"


def duration(seconds: int) -> str:
    """Seconds in words: 90 -> `1 min 30 s`, 3600 -> `1 h`, 0 -> `0 s`."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{hours} h" if hours else "", f"{minutes} min" if minutes else ""]
    parts.append(f"{secs} s" if secs or not (hours or minutes) else "")
    return " ".join(p for p in parts if p)


def _limited(items: Iterable[str], list_command: str) -> str:
    shown = list(items)
    if not shown:
        return "none"
    if len(shown) <= MAX_LIST_ITEMS:
        return ", ".join(shown)
    extra = len(shown) - MAX_LIST_ITEMS
    return f"{', '.join(shown[:MAX_LIST_ITEMS])} … and {extra} more (see `{list_command}`)"


def summary_status_line(status: SummaryStatus | None) -> str:
    """The last weekly summary's outcome, with the error when it failed."""
    if status is None:
        return "no summary posted yet"
    if status.state is SummaryState.POSTED:
        return f"posted for week {status.week}"
    if status.state is SummaryState.CLAIMED:
        return f"being posted for week {status.week}"
    if status.state is SummaryState.INTERRUPTED:
        return (
            f"interrupted for week {status.week} (the bot was stopped while posting); "
            "it checks the channel before posting again"
        )
    reason = status.error or "unknown error"
    return f"⚠️ FAILED for week {status.week}: {reason}"


def render_settings(
    settings: GuildSettings,
    *,
    role_names: Mapping[int, str],
    summary_status: SummaryStatus | None = None,
) -> list[str]:
    """Every setting of one server, one `**Label:** value` line each, in a stable order."""
    s = settings
    delete_after = (
        "never (nudges stay)" if s.nudge_delete_after <= 0 else duration(s.nudge_delete_after)
    )
    cooldown = "none" if s.cooldown_seconds <= 0 else duration(s.cooldown_seconds)
    languages = ", ".join(LANGUAGE_NAMES.get(code, code) for code in s.languages)
    words = _limited(
        (f"`{term}` ({category.label})" for term, category in sorted(s.custom_terms.items())),
        "/kindness words list",
    )
    allowed = _limited((f"`{t}`" for t in sorted(s.allowed_terms)), "/kindness allowed list")
    roles = _limited(
        sorted(role_ref(r, role_names) for r in s.exempt_roles), "/kindness exempt-roles list"
    )
    ignored = _limited(
        (channel_ref(c) for c in sorted(s.ignored_channels)), "/kindness channels list"
    )
    profanity_ok = _limited(
        (channel_ref(c) for c in sorted(s.profanity_ok_channels)), "/kindness channels list"
    )
    weekday = WEEKDAY_NAMES[s.summary_weekday % 7]
    summary_when = f"{weekday}s at {s.summary_hour:02d}:00 ({s.summary_timezone})"
    return [
        f"**Status:** {'⏸️ paused' if s.paused else '▶️ active'}",
        f"**Threshold:** {s.threshold:.2f} (lower flags more, higher flags less)",
        f"**Delivery:** {s.delivery.value}: {DELIVERY_HELP[s.delivery.value]}",
        f"**Nudges deleted after:** {delete_after}",
        f"**Cooldown between nudges to one member:** {cooldown}",
        f"**Languages:** {languages}",
        f"**Kindness reaction:** {'on' if s.kindness_reaction else 'off'} ({s.kindness_emoji})",
        f"**Alert channel:** {channel_ref(s.alert_channel_id)}",
        f"**Rules channel:** {channel_ref(s.rules_channel_id)}",
        f"**Summary channel:** {channel_ref(s.summary_channel_id)}",
        f"**Summary time:** {summary_when}",
        f"**Last summary:** {summary_status_line(summary_status)}",
        f"**Ignored channels:** {ignored}",
        f"**Channels where profanity is fine:** {profanity_ok}",
        f"**Exempt roles:** {roles}",
        f"**Custom terms:** {words}",
        f"**Allowed terms:** {allowed}",
        f"**Bullying patterns:** {bullying_line(s)} (`/kindness bullying status`)",
    ]


def bullying_line(s: GuildSettings) -> str:
    """The pile-on and persistent-targeting settings and the member's DM, on one line."""
    pile_on = (
        f"pile-on {s.bullying_pileon_messages} messages from {s.bullying_pileon_members} "
        f"members in {s.bullying_pileon_minutes} min"
        if s.bullying_pileon_enabled
        else "pile-on off"
    )
    persistent = (
        f"persistent targeting on {s.bullying_persistent_days} days in 7"
        if s.bullying_persistent_enabled
        else "persistent targeting off"
    )
    return f"{pile_on}; {persistent}; DM to the member {'on' if s.bullying_dm_enabled else 'off'}"
