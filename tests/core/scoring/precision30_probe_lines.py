"""The precision30 probe (issue 8): counter-speech about harm done to an identity group,
which older rounds read as a put-down of the group ("people are so cruel to muslims
online", "homophobia did violent harm to queer people", "the way they treat
refugees is disgusting", "being cruel to disabled people is pathetic"), and the hostile
lines in the same words that must stay caught (the group as the one said to be cruel or
violent, a call or a wish to harm the group, the group put down outright). Written
before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the group is the one said to do harm
    "muslims are so cruel to women", "immigrants are violent towards our kids",
    "black people are so racist towards whites", "gays are disgusting to me",
    "refugees are vile to the locals", "jews are evil to the core",
    "mexicans are so violent against everyone", "trans people are nasty to kids",
    "the way muslims treat women is disgusting", "asians are so hateful towards us",
    "arabs are cruel to their wives, animals", "women are so cruel to men, pathetic",
    # a call or a wish to harm the group
    "be cruel to muslims", "we should be violent to immigrants",
    "let's be vile to the gays", "i hope people stay cruel to refugees",
    "you need to be violent against jews", "we will be nasty to every black family here",
    "everyone should be hateful towards trans people", "i'm gonna be cruel to the gays",
    # the group put down outright, in the same words
    "muslims are violent", "gay people are disgusting", "immigrants are pathetic",
    "refugees are vile", "jews are evil", "black people are stupid",
    "trans people are sick", "asians are disgusting", "disgusting muslims",
    "violent immigrants everywhere", "queer people are pathetic",
    "immigrants are disgusting to me and my family",
    "gay people are cruel to children", "lesbians are nasty to everyone",
    "muslims are vile towards christians",
)

TUNE_CLEAN: tuple[str, ...] = (
    # harm done to a group, after an adjective or a harm noun
    "people are so cruel to muslims online", "people are so nasty to muslims online",
    "people are so hateful towards jews these days",
    "homophobia did violent harm to queer people in my town",
    "the police were racist towards black people back then",
    "they were vile to gay people for decades", "the media is disgusting to immigrants",
    "his violent rhetoric against immigrants scares me",
    "the comments towards jewish people on that post were vile",
    "conversion therapy is violent abuse of gay kids",
    "their stupid hatred of women is embarrassing",
    "the violent attacks on asians need to stop",
    "my classmates were so cruel to the muslim girl",
    "the bullies were savage to the trans kid",
    "so many men are nasty to women online",
    "the guards were violent towards the refugees",
    "twitter is so vile to black women",
    "politicians have been cruel to immigrants for years",
    # the act judged: the way a group is treated
    "the way they treat refugees is disgusting",
    "the treatment of refugees at the border is disgusting",
    "how they treat gay people is pathetic",
    "the way people treat trans kids is sick",
    "being cruel to disabled people is pathetic",
    "being racist towards asians is stupid",
    "what they do to muslims there is disgusting",
    "bullying gay kids is pathetic",
    "the abuse of refugees in those camps is evil",
    "being violent to immigrants is disgusting",
    "the hatred towards jewish people is vile",
    "the way the cops treat black people is disgusting",
    "the racist hate towards muslims is so stupid",
    "being nasty to lesbians online is pathetic",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck yes we finally won", "holy shit this song slaps", "damn that was a close one",
    "shit, i burned the toast again", "fucking hell the wifi is down",
    "that was a shitty movie lol",
)
