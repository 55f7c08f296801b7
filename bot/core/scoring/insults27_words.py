"""Word lists for the insults27 round (issue 8, targeting_insults27.py): a team urged on
during play with a swear word."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import insults12_words

# fmt: off
# The swear words a side is yelled at with: insults12's cheered words ("fuckers",
# "bastards", "motherfuckers", "bitches", "sons of bitches").
SWEARS: Final[frozenset[str]] = insults12_words.CHEERED
# The reader right before the swear word: "box out [you] fuckers".
READER: Final[frozenset[str]] = insults12_words.READER
# Orders of play that open the clause: "box out", "defend", "rebound", "hustle back",
# "swing the ball", "shoot it". Never an order that sends a person away or harms one
# ("shut up", "get lost", "die", "go home", "hit", "kick", "run", "chase").
PLAY_ORDERS: Final[frozenset[str]] = frozenset({
    "box", "boxout", "defend", "defence", "defense", "rebound", "hustle", "shoot",
    "score", "push", "block", "tackle", "pass", "attack", "press", "hold", "finish",
    "swing", "cross", "move", "dribble", "sprint", "mark", "track", "crash", "clear",
    "rotate", "switch", "cover", "convert",
})
# A person as the order's object ("shoot him you bastards", "finish them you fuckers")
# makes it harm, not play: the order stays aimed.
PERSONS: Final[frozenset[str]] = frozenset({
    "me", "him", "her", "them", "us", "em", "everyone", "everybody", "yourselves",
})
# Right after the swear word, the order becomes harm done to the people: "hold you
# bastards down", "finish you fuckers off", "beat you bastards up".
HARM_PARTICLES: Final[frozenset[str]] = frozenset({"down", "off", "up", "dead", "out"})
ORDER_REACH: Final = 4  # tokens back from the reader to the order: "swing the ball you"
