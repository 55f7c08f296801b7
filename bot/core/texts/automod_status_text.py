"""What `/kindness automod status` and `/kindness setup` say about AutoMod, to moderators.

English, like the other moderator texts; pure: an `AutomodStatus` in, text out.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.automod.rule_plan import Drift, LeftOut

INVITE_HINT = "re-invite me with `kindness-bot invite --automod`, or give my role Manage Server"
NEEDS_MANAGE_SERVER = (
    "I need the **Manage Server** permission to manage an AutoMod rule in this server: "
    f"{INVITE_HINT}."
)


@dataclass(frozen=True, slots=True)
class AutomodStatus:
    """What `/kindness automod status` reports, as plain values."""

    enabled: bool
    can_manage: bool
    keywords: int
    regexes: int
    allowed: int
    left_out: LeftOut
    alert_channel_id: int | None
    rule_found: bool | None = None
    """None: not checked (no permission, or Discord did not answer)."""
    drift: tuple[Drift, ...] = ()
    problem: str | None = None
    """The last failed update or check, in one sentence."""


_DRIFT_TEXT = {
    Drift.DISABLED: "it was switched off",
    Drift.WORDS: "its words or allowed terms were changed",
    Drift.ACTIONS: "its actions (the note or the alert) were changed",
    Drift.EXEMPTIONS: "its exempt roles or channels were changed",
}


def _counts(status: AutomodStatus) -> str:
    text = (
        f"{status.keywords} keywords, {status.regexes} patterns against spelled-out "
        f"or leet versions, {status.allowed} allowed terms"
    )
    left = status.left_out
    extra = [
        f"{n} {what}"
        for n, what in (
            (left.keywords, "keywords"),
            (left.regex_words, "words without a pattern"),
            (left.allow, "allowed terms"),
            (left.roles, "exempt roles"),
            (left.channels, "ignored channels"),
        )
        if n
    ]
    if extra:
        text += f" (left out to fit Discord's limits: {', '.join(extra)})"
    return text


def status_text(status: AutomodStatus) -> str:
    """The status answer: on or off, what the rule holds, and anything to fix."""
    lines: list[str] = []
    if status.enabled:
        lines.append("**AutoMod pre-send blocking is on.** " + f"My rule holds {_counts(status)}.")
    else:
        lines.append(
            "**AutoMod pre-send blocking is off.** `/kindness automod enable` creates one "
            "AutoMod rule that stops slurs, self-harm encouragement and explicit threats "
            f"before they are sent, with a kind note: {_counts(status)}."
        )
    if status.enabled and status.rule_found is False:
        lines.append(
            "⚠️ My rule is no longer in Server Settings → AutoMod (someone deleted it), so "
            "nothing is stopped. Press the button or run `/kindness automod enable` to "
            "create it again."
        )
    elif status.enabled and status.drift:
        changes = "; ".join(_DRIFT_TEXT[d] for d in status.drift)
        lines.append(
            f"⚠️ My rule was edited in Server Settings → AutoMod: {changes}. Press the "
            "button or run `/kindness automod enable` to put my version back."
        )
    if not status.can_manage:
        lines.append("⚠️ " + NEEDS_MANAGE_SERVER)
    if status.enabled:
        if status.alert_channel_id is None:
            lines.append("Stopped messages are not reported: no alert channel is set.")
        else:
            lines.append(f"Each stopped message is reported in <#{status.alert_channel_id}>.")
    if status.problem:
        lines.append(f"⚠️ {status.problem}")
    return "\n".join(lines)


def setup_line(*, enabled: bool, can_manage: bool) -> str:
    """The AutoMod line of the `/kindness setup` report."""
    if enabled and not can_manage:
        return "⚠️ AutoMod blocking is on, but I cannot update my rule: " + NEEDS_MANAGE_SERVER
    if enabled:
        return "✅ AutoMod blocking is on (`/kindness automod status`)."
    if can_manage:
        return (
            "✅ I can stop slurs and threats before they are sent with Discord's AutoMod: "
            "`/kindness automod enable`."
        )
    return (
        "ℹ️ To stop slurs and threats before they are sent (`/kindness automod enable`) "
        f"I need **Manage Server**: {INVITE_HINT}."
    )


MISSING_PERMISSIONS = 50013
INVALID_FORM = 50035


def refusal(action: str, *, status: int, code: int, detail: str) -> str:
    """One sentence for a Discord error while `action` ("create the AutoMod rule")."""
    if status == 403 or code == MISSING_PERMISSIONS:
        return f"I could not {action}. " + NEEDS_MANAGE_SERVER
    if code == INVALID_FORM or status == 400:
        reason = " ".join(detail.split())[:300] or "the rule did not fit its limits"
        return (
            f"I could not {action}: Discord refused it ({reason}). If the server already "
            "has 6 keyword rules, delete one in Server Settings → AutoMod and try again."
        )
    return f"I could not {action}: Discord answered HTTP {status} (code {code}). Try again later."
