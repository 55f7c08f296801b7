"""The discord8 probe (issue 8): Discord chat as people type it (server slang, replies and
mentions, role-play, bot commands, study, art, coding, fandom, voice chat and language
servers; a quarter Italian), measured at default settings (`Scorer()`), with
`mentions_someone=True` for lines with a user mention and `is_reply=True` for the
*_REPLY lines, as bot/discord/message_scoring.py passes them. The lines are in
discord8_probe_lines.py and discord8_holdout_lines.py.

On main before the round, the studied part (220 hostile, 166 clean): 189 caught (recall
0.859), 6 clean flagged, F1 0.911. After targeting_discord8.py, its lexicon lines and
the negation fix in targeting_speech.py: 205 caught (recall 0.932), 3 flagged, F1 0.958.

The held-back part (63 hostile, 50 clean), written after the studied part and before any
rule changed, measured only at the start and the end, by counts: before, 53 caught, 0
flagged, F1 0.914; after, 55 caught, 0 flagged, F1 0.932. Only floors are kept for it.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import discord8_holdout_lines as held
from tests.core.scoring import discord8_probe_lines as probe
from tests.core.scoring.probe_checks import ReplyPart, f1

# The studied part's misses after the round, by shape: a word the lexicon weighs below
# the threshold ("ur a fraud", "hes insufferable", "the most annoying person"), put-downs
# with no hostile word ("u talk like a 12 year old", "looks like a toddler did it",
# "L take, L person"), harassment named by Discord's own acts ("lets raid his dms", "send
# him death threats"), a bare "die" or "end it" after a comma, an Italian generalisation
# and likening ("le donne non capiscono niente", "fa pena come te").
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "u talk like a 12 year old with no friends",
        "ur drawing looks like a toddler did it, give up", "ur a fake fan, die",
        "pls leave, you ruin every conversation",
        f"{probe.M} is the most annoying person here",
        f"{probe.M} ur a fraud and everyone knows it", "mia is a fake friend and a snake",
        "la tua arte fa pena come te",
        "cesso ambulante", "L take, L person",
    }
)  # fmt: skip
# Fictional characters called names: "asshole" is too strong for the fond reading,
# "monster" is read as said. (Praise in a curse, "you crazy bastard you actually did it",
# is clean since targeting_leftovers8.py.)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {"the villain is such an asshole, love him", "sukuna is a monster lol"}
)  # fmt: skip

TUNE_F1_FLOOR = 0.95
HELD_F1_FLOOR = 0.93


STUDIED = ReplyPart(
    probe.TUNE_HOSTILE, probe.TUNE_HOSTILE_REPLY, probe.TUNE_CLEAN, probe.TUNE_CLEAN_REPLY
)
HELD = ReplyPart(held.HELD_HOSTILE, held.HELD_HOSTILE_REPLY, held.HELD_CLEAN, held.HELD_CLEAN_REPLY)


def test_studied_part_known_verdicts(scorer: Scorer) -> None:
    missed, flagged = STUDIED.verdicts(scorer)
    assert not missed - KNOWN_MISSES, sorted(missed - KNOWN_MISSES)
    assert not flagged - KNOWN_FALSE_FLAGS, sorted(flagged - KNOWN_FALSE_FLAGS)


def test_studied_part_floor(scorer: Scorer) -> None:
    missed, flagged = STUDIED.verdicts(scorer)
    assert f1(STUDIED.hostile_count(), len(flagged), len(missed)) >= TUNE_F1_FLOOR


def test_held_back_part_floor(scorer: Scorer) -> None:
    missed, flagged = HELD.verdicts(scorer)
    hostile = HELD.hostile_count()
    assert f1(hostile, len(flagged), len(missed)) >= HELD_F1_FLOOR
    assert not flagged  # no clean held-back line was flagged before or after


def test_probe_lines_are_distinct() -> None:
    lines = STUDIED.lines() + HELD.lines()
    assert len(set(lines)) == len(lines)
