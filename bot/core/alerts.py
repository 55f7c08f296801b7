"""The text of a moderator alert: enough to act on, never the full message.

Moderators get a jump link (the message itself stays on Discord), the categories,
the severity, why it alerted, and a short censored excerpt so they can triage
without clicking. The excerpt is cut to about 100 characters at a word boundary
and run through better-profanity's censor, plus the scorer's own matched terms.
Mentions render but never ping: the bot's default is `AllowedMentions.none()`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from better_profanity import profanity

from bot.core.nudges import AlertReason
from bot.core.verdict import Verdict

EXCERPT_CHARS = 100
_WORD = re.compile(r"\w+", re.UNICODE)
_MASS_MENTION = re.compile(r"@(everyone|here)", re.IGNORECASE)


def censored_excerpt(text: str, *, terms: Iterable[str] = (), limit: int = EXCERPT_CHARS) -> str:
    """At most `limit` characters of `text`, cut at a word, with hostile words starred out."""
    flat = " ".join(text.split())
    if len(flat) > limit:
        cut = flat[:limit]
        space = cut.rfind(" ")
        flat = (cut[:space] if space > limit // 2 else cut).rstrip() + "…"
    single_terms = {t.casefold() for t in terms if " " not in t}
    if single_terms:
        flat = _WORD.sub(
            lambda m: "*" * len(m.group()) if m.group().casefold() in single_terms else m.group(),
            flat,
        )
    flat = profanity.censor(flat)
    flat = _MASS_MENTION.sub(lambda m: "@\u200b" + m.group(1), flat)
    return flat.replace("`", "'")


def alert_text(
    *,
    verdict: Verdict,
    reason: AlertReason,
    jump_url: str,
    author_id: int,
    channel_id: int,
    excerpt: str,
    flags_in_window: int,
    nudged: bool,
) -> str:
    """The alert posted to the moderators' channel; `excerpt` comes from `censored_excerpt`."""
    categories = ", ".join(c.label for c in verdict.categories) or "none"
    why = (
        f"{flags_in_window} flagged messages from this member within the repeat window"
        if reason is AlertReason.REPEATED
        else f"{verdict.severity.label} severity"
    )
    lines = [
        f"\N{WARNING SIGN} **Kindness alert: {reason.value}**",
        f"Who: <@{author_id}> in <#{channel_id}>",
        f"Message: {jump_url}",
        f"Categories: {categories}",
        f"Severity: {verdict.severity.label} (score {verdict.score:.2f})",
        f"Why: {why}",
        f"Excerpt (censored): `{excerpt}`",
        "The member was nudged." if nudged else "No nudge was sent (cooldown or silent mode).",
    ]
    return "\n".join(lines)
