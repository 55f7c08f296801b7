"""The insults27 held-back lines (issue 8): other wordings of the insults27 probe's shapes
(a team urged on during play with a swear word; the nearest hostile wordings), written
at the same time as insults27_probe_lines.py and before any rule. Counted only at the
start and the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "shut the hell up you fuckers", "get lost you motherfuckers", "die you bitches",
    "go away you bastards", "fuck off you fuckers", "get out of here you bastards",
    "leave us alone you fuckers", "rot in hell you motherfuckers", "drop dead you bastards",
    "piss off you fuckers", "stay away from me you bastards", "go cry you bitches",
    "get out of my house you fuckers", "shut your mouths you bastards",
    "defend you worthless bastards", "rebound you useless motherfuckers",
    "box out you fuckers, you're all idiots", "score you bastards, fucking morons",
    "shoot you fuckers, pathetic losers", "hustle you lazy fuckers",
    "pass you stupid bastards, you clowns", "block you fuckers, you're garbage",
    "you bastards took my seat", "you fuckers wrecked my car", "i despise you bastards",
    "you motherfuckers are trash", "screw you fuckers", "fuck all you bastards",
    "you fuckers are all liars", "you bastards will regret this",
    "i'm coming for you fuckers", "you bitches disgust me", "you fuckers cheated me",
    "everyone hates you bastards", "you bastards are pathetic", "you fuckers are worthless",
    "get lost you fuckers, nobody wants you", "shut up you bitches",
    "go to hell you fuckers", "beat it you bastards",
)

HELD_CLEAN: tuple[str, ...] = (
    "Rebound you fuckers! #knicks", "defend you motherfuckers!!", "box out you bitches",
    "hustle you bastards, one minute left", "shoot you fuckers, shot clock",
    "score you bastards, one more try", "push you fuckers, they're gassed",
    "block you bastards! block it!", "tackle you fuckers!!! #nrl", "pass you bastards, pass!",
    "defend you bastards, it's a tie game", "attack you fuckers, go go go",
    "box out you fuckers, come on", "rebound you bastards #bulls",
    "press you fuckers, full court", "shoot you bastards, you're open",
    "hustle back you fuckers!", "defend you fuckers, last two minutes",
    "hold you bastards, hold them", "finish you fuckers, open goal",
    "score you bastards!!", "move the ball you fuckers",
    "push the tempo you fuckers", "get back on defence you bastards",
    "block shots you fuckers", "cross it you bastards!", "shoot it you fuckers",
    "REBOUND YOU BASTARDS", "Defend you fuckers!! #bucks", "hustle you motherfuckers!!",
    "score you bastards i bet on you", "push you bastards, final lap",
    "attack you motherfuckers, they're tired", "tackle you fuckers, wrap him up",
    "pass you motherfuckers!", "finish you bastards, finish!",
    "press you bastards #gunners", "block you motherfuckers", "score you bitches, come on",
    "box out you fuckers #warriors",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit what a save", "fuck yeah, we won!", "damn that pass was sick",
    "shit, another loss", "that goal was so fucking good", "well shit, there goes the series",
)
