"""Held-back lines of the hatecheck65 probe (issue 8): other wordings of the same shapes
(a protected group said to be of no use or worth to anyone), written at the same time as
hatecheck65_probe_lines.py and before any rule; counted only at the start and the end of
the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "women are no use to anybody", "muslims are of no use to anyone",
    "jews are no use to society", "black people are no use whatsoever",
    "trans people are of no use at all", "gay men are no use to anyone",
    "immigrants are of no use to us", "disabled people are of no use to society",
    "a muslim is no use to anyone", "tbh women are of no use",
    "refugees are no use to this country", "the jews are of no use to anybody",
    "immigrants are of no benefit to this country", "disabled people are of no value",
    "gay people are of no value to anyone", "black people are of no benefit to society",
    "women serve no purpose in the workplace", "trans people serve no purpose",
    "immigrants serve no useful purpose", "jews serve no purpose in society",
    "lesbians serve no purpose at all", "muslims serve no real purpose",
    "refugees add nothing to this country", "women add nothing of value",
    "muslims offer nothing to society", "gay people bring nothing of value",
    "black people add nothing to society", "jews offer nothing to anyone",
    "disabled people add nothing to the world", "immigrants bring nothing to the table",
    "trans women offer nothing of value", "the gays add nothing to this country",
    "muslims have nothing to offer", "jews have nothing to offer us",
    "gay people have nothing to offer society", "refugees have nothing to offer",
    "women have nothing to offer anyone", "immigrants have nothing to offer the uk",
    "disabled people have nothing to offer society", "black women have nothing to offer",
)

HELD_CLEAN: tuple[str, ...] = (
    "this hammer is no use to anyone", "the manual was of no use at all",
    "my cousin is no use at fixing cars", "those old coins are of no value",
    "the fence serves no purpose now", "this button serves no useful purpose",
    "pepper adds nothing to this dish", "the sequel adds nothing of value",
    "this town has nothing to offer tourists", "the shop had nothing to offer us",
    "it's no use, muslims will always be blamed by the tabloids",
    "no use crying, gay people won this fight fair and square",
    "shouting is of no use, refugees need real help",
    "refugees have a lot to offer", "gay people add so much to this town",
    "black people bring so much to the table", "jews offer nothing but warmth to guests",
    "women have so much to offer this company", "trans people add a lot to our team",
    "immigrants serve in our hospitals every day", "muslims serve the best food in town",
    "disabled people are not of no use, they work here too",
    "no one believes immigrants serve no purpose",
    "who says disabled people have nothing to offer?",
    "do women add nothing? of course they do",
    "claiming muslims are of no use to anyone is bigotry",
    "she said trans people serve no purpose and got banned",
    "the idea that jews add nothing to society is antisemitic",
    "quit saying black people have nothing to offer",
    "i'm tired of people claiming women are no use",
    "my uncle says immigrants are of no use, he is a bigot",
    "the troll wrote gay people have nothing to offer, we blocked him",
    "it is racist to say black people bring nothing of value",
    "the report says disabled people are no longer excluded",
    "muslims add nothing to their tea during the fast",
    "women serve no alcohol at this cafe",
    "jews have nothing to offer the tax office this year, they said",
    "my gay friends are no use at karaoke lol",
    "the immigrant centre has nothing to offer after 5pm",
    "trans people have nothing to fear here",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck me, that was close", "shit, the bus is late again", "hell yeah we won",
    "damn, this coffee is strong", "that gig was fucking mint", "oh shit, i left the oven on",
)
