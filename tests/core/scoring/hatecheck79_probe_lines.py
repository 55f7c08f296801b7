"""The hatecheck79 probe (issue 8): a call for violence against a nationality named by its
bare adjective used as a plural group noun after a harm verb ("kill the japanese", "we
should shoot the french", "someone needs to hang the irish", "gas the vietnamese"), while
"kill all japanese" and "kill the jews" were already read; and the clean lines in the same
words that must stay clean (game talk, the adjective before a thing, food and sport,
history and news, negations, questions, counter-speech and reports). Written before any
rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the order
    "kill the japanese", "shoot the japanese", "bomb the french", "hang the irish",
    "burn the dutch", "gas the vietnamese", "nuke the chinese", "murder the swiss",
    "execute the british", "lynch the irish", "stab the portuguese", "behead the danish",
    "drown the japanese", "massacre the lebanese", "just kill the french already",
    "kill the fucking chinese", "kill the japanese!!!", "shoot the dutch, all of them",
    # a call on someone, an intent or a wish
    "we should kill the japanese", "we should shoot the french", "someone needs to hang the irish",
    "somebody should bomb the chinese", "we need to gas the vietnamese",
    "lets burn the dutch", "let's nuke the japanese", "i say we kill the british",
    "i think we should shoot the swiss", "someone should just execute the portuguese",
    "we must kill the french", "i'm gonna stab the chinese", "we have to drown the irish",
    "time to kill the japanese", "honestly we should bomb the french",
    "kill the japanese. every last one", "we should hang the vietnamese for good",
)

TUNE_CLEAN: tuple[str, ...] = (
    # game talk and things after the adjective
    "kill the japanese tank first", "shoot the french sniper", "bomb their base",
    "nuke the chinese base in this mission", "kill the dutch general to win the level",
    "bomb the british fleet next round", "burn the french toast and start again",
    "kill the irish boss with fire", "shoot the japanese zero down",
    # food, language, sport and people's names of a nation
    "i love the japanese", "the french are playing tonight", "the irish won the match",
    "we're gonna beat the french in the final", "kill the japanese beetles in your garden",
    "the chinese make great food", "learn the japanese alphabet",
    # history, news and others' acts
    "the americans bombed the japanese in 1945", "they shot the irish rebels in 1916",
    "the nazis tried to kill the dutch resistance",
    "in the war they wanted to starve the dutch", "the british executed the irish leaders",
    # negations, questions, counter-speech and reports
    "nobody should kill the japanese", "we should never bomb the french",
    "why did they bomb the japanese?", "should we kill the french?",
    "saying 'kill the japanese' is disgusting", "he said we should shoot the french",
    "people who say kill the chinese are vile", "i would never hurt the irish",
    "don't kill the vietnamese, they did nothing wrong", "protect the swiss",
    "the chinese should not be killed for what their government does",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fucking hell the japanese grand prix was wild", "shit, the french fries are cold again",
    "damn the irish whiskey hits hard lol", "holy shit the dutch team is cracked",
    "this fucking chinese takeaway is amazing", "bloody hell the swiss chocolate is good",
)
