"""The insults27 probe (issue 8): a team urged on during play with a swear word, "box out
you fuckers!", "defend you bastards", "rebound you motherfuckers, two minutes left": a
game order, then "you", then the swear word, yelled at one's own side (insults12 reads
"let's go you fuckers" the same way); and the nearest hostile wordings in the same words
(orders that push a person away or harm them, the swear word with an insult beside it,
the swear word aimed at a person named). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # orders that push people away or wish them harm
    "shut up you fuckers", "get lost you bastards", "die you fuckers",
    "go away you motherfuckers", "fuck off you bastards", "get out you fuckers",
    "leave me alone you bitches", "burn in hell you bastards", "drop dead you fuckers",
    "piss off you motherfuckers", "get off my lawn you bastards",
    "stop talking you fuckers", "go home you bitches", "choke you bastards",
    # the swear word with an insult beside it
    "defend you useless fuckers", "box out you lazy bastards, you're pathetic",
    "rebound you fuckers, you are all trash", "score you bastards, idiots the lot of you",
    "shoot you fuckers, you worthless clowns", "pass the ball you stupid bastards",
    "hustle you fuckers, you're the worst team ever", "defend you morons, fucking idiots",
    # the swear word aimed at people named or spoken of
    "you fuckers stole my bike", "you bastards ruined my day", "i hate you fuckers",
    "you motherfuckers are scum", "screw you bastards", "fuck you fuckers",
    "you bitches are all the same", "you fuckers will pay for this",
    "i'll find you bastards", "you fuckers make me sick", "you bastards lied to me",
    "nobody likes you fuckers", "you fuckers are a joke",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a team urged on during play
    "box out you fuckers!! #nets", "defend you bastards!!", "rebound you motherfuckers",
    "hustle you fuckers, two minutes left", "shoot you bastards, the clock is running",
    "score you fuckers, one more goal", "push you bastards, we can still win this",
    "block you fuckers! block!", "tackle you bastards!!! #afl", "pass you fuckers, pass!",
    "defend you fuckers, it's a one point game", "attack you bastards, they're tired",
    "box out you bastards, come on", "rebound you fuckers #lakers",
    "press you motherfuckers, full court", "shoot you fuckers, wide open",
    "hustle back you bastards!", "defend you bitches, last quarter",
    "hold you fuckers, hold the line", "finish you bastards, empty net",
    "score you motherfuckers!!", "swing the ball you fuckers",
    "push the pace you bastards", "get back on defense you fuckers",
    "block shots you bastards", "cross it you fuckers!", "shoot it you bastards",
    "DEFEND YOU FUCKERS", "Rebound you bastards!! #heat", "box out you motherfuckers!!",
    "score you fuckers i have money on this", "push you fuckers, last lap",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit what a dunk", "fuck yes, overtime!", "damn that block was nasty",
    "shit, we lost again", "that three was so fucking clean", "well fuck, there goes my bet",
)
