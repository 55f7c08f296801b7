"""The scorer's full verdict as text: one renderer for the terminal and for Discord.

`kindness-bot check` prints it as plain aligned lines; `/kindness check` shows it
as Discord markdown with the server's threshold and the weight of every term. Both
show the same facts, computed here once.
"""

from __future__ import annotations

from enum import Enum

from bot.core.scoring.verdict import Verdict


class VerdictStyle(Enum):
    TERMINAL = "terminal"
    """`kindness-bot check`: a few aligned lines for a person at a terminal."""
    DISCORD = "discord"
    """`/kindness check`: markdown, for tuning, so terms are shown with their weights."""


def render_verdict(
    verdict: Verdict, style: VerdictStyle = VerdictStyle.TERMINAL, *, threshold: float = 0.0
) -> str:
    """The verdict in `style`; `threshold` (the server's) is shown in the Discord style."""
    categories = ", ".join(c.label for c in verdict.categories)
    if style is VerdictStyle.TERMINAL:
        status = "HOSTILE" if verdict.hostile else "not hostile"
        terms = ", ".join(dict.fromkeys(m.term for m in verdict.matches))
        return "\n".join(
            [
                f"{status}  score {verdict.score:.2f}  severity {verdict.severity.label}",
                f"target:     {verdict.target.value}",
                f"categories: {categories or '-'}",
                f"terms:      {terms or '-'}",
                f"why:        {verdict.explanation}",
            ]
        )
    flagged = "**flagged as hostile**" if verdict.hostile else "**not flagged**"
    weighted = ", ".join(f"`{m.term}` ({m.category.label}, {m.weight:g})" for m in verdict.matches)
    return "\n".join(
        [
            f"Verdict: {flagged}",
            f"Score: {verdict.score:.2f} (this server's threshold: {threshold:.2f})",
            f"Severity: {verdict.severity.label}",
            f"Categories: {categories or 'none'}",
            f"Aimed at: {verdict.target.value.replace('_', ' ')}",
            f"Matched lexicon terms: {weighted or 'none'}",
            f"Explanation: {verdict.explanation}",
            "-# Scored with this server's settings, as if sent in a normal channel. "
            "Nothing was stored.",
        ]
    )
