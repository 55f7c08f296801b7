"""The hatecheck38 probe (issue 8): English hate against identity groups that keeps a
group away from children, places or the writer, on a condition or as a demand ("gay
people shouldn't be around kids", "if you're gay don't talk to me", "if ur muslim
unfollow me", "no muslims in my friend list"), and clean lines that look alike (the same
frames on a non-group condition or a thing, behaviour rules, support and counter-speech,
denied, asked, reported, the writer's own group), measured at default settings
(`Scorer()`). The lines are in hatecheck38_probe_lines.py and
hatecheck38_holdout_lines.py.

On base31 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 2 caught, 2 clean flagged, 0 swearing flagged. After targeting_hatecheck38.py
and its lexicon lines: 32 caught, 2 flagged, 0 swearing flagged (the three left: "no
homos allowed in my group chat", "homos" being no group word the scorer knows; "no
muslims near my kids", whose "near my kids" is hateprobe7's to read (a term of this
round's there took hateprobe7's lines); and "keep gay people away from me", hatecheck31's
shape wanting "out" or "away" with no "from me";
the two flags are older readings: "leave the server" told to the reader and "racist"
at the reader, both after "if you're").

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 6 caught, 3 flagged,
0 swearing flagged; after, 37 caught, 3 flagged, 0 swearing flagged (counted once, after
the rules were final; no held-back totals or lines were read mid-round). Only floors
are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import hatecheck38_holdout_lines as held
from tests.core.scoring import hatecheck38_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the round: a word the scorer does not know as a group, older shapes.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "no muslims near my kids",
        "keep gay people away from me",
    }
)
# Older readings after "if you're": an exclusion told to the reader, an insult at them.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {
        "if you're under 13 leave the server",
        "if you're racist unfollow me",
    }
)

TUNE_F1_FLOOR = 0.92  # 32 of 35 caught, 2 flagged: 0.928
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 37  # the final count (6 at the start)
HELD_FLAGGED_CAP = 3  # the final count (3 at the start)


class TestHateCheck38Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=HELD_SWEARING_CEILING,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CAP,
    )
