"""The discord33 probe (issue 8): snark at the writer being answered, in the round's
shapes (a belittling comparison: "i've seen smarter comments from a toddler", "a toddler
could make a better argument"; chat's formulas: "found the guy who didn't read the
article", "tell me you didn't read it without telling me"; "username checks out", built
and removed; "weird" with a second cue, "ur so weird stop talking", not built) and clean
chat that looks alike (the same words in praise, of oneself, of things, kind turns,
reported, asked, quoted), measured at default settings (`Scorer()`). The lines are in
discord33_probe_lines.py and discord33_holdout_lines.py.

On base31 before the round, the studied part (35 hostile, 32 clean, 6 untargeted
swearing): 3 caught, 0 clean flagged, 0 swearing flagged. After targeting_discord33.py
and its lexicon lines: 21 caught, 0 flagged, 0 swearing flagged. The fourteen left: four
"username checks out" lines (a shape built and removed: the forum probe keeps a bare one
as an everyday comment); six "weird" lines with a weak second cue (not built); two
"could write a better ..." lines, which an older rule reads as reported speech ("write"
is a verb of saying); "better replies" and "argue better", kept out of the lexicon
because "reply" and "argue" would be new index words ("better comment" as one changed
forum23's held-back reading of "why would your comment be stupid?" in the first suite
run, seen as a failure of forum23's floor test: no discord33 held-back line was shown).

The held-back part (40 hostile, 40 clean, 6 swearing), written at the same time and
before any rule, counted only at the start and the end: before, 2 caught, 0 flagged,
0 swearing flagged; after, 22 caught, 0 flagged, 0 swearing flagged (its lines not read
after writing). Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import discord33_holdout_lines as held
from tests.core.scoring import discord33_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# Left after the round: "weird" with a weak second cue (not built), "could write",
# "better replies" and "argue better", kept out of the lexicon (new everyday index
# words), and "username checks out", removed (the forum probe's everyday comment).
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "i've read better replies from a toddler",
        "username checks out",
        "username checks out lol",
        "ah yes username checks out",
        "username checks out tbh",
        "a toddler could argue better than this",
        "my dog could write a better comment",
        "a kindergartener could write a better reply",
        "ur so weird stop talking",
        "you're so weird leave",
        "ur weird stop dming me",
        "ur so weird stop texting me",
        "you are so weird its creepy",
        "ur weird af stop",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

TUNE_F1_FLOOR = 0.74  # 21 of 35 caught, 0 flagged: 0.75
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing
HELD_SWEARING_CEILING = 0.0  # 0 of 6 held-back swearing lines flagged, start and end
HELD_CAUGHT_FLOOR = 22  # the final count (2 at the start)
HELD_FLAGGED_CAP = 0  # the final count (0 at the start)


class TestDiscord33Probe(ProbeRoundChecks):
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
