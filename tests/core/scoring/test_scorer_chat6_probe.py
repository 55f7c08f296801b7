"""The sixth Discord chat probe (issue 8): lines of six kinds of server, measured at
default settings (`Scorer()`).

The lines (chat6_probe_lines.py) were written before the rules were read: a study
server, an art server, a Minecraft SMP, a Valorant/Apex team server, a fandom server
and an Italian gaming server; 130 hostile (43%), 175 clean, 58 of them untargeted
swearing, 52 Italian lines. On main before the round: 95 of 130 caught (recall 0.731),
3 of 175 clean lines flagged, precision 0.969, F1 0.833, untargeted swearing 0 of 58;
Italian 24 of 27 hostile caught, 0 of 25 clean flagged. After targeting_chat6.py:
103 of 130 (recall 0.792), 1 of 175 flagged, precision 0.990, F1 0.880, swearing 0 of
58; Italian 26 of 27, 0 of 25.

The held-back batch (chat6_holdout_lines.py, 100 lines: 40 hostile, 20 untargeted
swearing, 16 Italian) was written after the tuning lines and never tuned on. Before:
30 of 40 caught, 3 of 60 clean flagged, F1 0.822, swearing 2 of 20 (10%); Italian 8 of
8, 0 of 8. After: 32 of 40, 3 of 60, F1 0.853, swearing 2 of 20 (10%); Italian 8 of 8,
0 of 8.

The known misses and false flags are data: a rule that fixes one moves it out of the
list, and a rule that breaks a passing line fails here.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import chat6_holdout_lines as holdout
from tests.core.scoring import chat6_probe_lines as probe
from tests.core.scoring.probe_checks import assert_known_verdicts, f1_and_swearing

KNOWN_MISSES: frozenset[str] = frozenset(
    {
        # no lexicon word: orders to quit, harm wished, exclusion with words between
        "go back to middle school kid",
        "u should honestly just stop drawing forever",
        "nobody would commission someone as talentless as you",
        "you're a waste of a seat in that lecture hall",
        "ur mic is fine its ur brain thats broken",
        # identity claims without a hostile word
        "she only got in bc shes a girl lol",
        # said of a third person, below the threshold or unparsed
        "steve_99 is a griefing little rat",
        "this artist is a thief and a liar",
        "ur builds are ugly af just like ur face",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"lmaooo ur so dumb for that one 😂💕"})
HOLDOUT_MISSES: frozenset[str] = frozenset(
    {
        "i m m a  k i l l  u",
        "imagine being this stupid in 2026",
        "our omen is a fucking bot",
        "this healer is useless af",
        "this tracer needs to get banned, shes a fraud",
        "u better log off before i find u",
        "ur the reason this group chat is dead",
        "you draw like a 5 year old, quit",
    }
)
HOLDOUT_FALSE_FLAGS: frozenset[str] = frozenset(
    {"fuck me i whiffed", "fuck this essay", "ur insane lmao"}
)

# Floors: the figures this round reached (F1, the untargeted-swearing share, Italian recall).
PROBE_F1_FLOOR = 0.88
PROBE_SWEARING_CEILING = 0.0
HOLDOUT_F1_FLOOR = 0.85
HOLDOUT_SWEARING_CEILING = 0.10
ITALIAN_RECALL_FLOOR = 0.95


def test_the_probe_is_balanced_and_has_no_repeats() -> None:
    lines = probe.HOSTILE + probe.CLEAN
    assert len(lines) >= 300
    assert 0.35 <= len(probe.HOSTILE) / len(lines) <= 0.45
    assert len(set(lines)) == len(lines)
    assert len(probe.ITALIAN_TARGETED + probe.ITALIAN_CLEAN) >= 50
    assert set(probe.ITALIAN_SWEARING) <= set(probe.ITALIAN_CLEAN)
    held = holdout.TARGETED + holdout.CLEAN
    assert len(held) >= 100
    assert len(set(held)) == len(held)
    assert set(held).isdisjoint(lines)
    assert set(holdout.SWEARING) <= set(holdout.CLEAN)
    assert set(holdout.ITALIAN_TARGETED) <= set(holdout.TARGETED)


def test_the_known_lists_name_probe_lines() -> None:
    assert set(probe.HOSTILE) >= KNOWN_MISSES
    assert set(probe.CLEAN) >= KNOWN_FALSE_FLAGS
    assert set(holdout.TARGETED) >= HOLDOUT_MISSES
    assert set(holdout.CLEAN) >= HOLDOUT_FALSE_FLAGS


def test_every_line_outside_the_known_lists_gets_its_label(scorer: Scorer) -> None:
    assert_known_verdicts(scorer, probe.HOSTILE, probe.CLEAN, KNOWN_MISSES, KNOWN_FALSE_FLAGS)


def test_the_held_back_batch_keeps_its_measured_verdicts(scorer: Scorer) -> None:
    assert_known_verdicts(
        scorer, holdout.TARGETED, holdout.CLEAN, HOLDOUT_MISSES, HOLDOUT_FALSE_FLAGS
    )


def test_the_figures_do_not_fall_below_the_measured_ones(scorer: Scorer) -> None:
    f1, swearing = f1_and_swearing(scorer, probe.HOSTILE, probe.CLEAN, probe.SWEARING)
    assert f1 >= PROBE_F1_FLOOR
    assert swearing <= PROBE_SWEARING_CEILING
    f1, swearing = f1_and_swearing(scorer, holdout.TARGETED, holdout.CLEAN, holdout.SWEARING)
    assert f1 >= HOLDOUT_F1_FLOOR
    assert swearing <= HOLDOUT_SWEARING_CEILING


def test_italian_lines_are_read_at_default_settings(scorer: Scorer) -> None:
    italian = probe.ITALIAN_TARGETED + holdout.ITALIAN_TARGETED
    caught = sum(scorer.score(line).hostile for line in italian)
    assert caught / len(italian) >= ITALIAN_RECALL_FLOOR
    clean = probe.ITALIAN_CLEAN + holdout.ITALIAN_CLEAN
    assert not any(scorer.score(line).hostile for line in clean)
