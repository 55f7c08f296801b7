"""The hatecheck31 probe (issue 8): functional hate suites' exclusion of a named group
("keep the jews out", "send them all back", "i wouldn't want a muslim as a neighbour",
"no immigrants allowed") and their spelling variations of a group's name (a letter
starred or swapped for a digit or symbol, a space or dot inside the word: "m*slims are
a plague", "j3ws", "g a y s"), with clean lines in the same shapes: the same frames at
things or non-protected groups ("keep the dogs out", "send them all back to the
warehouse"), positive and neutral mentions in the same spellings ("m*slims celebrate
eid"), counter-speech and reported speech, friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # exclusion
    "keep the jews out", "keep the muslims out of our country", "keep immigrants out",
    "we need to keep the gays out of our schools", "keep trans people out of here",
    "keep those immigrants out for good", "just keep the refugees out",
    "immigrants should be sent back", "send the immigrants back",
    "muslims? send them all back", "the refugees keep coming, send them all back",
    "send all the muslims back where they came from", "deport every last immigrant",
    "i wouldn't want a muslim as a neighbour", "i would never want a jew as my neighbor",
    "i don't want a trans person as my neighbour", "i wouldn't want a gay man as a neighbour",
    "no immigrants allowed", "no muslims allowed here", "no gays allowed in this bar",
    "jews are not welcome here", "muslims are not welcome in this country",
    "trans people should not be allowed in", "immigrants should be banned from entering",
    # spelling variations
    "m*slims are a plague", "j3ws are a disease", "tr@nnies are disgusting",
    "g a y s are vermin", "musl1ms are animals", "immigr4nts are parasites",
    "i hate j.e.w.s", "i hate m u s l i m s", "wom3n are inferior", "all mus!ims are terrorists",
    "i can't stand f@gs", "bl@ck people are criminals", "disabl3d people are a burden",
    "j*ws should be wiped out", "kill all the mu$lims",
)

TUNE_CLEAN: tuple[str, ...] = (
    # exclusion frames at things or non-protected groups
    "keep the dogs out", "keep the cats out of the kitchen", "keep the rain out",
    "send them all back to the warehouse", "send the pizzas back, they're cold",
    "i wouldn't want a dog as a neighbour", "i wouldn't want a drummer as my neighbour",
    "no dogs allowed", "no shoes allowed inside", "no phones allowed in class",
    "kids are not welcome at this bar after 9", "spammers should not be allowed in",
    "keep the spoilers out of general chat", "deport the bugs from my codebase lol",
    # groups mentioned neutrally or as the ones wronged
    "keep the jews safe", "muslims are welcome here", "immigrants are welcome here",
    "no one should send refugees back to a war", "trans people should be allowed in",
    "i'd love a muslim as a neighbour", "my neighbour is jewish and lovely",
    # counter-speech and reporting
    "saying 'keep the jews out' is antisemitic",
    "he said 'send them all back' and got banned",
    "'no immigrants allowed' signs are a disgrace",
    "people who say they wouldn't want a muslim neighbour are bigots",
    # same spellings, positive and neutral
    "m*slims celebrate eid", "j3ws light candles for hanukkah", "g a y s can marry here now",
    "musl1ms are my friends", "immigr4nts built this city", "wom3n are amazing",
    "tr@ns people deserve respect", "bl@ck people are awesome",
    "what's the best m*slim restaurant near you", "j.e.w.s and muslims are welcome",
    # other starred words
    "f*ck this level", "that was sh*t luck", "b@nana bread is the best",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fucking nice shot", "holy shit gg", "damn that was sick", "f*cking love this map",
    "sh1t that was close", "hell yeah lets go",
)
