"""The forum18 held-back batch (issue 8): Reddit-like comments in the probe's shapes
with other wording, written at the same time as forum18_probe_lines.py and before any
rule, counted only at the start and at the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # derogation of an affiliation
    "democrats are idiots", "leftists are clowns", "conservatives are cowards",
    "liberals are so fucking stupid", "feminists are a joke", "the left are lunatics",
    "vegans are annoying pricks", "millennials are entitled brats", "cops are pigs",
    "landlords are scumbags", "the mods are idiots", "this sub is full of losers",
    "this community is a dumpster fire of morons", "incels are disgusting",
    "trump supporters are braindead", "the woke crowd are morons",
    "all republicans are evil", "progressives are delusional idiots",
    "these right wing nutjobs are insane", "these commies are clueless",
    # dehumanising
    "these liberals are vermin", "conservatives are subhuman", "leftists are parasites",
    "trumpers are cockroaches", "vegans are a plague",
    # portmanteau slurs
    "libtards gonna libtard", "trumptards are out in force today", "go cry feminazi",
    "democraps ruin everything", "rethuglicans don't care about you",
    "lol another snowflake triggered", "stupid libtard", "typical libtard",
    # Reddit register, at the person replied to
    "found the neckbeard", "username checks out, idiot", "you're obviously a shill",
    "lick those boots harder bootlicker", "found the cop, bootlicker",
    "ok incel", "you should feel bad for writing this garbage take, moron",
    "spoken like a true incel",
)

HELD_CLEAN: tuple[str, ...] = (
    # criticism of ideas and policies
    "the democratic platform is weak on housing", "conservative ideology has flaws",
    "leftist economics ignores incentives", "the feminist movement lost its way",
    "vegan cheese is disgusting", "the mods' new rule is dumb",
    "the police response was pathetic", "landlord profits are out of control",
    "the republican bill is garbage", "trump's policies were a disaster",
    "woke marketing is cringe",
    # neutral and self mentions
    "i'm a liberal and even i think this is dumb", "as a vegan i appreciate this",
    "my dad is a boomer and he loves this show", "the mods locked the thread",
    "i asked the mods and they said it's fine", "my landlord is actually great",
    "feminists have been saying this for decades", "conservatives won the election",
    "the cops were really kind to us", "the incel community is studied by researchers",
    "i was a leftist in college", "thanks mods", "this community is so wholesome",
    "republicans and democrats both voted for it",
    # counter-speech
    "calling people feminazis is lazy", "stop saying libtard, it's dumb",
    "not every conservative is a fascist", "calling them vermin is dehumanising",
    "saying all cops are pigs doesn't help anyone",
    "you can disagree without calling people shills",
    "the word snowflake has lost all meaning",
    # other things called names
    "this patch is garbage", "the comment section is a mess today",
    "my cat is a menace", "the parasite in the movie was gross",
    "that's cancer for your lungs", "this update is trash",
    "the snowflake obsidian is beautiful", "rats got into the shed",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck this is funny", "holy shit this thread delivers", "damn, good point",
    "lol what the fuck", "this is fucking great", "shit happens", "hell yeah mods",
)
