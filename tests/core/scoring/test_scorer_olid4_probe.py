"""The OLID round's probe (issue 8, seventh session): tweet-style replies about
politicians, parties, journalists, celebrities and athletes, measured at default
settings (`Scorer()`); the lines are in olid4_probe_lines.py.

On main before the round, the studied part (150 hostile, 100 clean, 25 of them
untargeted swearing): 84 caught (recall 0.560), 3 clean flagged, F1 0.709, swearing 0
of 25. After targeting_olid4.py: 98 caught (recall 0.653), 3 flagged, F1 0.781,
swearing 0 of 25.

The held-back part (40 hostile, 30 clean, 8 of them swearing), written last and never
read for misses: before, 20 caught, 2 flagged, F1 0.645, swearing 0 of 8; after, 25
caught, 2 flagged, F1 0.746, swearing 0 of 8. Only floors are kept for it; the studied
part keeps its known misses as data.
"""

from __future__ import annotations

from tests.core.scoring import olid4_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# The studied part's misses after the round, by shape: put-downs with no lexicon word
# ("you have the brain of a goldfish", "he is a snake", "you must suck at chess"), calls
# for prison ("lock him up", "she belongs in prison": political speech as often), words
# the lexicon weighs below the threshold said to anyone ("you're a fraud", "he is a
# joke": the floor lifts only words that flag said to the reader), a
# name-call of a person no list names ("that singer is a talentless hack", "the ref is
# blind and corrupt"), a group cursed ("fuck the democrats", left to the older rules),
# and Italian name-calls in a shape of their own ("che vergogna di giornalista").
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        '@USER THE LEFT WING ACTIVIST IS A LIAR',
        '@USER a disgraceful human being, nothing more',
        "@USER all that money hasn't made you smarter",
        '@USER bunch of crooks in congress',
        '@USER che vergogna di giornalista',
        '@USER fuck the democrats',
        '@USER he is nothing but a puppet',
        '@USER he is the dirtiest player in the league, a thug',
        '@USER his brain is smaller than a peanut',
        '@USER hopefully your obesity catches up with you',
        '@USER lock him up and throw away the key',
        '@USER quel politico è un ladro e un bugiardo',
        '@USER retire already, you are washed',
        '@USER screw him and his wall',
        '@USER that grifter will say anything for money',
        '@USER that singer is a talentless hack',
        '@USER the biggest liar in american history',
        '@USER the fraud in the white house strikes again',
        '@USER the owner is a greedy cheapskate',
        '@USER the ref is blind and corrupt',
        '@USER the umpire should be banned for life, he is a cheat',
        '@USER this referee is a disgrace to the sport',
        '@USER throw her in jail',
        '@USER typical hack journalist, making stuff up again',
        '@USER vai in galera ladro',
        '@USER you are beneath contempt',
        '@USER you must suck at chess',
        '@USER your parents must be so embarrassed',
        'poor sad liberals, no hope for them',
        'why are liberals so trashy?',
    }
)  # fmt: skip
# "is he a liar?" reads a question as said of him (the older rules); "the movie is trash
# but the actors tried" and "the team played like garbage" judge a film and a game.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {
        "@USER is he a liar? the fact check says no",
        "@USER the team played like garbage tonight",
    }
)

# Floors: this round's figures (F1 and the share of untargeted swearing flagged).
TUNE_F1_FLOOR = 0.78
HELD_F1_FLOOR = 0.74
SWEARING_CEILING = 0.0


class TestOlid4Probe(ProbeRoundChecks):
    ROUND = ProbeRound(
        studied=Part(probe.TUNE_HOSTILE, probe.TUNE_CLEAN, probe.TUNE_SWEARING),
        held=Part(probe.HELD_HOSTILE, probe.HELD_CLEAN, probe.HELD_SWEARING),
        known_misses=KNOWN_MISSES,
        known_false_flags=KNOWN_FALSE_FLAGS,
        studied_f1_floor=TUNE_F1_FLOOR,
        swearing_ceiling=SWEARING_CEILING,
        held_swearing_ceiling=SWEARING_CEILING,
        held_f1_floor=HELD_F1_FLOOR,
    )
