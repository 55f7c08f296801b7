"""The forum18 probe (issue 8): Reddit-like comments in the round's shapes: derogation
of an affiliation (political and ideological groups, communities, fandoms, professions),
dehumanising words at one, portmanteau slurs for one, and Reddit-register abuse of the
person replied to ("found the incel", "you're a shill", "bootlicker"); and clean comments
that look alike: criticism of ideas and policies, neutral and self mentions of the
groups, profanity alone, counter-speech. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # derogation of an affiliation
    "liberals are braindead", "conservatives are all fascists", "feminists are cancer",
    "these leftist clowns never learn", "mods here are power tripping losers",
    "landlords are parasites", "this sub is a cesspool", "vegans are insufferable",
    "boomers are a bunch of selfish idiots", "cops are scum", "leftists are mentally ill",
    "republicans are morons", "the right is full of degenerates",
    "sjws are the worst people on the planet", "incels are pathetic losers",
    "this fandom is toxic garbage", "the mods of this sub are clowns",
    "conservatives are spineless cowards",
    # dehumanising
    "these people are vermin", "subhuman trumpers", "liberals are a disease",
    "leftists are rats", "conservatives are animals", "landlords are leeches on society",
    # portmanteau slurs
    "libtards will believe anything", "typical trumptard logic", "shut up feminazi",
    "the demonrats are at it again", "rethuglicans gonna rethuglican",
    "cry more snowflake", "triggered libtard detected", "another libtard meltdown",
    # Reddit register, at the person replied to
    "found the incel", "username checks out, dumbass", "you're a shill",
    "nice try bootlicker", "ok neckbeard", "spoken like a true neckbeard",
    "this is the dumbest take i've ever read, and you should feel bad",
    "you're just a paid shill", "imagine being this much of a bootlicker",
    "found the landlord lmao, parasite",
)

TUNE_CLEAN: tuple[str, ...] = (
    # criticism of ideas and policies
    "the liberal policy on housing failed", "conservative economics is flawed",
    "leftist theory doesn't work in practice", "the republican tax plan is a disaster",
    "vegan diets can be unhealthy if you're not careful", "this sub's rules are too strict",
    "the mods' decision was a bad one", "landlord regulations in this city are a mess",
    "feminist theory has some blind spots", "police reform is long overdue",
    "the incel forums were banned for a reason",
    # neutral and self mentions
    "as a feminist i disagree", "mods removed my post", "i'm a conservative and i agree",
    "my landlord fixed the sink today", "liberals and conservatives both want lower prices",
    "i used to be a vegan", "boomers grew up with different expectations",
    "the cops showed up after an hour", "this fandom has the best fan art",
    "ask the mods, they're usually helpful", "shoutout to the mods for the quick ban",
    "this sub is my favourite place on the internet",
    "the left and the right agree on this for once",
    # counter-speech
    "calling people libtards is childish", "stop calling everyone you disagree with a shill",
    "not all cops are bad", "saying feminists are cancer is just gross",
    "calling someone an incel isn't an argument",
    "using words like trumptard makes you look dumb",
    # other things called names
    "this game's balance is garbage", "the update is a disaster",
    "the rat in my kitchen is back", "that show was cancer to watch",
    "snowflakes falling on the window, so pretty",
)

TUNE_SWEARING: tuple[str, ...] = (
    "this shit is fucking hilarious", "holy fuck this thread", "damn that's a good point",
    "fuck yeah, finally some good news", "lmao this sub is so fucking funny",
    "shit, i forgot about that",
)
