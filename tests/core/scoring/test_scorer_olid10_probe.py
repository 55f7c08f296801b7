"""The olid10 probe (issue 8, thirteenth session): tweet-style replies in three shapes
of OLID's even-row misses (a villain's noun said of a person, "she is a murderer"; a
person noun judged by an adjective that is no insult alone, "he is a sad little man"; a
political group called crazy by the word before it, "crazy liberals"), measured at
default settings (`Scorer()`). The lines are in olid10_probe_lines.py and
olid10_holdout_lines.py.

On main before the round, the studied part of the first two shapes (26 hostile, 22
clean, 8 untargeted swearing): 2 caught, 0 clean flagged, 0 swearing flagged. After
targeting_olid10.py: 25 caught, 0 flagged, 0 swearing.

The held-back part (40 hostile, 40 clean, 6 swearing), written after the studied part
and before any rule, counted only at the start and the end: before, 4 caught, 0
flagged, 0 swearing flagged; after, 38 caught, 0 flagged, 0 swearing flagged, F1
0.974. Only floors are kept for it.

A survey of the brief's shapes (insults of a public figure, a dismissive reply, contempt
for a political group, an accusation, an insult in a hashtag) was run on main first: 33
of 40 caught, 2 of 28 clean flagged; the round left it as it was (its misses and false
flags below are data).
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import olid10_holdout_lines as held
from tests.core.scoring import olid10_probe_lines as probe
from tests.core.scoring.probe_checks import (
    Part,
    ProbeRound,
    ProbeRoundChecks,
    assert_known_verdicts,
)

# "individual" was left out of the lexicon's phrases: as an index word it would change
# what every rule asking "is this word ours?" reads (see olid10_words.PEOPLE).
KNOWN_MISSES: frozenset[str] = frozenset({"@USER you are a very sick individual"})

TUNE_F1_FLOOR = 0.98
HELD_F1_FLOOR = 0.97
SWEARING_CEILING = 0.10  # OLID's untargeted-profanity control floor


class TestOlid10Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=frozenset(),
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_f1_floor=HELD_F1_FLOOR,
        held_flagged_cap=0,
    )


# The third shape (added mid-round, its held-back batch written before its rule): "looney"
# was left out after the even rows (OLID's readers take "looney liberals" as no offence),
# and the singulars ("crazy liberal") because "liberal", "democrat" would become index
# words (see olid10_words.CRAZED_GROUPS).
GROUP_KNOWN_MISSES: frozenset[str] = frozenset({
    "@USER the looney leftists are at it again", "@USER loony lefties lol",
    "@USER another crazy liberal", "@USER typical crazy democrat",
})  # fmt: skip
GROUP_F1_FLOOR = 0.74
GROUP_HELD_F1_FLOOR = 0.78


class TestOlid10GroupProbe(ProbeRoundChecks):
    """Before the rule (the first two shapes' rules in place): studied 0 of 10 caught, 0
    of 10 clean flagged; held back 0 of 20 caught, 0 of 20 flagged. After: studied 6 of
    10, 0 flagged; held back 13 of 20 caught, 0 of 20 flagged, F1 0.788."""

    ROUND = ProbeRound(
        studied=Part(probe.TUNE_GROUP_HOSTILE, probe.TUNE_GROUP_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_GROUP_HOSTILE, held.HELD_GROUP_CLEAN, held.HELD_SWEARING),
        known_misses=GROUP_KNOWN_MISSES,
        known_false_flags=frozenset(),
        studied_f1_floor=GROUP_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_f1_floor=GROUP_HELD_F1_FLOOR,
        held_flagged_cap=0,
    )


# The survey's lines left as they were: a named "joke" (olid9's named reading leaves the
# word out: "the policy is a joke"), an idiom, an accusation with no insult word, insults
# joined in a hashtag; "get a life" and "nobody asked" read as dismissals inside longer
# friendly lines.
SURVEY_KNOWN_MISSES: frozenset[str] = frozenset({
    "@USER Pelosi is a joke", "@USER you're so full of it", "@USER she's corrupt to the core",
    "@USER he belongs in prison", "@USER #LiberalsAreIdiots", "@USER #TrumpIsAMoron",
    "@USER #DemsAreTraitors",
})  # fmt: skip
SURVEY_KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "@USER get a life jacket before the boat trip", "@USER nobody asked me either lol",
})  # fmt: skip


def test_survey_known_verdicts(scorer: Scorer) -> None:
    """Every survey line reads as it did on main: a change to any of them is news."""
    assert_known_verdicts(
        scorer,
        probe.SURVEY_HOSTILE,
        probe.SURVEY_CLEAN + probe.SURVEY_SWEARING,
        SURVEY_KNOWN_MISSES,
        SURVEY_KNOWN_FALSE_FLAGS,
    )
