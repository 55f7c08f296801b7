"""The precision35 probe (issue 8): gab-style posts that judge a thing, not people, with a
word older rounds read of a person or a group: a group word naming a thing ("the muslim
ban is a joke", "chinese food is garbage", "the chinese government is a bunch of dicks")
or an outlet, a platform or a law read as a person's name ("huffpo is a joke", "netflix
is the worst", "obamacare is a fucking joke"), and the hostile lines in the same words
that must stay caught (the group or a person judged: "the chinese are a joke", "trudeau
is a joke", "the cnn anchors are a bunch of dicks"). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the group itself judged
    "the chinese are a joke", "chinese people are garbage", "muslims are a fucking joke",
    "the muslim men around here are a joke", "mexicans are so corrupt",
    "chinese immigrants are shit", "trans people are a joke", "the chinese are a bunch of dicks",
    "israelis are a bunch of dicks", "jews are the worst", "the jewish bankers are corrupt",
    "the gay guys at work are a joke", "immigrants are garbage", "gay people are a fucking joke",
    "the chinese in this city are so corrupt", "the mexican kids in my class are trash",
    "the trans girl in my class is a joke",
    # a thing named beside the group, the group judged too
    "chinese food is garbage just like the chinese",
    "the muslim ban is fine, muslims are garbage",
    # people or a group's life behind the thing's word
    "the chinese government workers are idiots", "the jewish media is a joke",
    "the muslim community is garbage", "black culture is trash",
    # a person, the reader, the people of an outlet
    "trudeau is a joke", "pelosi is the worst", "don lemon is a fucking joke",
    "maxine waters is corrupt", "the cnn anchors are a bunch of dicks",
    "the huffpo writers are idiots", "you are a joke, just like cnn",
    "you chinese are a joke", "your muslim friends are garbage",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a group word naming a thing: a policy, a state's government, a product
    "the muslim ban is a joke", "the chinese government is a joke",
    "the chinese government is a bunch of dicks", "the chinese government is so corrupt",
    "chinese food is garbage", "chinese phones are shit", "the chinese tariffs are a fucking joke",
    "the chinese economy is a joke", "the trans bathroom bill is a joke",
    "the gay marriage ruling is a joke", "the immigrant caravan coverage is a joke",
    "the mexican government is corrupt", "the israeli government is a joke",
    "the gay pride budget is a joke", "the muslim prayer room rule is stupid",
    "the trans military ban is garbage", "chinese knockoff phones are trash",
    "lol the chinese government being a bunch of dicks again",
    "the muslim travel ban was total garbage", "chinese steel is garbage",
    # a leader's government
    "the trudeau government is a joke", "the may government is the worst",
    # an outlet, a platform or a law read as a name
    "huffpo is a joke", "cnn is a fucking joke", "wapo is a joke", "breitbart is a joke",
    "netflix is the worst", "obamacare is a fucking joke", "trumpcare is the worst",
    "congress is a joke", "nafta is a joke", "msnbc is a joke", "buzzfeed is a fucking joke",
    "politico is the worst", "infowars is a joke",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this chinese takeout is amazing", "damn, the new netflix show is fucking good",
    "fuck yeah the tariffs got dropped", "shit, i left my phone at the mexican place",
    "hell yes taco tuesday", "that korean bbq was fucking delicious",
)
