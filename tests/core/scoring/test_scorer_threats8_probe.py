"""The threats8 probe (issue 8): threats, doxxing, harassment campaigns, shut-outs and
self-harm orders with no swear word, against clean look-alikes (game calls, plans,
banter, safety talk, news, fiction, help-seeking, talk about oneself), measured at
default settings (`Scorer()`); the lines are in threats8_probe_lines.py.

On main before the round, the studied part (183 hostile, 149 clean, 10 of them
untargeted swearing): 70 caught, 10 clean flagged, F1 0.532. After targeting_threats8.py
and the "threats8" lexicon sections: 164 caught, 4 flagged, F1 0.934, swearing 0 of 10.

The held-back part (59 hostile, 51 clean, 4 of them swearing), written before any rule
and never read for misses: before, 11 caught, 3 flagged, F1 0.301; after, 12 caught,
4 flagged, F1 0.320 (bench/RESULTS.md says why it barely moved: the phrases cover the
studied wording, not new wording). Only floors are kept for it.
"""

from __future__ import annotations

from tests.core.scoring import threats8_probe_lines as probe
from tests.core.scoring.probe_checks import Part, ProbeRound, ProbeRoundChecks

# The studied part's misses after the round, by shape: a campaign with no pronoun in its
# phrase or a weak verb ("everyone report his streams", "screenshot this and send it to
# everyone"; "report" is left out: it would key phrases on a word every moderation
# message holds), a game verb kept out of threats ("i will end
# u"), phrases dropped for their clean look-alikes ("ur dead when i see u", "meet me
# outside and we'll see how tough you are"), exclusion said of a group ("your kind isn't
# welcome in this server"), one-offs.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "andiamo a commentare tutti sotto le sue foto",
        "ci vediamo all'uscita e vediamo chi ride", "do us all a favour and log off for good",
        "dont let him join the party", "dont play with him he's weird",
        "everybody dm her and tell her to leave",
        "everyone go to his profile and flood the comments",
        "go tell her what you think of her in her dms", "i will end u",
        "i'm saving your face, you'll see it everywhere",
        "meet me outside and we'll see how tough you are",
        "mass report this account",
        "screenshot this and send it to everyone",
        "someone find out where she lives",
    }
)  # fmt: skip
# The first three flagged on main too: "better off without me" is read as said to the
# reader, "sparisci" (vanish) as an order to leave, not a move behind cover, "dead to
# me" as a threat; "hunt you down" names a hunt, so no treat after it clears it.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {
        "sometimes i think everyone would be better off without me",
        "sparisci dietro il muro e aspetta",
    }
)

TUNE_F1_FLOOR = 0.93
HELD_F1_FLOOR = 0.31
SWEARING_CEILING = 0.0


class TestThreats8Probe(ProbeRoundChecks):
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
