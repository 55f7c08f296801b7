"""The gamechat37 held-back lines (issue 8): the probe's shapes in other words (a
nationality generalised about in the lobby, its players told to go) and clean chat that
looks alike, written with the probe and before any rule; counted only at the start and
the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "typical pinoys", "typical russians man", "typical brazilians",
    "brazilians in a nutshell", "pinoys in a nutshell", "as always peruvians",
    "as usual russians", "dem russians", "dem ruskies lol", "so many peruvians tonight",
    "too many pinoys in eu", "too many brazilians in this lobby", "full russians",
    "full pinoys team", "another russian on my team", "omg another pinoy",
    "another brazilian in our team ffs", "5 russians in my team", "2 pinoys in our team",
    "russians everywhere smh", "PINOYS EVERYWHERE", "brazilians again",
    "russians again wtf", "peruvians always feed", "russians always rage",
    "brazilians always afk", "every game peruvians", "TYPICAL RUSKIES",
    "bloody russians", "ugh peruvians",
    "go back to ur russian servers", "go back to brazil", "go back to peru pls",
    "GO BACK TO RUSSIA", "stop playing dota russians", "stop dota pinoys pls",
    "russians go back to ru", "brazilians go back to sa", "no peruvians allowed",
    "no pinoys allowed in eu",
)

HELD_CLEAN: tuple[str, ...] = (
    "im peruvian btw", "i'm russian so i get it", "as a pinoy i play on sea",
    "we russians queue at night", "peru server?", "is this the peru server",
    "anyone speak portuguese", "russia server lag again", "i play on the brazil server",
    "the russian announcer pack is great", "gg russians well played",
    "peruvians are so friendly here", "love playing with brazilians",
    "two russians carried the game wp", "the pinoy scene is so strong",
    "typical russian breakfast lol", "russian salad after the game",
    "are you peruvian?", "are there many russians on eu west?",
    "he keeps saying typical peruvians", "stop saying go back to russia, that's racist",
    '"typical pinoys" is a dumb thing to say', "not all peruvians are bad",
    "its not the russians fault, our draft was bad", "go back to fountain",
    "go back to top lane", "stop playing dota for tonight", "their peruvian carry is good",
    "my cousin is russian", "another game on the russian server", "so many creeps in this lane",
    "typical invoker combo", "russians win ti again", "learning russian for fun",
    "brazil server is empty", "russia is so cold", "peruvian food is the best",
    "a peruvian friend taught me dota", "i miss the old sea servers",
    "another pinoy stream tonight",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck this ping", "holy shit what a comeback", "shit i forgot my tp",
    "fucking hell this creep wave", "damn that was close", "wtf this fog lol",
)
