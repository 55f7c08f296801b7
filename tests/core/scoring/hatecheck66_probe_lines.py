"""The hatecheck66 probe (issue 8): a named identity group refused any place in a
country, a town or a walk of life ("there is no place for trans people in this country",
"there's no room for muslims here", "this country has no place for immigrants"), or said
to be pointless or a waste of time ("women are a waste of time", "gays are pointless",
"muslims are a complete waste of resources"); and the clean lines in the same words that
must stay clean (places for everyone, no place for hate, room on a bus, a place to
change, things that are pointless, positive mentions, counter-speech, reports and
questions). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # no place or room for the group
    "there is no place for trans people in this country",
    "there is no place for muslims in our society",
    "there's no place for jews in this town",
    "there is no place for black people in our neighbourhood",
    "there is no place for disabled people in the workplace",
    "there should be no place for immigrants in britain",
    "there's no room for muslims in this country",
    "there is no room for trans people in sport",
    "there is no space for gay people in our church",
    "there is simply no place for women in the army",
    "there is no place for gays here",
    "there should be no room for refugees in europe",
    "this country has no place for muslims",
    "our society has no room for trans people",
    "britain has no place for immigrants",
    "no place for jews here",
    "there is no place in this country for gay people",
    "honestly, there is no place for immigrants here anymore",
    # pointless or a waste of time
    "women are a waste of time",
    "gays are pointless",
    "jews are pointless",
    "muslims are a waste of time",
    "trans people are utterly pointless",
    "immigrants are a complete waste of resources",
    "disabled people are a waste of time",
    "black people are a total waste of time",
    "gay people are a complete waste of time",
    "women are just pointless",
    "refugees are a waste of everyone's time",
    "muslims are completely pointless",
    "trans women are a waste of effort",
    "disabled people are pointless",
    "immigrants are pointless tbh",
    "jews are a waste of resources",
    "honestly, women are pointless",
)

TUNE_CLEAN: tuple[str, ...] = (
    # places for everyone, no place for hate
    "there is a place for everyone",
    "there is no place for hate in this country",
    "there is no place for racism against muslims",
    "there is no room for bigotry against trans people",
    "there is no place for homophobia in our church",
    "there's no room for my bike in the hallway",
    "there is no place like home",
    "there is no place for women to change at this gym",
    "there's no room for disabled people on this bus, it's too crowded",
    "there is no place for immigrants to get legal advice in this town",
    "there is a place for trans people in every sport",
    "this country has room for everyone",
    "there should be no place for people who hate muslims",
    "there is no place for jews to pray near the station",
    # things that are pointless, positive mentions
    "meetings are pointless",
    "this game is a waste of time",
    "women are a force of nature",
    "arguing with bigots is pointless",
    "hating immigrants is pointless",
    "this debate about trans people is a waste of time",
    "disabled people belong in every workplace",
    "gay people are a gift",
    "muslims are a big part of this town",
    "trying to convert jews is a waste of time",
    # negations, questions, counter-speech and reports
    "women are not a waste of time",
    "are immigrants pointless? of course not",
    "saying there is no place for muslims here is vile",
    "he said there's no room for gay people in the army and got fired",
    "anyone who thinks black people are pointless is a racist",
    "it's a lie that there is no place for trans people in sport",
    "the sign said 'no place for jews here', which is disgusting",
    "nobody thinks disabled people are a waste of time",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit, this concert is a blast", "fuck yeah, we won the quiz",
    "damn, this lasagna is amazing", "shit, the train is late again",
    "that was so fucking funny lol", "well shit, i forgot my keys",
)
# fmt: on
