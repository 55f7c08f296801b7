"""The chat9 probe (issue 8): Discord servers and the chat of games other than Dota 2
(League, Valorant, CS, Overwatch, Fortnite, Minecraft, Rocket League, Among Us, Roblox),
measured at default settings (`Scorer()`). The lines are in chat9_probe_lines.py and
chat9_holdout_lines.py.

On main before the round, the studied part (108 hostile with the brief's five known
misses, 88 clean with its two known false flags, 20 untargeted swearing): 65 caught, 5
clean flagged, 0 swearing flagged, F1 0.730. After targeting_chat9.py and its lexicon
lines: 97 caught, 2 flagged, 0 swearing flagged, F1 0.937.

The held-back part (49 hostile, 42 clean, 15 swearing), written after the studied part
and before any rule changed, measured only at the start and the end, by counts: before,
27 caught, 3 flagged, 0 swearing flagged, F1 0.684; after, 39 caught, 0 flagged, 0
swearing flagged, F1 0.886. Only floors are kept for it.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import chat9_holdout_lines as held
from tests.core.scoring import chat9_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# The studied part's misses after the round, by shape: put-downs with no hostile word
# ("cant hit a barn", "a walking int machine", "zero brain cells"), a dox said as a
# number, a kick with the person inside the verb phrase ("get this guy out of"), a vote
# kick (a game's own procedure as often as a pile-on), a superlative of looks with a
# face, a noose told after an order, "do us all a favour, die", "go afk forever", a
# mass report (a "mass report his" line would make "report" a hit word of the shared
# lexicon, which test_scorer_layers.py pins).
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "mercy main with zero brain cells", "our awper cant hit a barn",
        "this adc is a walking int machine", "your ip is 192 something, see you soon",
        "get this guy out of the lobby", "vote kick the jett",
        "tom has the ugliest face i've ever seen", "log off and touch a noose",
        "dodge next time and do us all a favour, die", "go afk forever",
    }
)  # fmt: skip
# A rocket jump's "kill yourself" is the game's mechanic, read as the order it looks
# like; "gg ez game for us" gloats at no one when the writer's side is the one it was
# easy for.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {"kill yourself with a rocket jump to get up there", "gg ez game for us"}
)  # fmt: skip

TUNE_F1_FLOOR = 0.93
HELD_F1_FLOOR = 0.88
SWEARING_CEILING = 0.15  # the held-out game-chat floor's share of untargeted swearing


def test_brief_lines_have_their_labels(scorer: Scorer) -> None:
    """The brief's known misses and false flags from earlier rounds."""
    assert all(scorer.score(line).hostile for line in probe.BRIEF_HOSTILE)
    assert not any(scorer.score(line).hostile for line in probe.BRIEF_CLEAN)


class TestChat9Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(
            probe.BRIEF_HOSTILE + probe.TUNE_HOSTILE,
            probe.BRIEF_CLEAN + probe.TUNE_CLEAN,
            probe.TUNE_SWEARING,
        ),
        held=Part(held.HELD_HOSTILE, held.HELD_CLEAN, held.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_f1_floor=HELD_F1_FLOOR,
        held_flagged_cap=0,  # none flagged at the end of the round
    )
