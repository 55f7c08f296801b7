"""The gamechat53 probe (issue 8): match chat cursing the players of a nationality by the
name of their country or by the plural nationality, which gamechat37 left unbuilt: a curse
or a wish opening its clause right before them ("fuck peru", "suck it russians", "die
pinoys", "screw the brazilians"), or the country or nationality called a vulgar noun
closing the clause ("peru shit", "report this peru trash", "russians garbage"). Clean
lines in the same words: a server, a lag or a thing of the country cursed, praise with a
curse ("fuck yeah brazil"), a curse with a pause before the nationality, negations,
questions, reports, quotes and counter-speech. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a curse or a wish opening its clause, right before the country or the nationality
    "fuck peru", "ugh fuck peru again", "fuck all peruvians", "fuck these russians",
    "screw the pinoys", "fuck u brazilians", "suck it russians", "die pinoys",
    "stfu peruvians", "fuck russia lol", "just fuck brazil man", "fck peruvians",
    "fuck you ruskies", "screw brazil", "suck it pinoys ez", "die ruskis",
    "fuk filipinos", "shut up russians", "report him | fuck peru",
    # the country or the nationality called a vulgar noun, closing the clause
    "peru shit", "reported peru shit", "report this peru trash", "brazil trash",
    "russia garbage lol", "pinoys trash", "russians garbage", "peruvians shit",
    "ruskies trash xd", "those peruvians scum", "peru dogs", "brazil monkeys",
    "filipinos garbage", "russia trash", "all peruvians shit", "pinoys dogs lol",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a server, a lag or a thing of the country cursed
    "fuck the peru server", "fuck peru servers", "fuck my ping to peru",
    "damn the peru server lags", "fuck russia server queue times",
    # praise with a curse, a curse with a pause before them
    "fuck yeah brazil won", "fuck, russians carried us", "fuck it, brazilians are nice",
    "shit, peru again", "holy shit russia is cold", "fuck me, brazil is far",
    "screw the rules, peruvians are cool", "suck it up russians we can still win",
    # things after the country
    "peru shit internet again", "russia trash talk is wild", "brazil garbage trucks are loud",
    # negated, asked, reported, quoted, counter-speech
    "i dont think peruvians are trash", "not all pinoys are garbage",
    "he said fuck peru lol", "dont say fuck russians", "stop saying fuck pinoys its racist",
    "who says fuck brazil?", '"fuck peru" is a dumb thing to type',
    "dont die pinoys, play safe", "i told him to shut up about russia",
    # kind or neutral
    "im from peru lol", "peruvians wp gg", "russians played well, fuck this game though",
    "i love brazil", "pinoys are so friendly", "greetings from russia",
    "no shit peru won",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck yeah we won", "holy shit that ult", "shit my mouse died",
    "fucking hell this lag", "damn that was close as fuck", "what the fuck was that rosh lol",
)
