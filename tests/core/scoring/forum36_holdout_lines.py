"""The forum36 held-back lines (issue 8): other wordings of the round's shapes, written at
the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "jews are children of the devil", "muslims are demons from hell",
    "the left is evil, period", "democrats are minions of satan",
    "those people are evil incarnate", "liberals are purely evil",
    "leftists are satanic scum", "the jews are satan's children",
    "immigrants are demons", "muslims are satanic", "the democrats are demonic",
    "gays are evil", "jews are the devil's spawn", "the left is truly evil",
    "islamists are devils", "feminists are demons", "liberals are the devil's servants",
    "the whole democrat party is evil incarnate", "blacks are demonic",
    "leftists are evil through and through", "muslims are the children of satan",
    "jews are pure evil", "the left is full of demons", "democrats are devils",
    "refugees are evil", "liberals are wicked people",
    "the satanic democrats lie again", "evil jews control the banks",
    "those demonic liberals again", "the wicked leftists won't stop",
    "more evil muslims flooding in", "satanic leftists want to groom kids",
    "the demon democrats", "brown devils everywhere",
    "these evil leftists are everywhere", "the devil's own democrats",
    "jews are literally the spawn of the devil", "muslims are servants of the devil",
    "the left are satan's foot soldiers", "liberals are demonic",
)

HELD_CLEAN: tuple[str, ...] = (
    "war is evil", "that dark souls boss is pure evil", "this pizza is evil",
    "genocide is evil incarnate", "child abuse is satanic", "hatred is demonic",
    "that trap level is evil", "the mosquito is the devil's insect",
    "greed is the root of all evil", "this dessert is sinfully evil",
    "the devil tempts us all", "satan is the father of lies",
    "demons flee at the name of jesus", "the bible says the devil prowls like a lion",
    "muslims are not evil", "jews are not satanic, that's a lie",
    "it's wrong to say democrats are demons", "no, liberals are not evil",
    "do you really think the left is evil?", "she said jews are the spawn of satan and got kicked",
    "claiming muslims are devils is bigotry", "\"democrats are demonic\" is a silly meme",
    "the myth that jews are satanic is ancient", "stop calling leftists evil",
    "resident evil village is scary", "the devil wears prada is a classic",
    "my dog is a little demon today", "evil genius is a fun game",
    "the new jersey devils signed a goalie", "demon's souls remake looks amazing",
    "the wicked witch of the west", "the evil twin trope is overused",
    "cancer is evil", "that tax is evil", "spicy wings are the devil",
    "he plays an evil wizard", "my team is the devils in fifa",
    "satanic panic was a moral panic", "the evil eye bracelet is pretty",
    "pure evil, this crossword",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck, that demon level was brutal",
    "holy shit, the devil may cry soundtrack slaps",
    "damn, the evil within is fucking scary",
    "shit yeah, satan's riffs on this album are wild",
    "fucking hell, the wicked musical was amazing",
    "hell yeah, evil dead night, fuck it",
)
