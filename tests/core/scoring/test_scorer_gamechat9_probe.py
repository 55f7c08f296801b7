"""The ninth game-chat probe (issue 8): chat from games other than Dota 2 in the shapes
players flame with, measured at default settings (`Scorer()`); the studied lines are in
gamechat9_probe_lines.py, the held-back batch in gamechat9_holdout_lines.py.

On main before the round, the studied part (177 hostile, 134 clean, 40 of them
untargeted swearing): 66 caught (recall 0.373), 1 clean flagged ("mio fratello gioca
meglio di me lol"), F1 0.541, swearing 0 of 40. After targeting_gamechat9.py and the
"gamechat9" lexicon lines: 131 caught (recall 0.740), 0 flagged, F1 0.851, swearing 0
of 40; 130 (F1 0.847) after "l2p" left the lexicon again (test_scorer_gamechat6_rules.py
keeps a bare "l2p" clean), a fix made after the held-back batch's last count.

The held-back batch (61 hostile, 50 clean, 15 of them swearing), written before any
rule and never read for misses: before, 21 caught, 0 flagged, F1 0.512, swearing 0 of
15; after, 43 caught, 0 flagged, F1 0.827, swearing 0 of 15. Only floors are kept for
it; the studied part keeps its known misses as data.

"report X" with no name-call ("report viper", "report our mid pls") was written as
hostile, but the researchers who annotated the Dota 2 chat call it action: of the 204
even-half lines that open with "report", 172 are "A" and 4 "O", control classes the
floors guard. Those lines stay known misses here on purpose (a finding, read before
any rule), and no rule reads a bare "report X".
"""

from __future__ import annotations

from tests.core.scoring import gamechat9_holdout_lines as held
from tests.core.scoring import gamechat9_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# The studied part's misses after the round, by shape: a bare "report X" (see above);
# a rhetorical question with no hostile word ("are you playing with your feet", "is your
# monitor even on", "how did you even get to plat", "which account did you buy"); a
# child's life named with no "your" ("mommy will take the ipad soon", "shouldnt you be
# doing homework"); a word no list holds ("terrible", "pointless", "weakest link",
# "negative iq", "no clue", "walking gold bag", "imbarazzante"); a hero after "this"
# ("this bastion is braindead": gamechat8 leaves it to the champion); a gloat with no
# "ez" ("free lp", "L + ratio", "troppo facile scarsi"); "cuz", which changes other rules'
# readings as a lexicon word ("lost cuz of the tank"); typos the tables lack ("dumass",
# "e z", "rep0rt"); "L2P" (a bare "l2p" stays clean, gamechat6); orders the lexicon
# lacks ("STOP FEEDING", "never touch this champ again", "just afk you do less damage").
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "L2P", "REPORT THE TANK",
        "ashe is the weakest link here",
        "bronze player in a gold lobby lol", "carry is a waste of a slot",
        "do you even know what buttons do", "e z", "entry fragger is terrible",
        "everyone report the jungler", "first day on a keyboard?", "free lp",
        "how did you even get to plat", "how old are you 9?",
        "just afk you do less damage",
        "mass report our top", "mommy will take the ipad soon", "never touch this champ again",
        "offlaner is a walking gold bag", "our jungler is a complete waste", "pls report thresh",
        "pos 5 has no clue what hes doing", "rep0rt jett", "report brig",
        "report kayle she's trolling", "report our mid pls", "report sage for griefing",
        "report the healer useless", "report viper", "reportate il mid", "sei imbarazzante",
        "shouldnt you be doing homework", "support has negative iq", "thanks for the free rr",
        "this lurker is pointless", "troppo facile scarsi",
        "tutorial was too hard for you huh", "which account did you buy",
        "your voice hasnt even dropped lol",
    }
)  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

# Floors: this round's figures (F1 and the share of untargeted swearing flagged).
TUNE_F1_FLOOR = 0.845
HELD_F1_FLOOR = 0.82
SWEARING_CEILING = 0.0
HELD_SWEARING_CEILING = 0.0


class TestGameChat9Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=HELD_SWEARING_CEILING,
        held_f1_floor=HELD_F1_FLOOR,
    )
