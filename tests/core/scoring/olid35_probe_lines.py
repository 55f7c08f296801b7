"""The olid35 probe (issue 8): derogatory opinions about a third person or a group, and
"people like you" said to the reader ("it's people like you who ruin this country", "i
think they suck", "these people are disgusting", "she is a lying hypocrite", "what a
pathetic excuse for a senator"), with clean lines in the same words that must stay clean
(praise, plain facts, questions, a plot called a fraud). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "it's people like you who ruin this country",
    "people like you are the reason nobody trusts the news",
    "liberals like you are the problem", "conservatives like you are a disgrace",
    "i think they suck", "honestly i think they are trash", "i think he is a complete moron",
    "they are white supremacists", "they are nothing but racists and bigots",
    "these people are disgusting", "these people are vile", "those people are scum",
    "she is a lying hypocrite", "she's a nasty liar", "he is a crook and a liar",
    "he's a total fraud and everyone knows it", "he is a fraud", "she is such a fake",
    "what a pathetic excuse for a senator", "what a clown he is", "what a disgusting woman",
    "he is a disgrace to the badge", "she is an embarrassment to this state",
    "they are pathetic and useless", "he's a corrupt piece of garbage",
    "these idiots never learn", "those morons in congress are clueless",
    "democrats are disgusting hypocrites", "antifa are a bunch of cowards",
    "the mayor is an incompetent fool", "that senator is a spineless coward",
    "she is a hateful bigot", "he is pure evil and a liar",
    "you and people like you are pathetic", "folks like you are why this place is a mess",
)

TUNE_CLEAN: tuple[str, ...] = (
    "people like you make this place better", "it's people like you who keep this country going",
    "people like you are the reason i still believe in kindness",
    "liberals like you are welcome here",
    "i think they won", "i think they are coming tonight", "i think he is at home",
    "they are white house staff", "they are nurses and teachers",
    "these people are amazing", "these people are volunteers", "those people are my neighbours",
    "is she a hypocrite for saying that?", "she is a lawyer", "he is a doctor and a father",
    "the movie is a total fraud story", "he is a fraud investigator", "she is such a sweetheart",
    "what a great senator", "what a player he is", "what a wonderful woman",
    "he is a credit to the badge", "she is the pride of this state",
    "they are kind and helpful", "he's a decent guy",
    "these kids never give up", "those folks in congress worked late",
    "democrats are holding a rally", "antifa is a movement that started in europe",
    "the mayor is an honest leader", "i don't think she is a liar", "nobody says he is a crook",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit what a game", "fuck yeah we did it", "damn this coffee is good",
    "shit, i missed the bus again", "this fucking song slaps", "hell yeah, friday",
)
