"""The discord7 probe (issue 8): Discord's own syntax, measured at default settings.

The lines (discord7_probe_lines.py, 199: 101 hostile, 98 clean, 37 Italian) were
written before the rules were read: markdown, block quotes answered or reported, code,
links, custom and Unicode emoji, mentions, timestamps and line breaks. On main before
the round: 76 of 101 caught (recall 0.752), 4 of 98 clean lines flagged (code blocks,
links), precision 0.950, F1 0.840; Italian 17 of 20 caught, 0 of 17 flagged. After
discord_syntax.py and targeting_discord7.py: 94 of 101 (recall 0.931), 0 of 98
flagged, precision 1.000, F1 0.964; Italian 19 of 20, 0 of 17.

The held-back batch (discord7_holdout_lines.py, 80 lines: 40 hostile, 40 clean, 18
Italian) was written after the tuning lines, before the rules were read, and measured
only at the start and the end. Before: 29 of 40 caught, 3 of 40 flagged, F1 0.806;
Italian 8 of 10 caught, 0 of 8 flagged. After: 35 of 40, 0 of 40, F1 0.933; Italian 9
of 10, 0 of 8. (Its output was also seen once mid-round, after the emoji rules, at 34
of 40; no line of it was tuned on.) Merged with the Italian round of the same session
(italian3, which added "patetico"): 36 of 40; Italian 10 of 10.

The known misses are data: a rule that fixes one moves it out of the list, and a rule
that breaks a passing line fails here.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import discord7_holdout_lines as holdout
from tests.core.scoring import discord7_probe_lines as probe

KNOWN_MISSES: frozenset[str] = frozenset(
    {
        # a mention standing between subject and verb
        "this guy <@123456789012345678> is a clown",
        # "rat" weighs 0.45: below the threshold (gamechat17's "ur a rat" line now reads
        # "ur a 🐀" said to the reader)
        "<@123456789012345678> 🐀",
        "sei un ratto 🐀",
        # no lexicon word: "snake" as an insult cost an OLID UNT tweet, so 🐍 reads nothing
        "you're such a 🐍",
        # not Discord syntax: the plain forms are missed too
        "wow\nyou really are that stupid huh",
        "you've been useless since <t:1700000000:R>",
    }
)
HOLDOUT_MISSES: frozenset[str] = frozenset(
    {
        "report <@987654321987654321> he's a cheating rat",
        "🤡 alert <@987654321987654321>",
        "ur face 🤮",
    }
)


def test_tuning_lines(scorer: Scorer) -> None:
    missed = {line for line in probe.TARGETED if not scorer.score(line).hostile}
    assert missed == KNOWN_MISSES
    assert [line for line in probe.CLEAN if scorer.score(line).hostile] == []


def test_held_back_lines(scorer: Scorer) -> None:
    missed = {line for line in holdout.TARGETED if not scorer.score(line).hostile}
    assert missed == HOLDOUT_MISSES
    assert [line for line in holdout.CLEAN if scorer.score(line).hostile] == []
