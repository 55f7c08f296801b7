"""The sixteenth game-chat probe (issue 8): a player named by hero or role the way Dota
chat names them ("this lc noob", "sven stop being a noob", "dp too noob"), a swear
standing for the player reported ("report this shit"), misspelt "noob team", a role
called a failure or a joke, "shut up" with a hero. The lines are in
gamechat16_probe_lines.py and gamechat16_holdout_lines.py, written before any rule.

On main before the round, the studied part (35 hostile, 40 clean, 10 swearing): 16
caught, 2 clean flagged ("noobs welcome in my guild"; "ez game gg wp", which CONDA labels
implicit toxicity, 564 of 608 even rows with "ez"/"easy" hostile), swearing 0 of 10.
After targeting_gamechat16.py, the "gamechat16" lexicon lines and gamechat8's Dota heroes:
26 caught, the same 2 flagged, swearing 0 of 10.

Known misses, left on purpose: "fail mid" and its kin (CONDA's even rows label "fail
mid", "fail carry", "fail ember" as often clean as toxic; gamechat13 left it out too);
"joke sf" ("joke" weighs 0.45, under the line said of anyone); "nood/nobo team", "team
nob" (typos that read as other words); "worst ld ive seen" ("ld" is no hero name here:
two-letter names collide with words); "oh shut up jug" (benign "oh shut up").

The held-back batch (45 hostile, 45 clean, 10 of them swearing), counted only at the
start and the end: 41 caught, 1 clean flagged, swearing 0 of 10 (F1 0.943) both times.
Its misses at the end: "report our sage" and "report pudge he is feeding" (a bare
report; CONDA labels "report <hero>" an action, 331 of 408 even rows with "report" are
A, so this round left it clean: the batch's labels and the data disagree), "we lost cuz
of our tank" ("cuz" was taken back as an anchor, see the rules' test), "get good kid".
Its false flag: "that was ez for us gg" (main's "ez" reading). The floors below are
that final count.
"""

from __future__ import annotations

from tests.core.scoring import gamechat16_holdout_lines as held
from tests.core.scoring import gamechat16_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

KNOWN_MISSES: frozenset[str] = frozenset({
    "nobo team", "team nob", "fail mid", "gg fail carry", "fail jungler again",
    "joke sf", "worst ld ive seen", "oh shut up jug",
})  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({"noobs welcome in my guild", "ez game gg wp"})

HELD_CAUGHT_FLOOR = 41
HELD_FLAGGED_CAP = 1
HELD_SWEARING_CEILING = 0.0


class TestGameChat16Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=0.82,
        swearing_ceiling=0.0,
        held_swearing_ceiling=HELD_SWEARING_CEILING,
        held_caught_floor=HELD_CAUGHT_FLOOR,
        held_flagged_cap=HELD_FLAGGED_CAP,
    )
