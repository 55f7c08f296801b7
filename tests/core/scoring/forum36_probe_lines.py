"""The forum36 probe (issue 8): forum posts (Gab/Reddit/HateXplain style) that demonise a
named group, casting it as evil, satanic or demonic: "jews are the children of satan",
"muslims are demons", "the left is pure evil", "democrats are satan's minions", "those
people are evil incarnate"; and the lines in the same words that must stay clean (evil
said of acts, ideas and things, religious talk, games and food, counter-speech, questions,
quotes and reports). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a named group, a copula, and a word of evil or of the devil
    "jews are the children of satan", "muslims are demons", "the left is pure evil",
    "democrats are satan's minions", "liberals are evil incarnate",
    "leftists are literally demonic", "the jews are the synagogue of satan",
    "immigrants are devils, all of them", "muslims are evil to the core",
    "the democrats are pure evil", "gays are demonic perverts",
    "jews are the spawn of satan", "the left is satanic", "islam's followers are demons",
    "blacks are devils", "feminists are evil witches, every last one",
    "the democrat party is satanic", "liberals are servants of satan",
    "jews are satanic", "refugees are demons in disguise", "muslims are the devil's army",
    "leftists are evil, plain and simple", "the left are demons",
    "democrats are the devil's children", "mexicans are evil",
    # the group under a word of evil said before it
    "those satanic jews again", "the evil muslims are at it again",
    "demonic leftists run the schools now", "the satanic left wants your kids",
    "more lies from the evil jews", "white devils ruined everything",
    "these wicked liberals never stop", "evil democrats stole the vote",
    "the devil worshipping democrats", "all these demon liberals",
)

TUNE_CLEAN: tuple[str, ...] = (
    # evil said of acts, ideas and things
    "racism is evil", "that boss fight is pure evil", "this cake is evil",
    "slavery was pure evil", "the holocaust was evil incarnate",
    "terrorism is evil no matter who does it", "this level is demonic lol",
    "that final raid boss is satanic", "the chocolate brownie is evil, i ate three",
    "what the cartel did is evil", "antisemitism is satanic",
    # religious talk
    "satan tempts everyone", "the devil is a liar", "pray against the demons in your life",
    "jesus cast out the demons", "evil exists because of free will",
    # counter-speech, negation, questions, quotes and reports
    "muslims are not demons", "jews are not the children of satan, stop it",
    "saying the left is evil is lazy", "nobody thinks democrats are satan's minions",
    "are liberals evil? no", "he called muslims demons and got banned",
    "calling jews satanic is antisemitic", "\"the left is pure evil\" is a dumb slogan",
    "the idea that immigrants are devils is racist",
    # other clean uses of the same words
    "resident evil 4 remake is great", "devil may cry is on sale",
    "my cat is a little devil", "demon slayer season 3 slaps",
    "the evil queen is my favourite villain", "the lesser of two evils is still evil",
    "the devils won the hockey game",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that demon boss was fucking hard",
    "damn this devil's food cake is fucking good",
    "fuck yeah, resident evil night with the boys",
    "shit, the evil dead remake is so damn gory",
    "hell yeah, satanic riffs are fucking sick",
    "fucking hell, i love playing the evil campaign",
)
