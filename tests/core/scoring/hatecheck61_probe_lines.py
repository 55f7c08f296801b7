"""The hatecheck61 probe (issue 8): a named identity group blamed as the reason for a
harm ("immigrants are the reason this country is dying", "muslims are why we can't have
nice things") or plainly said to suck ("jews suck", "trans people suck ass"), and the
clean lines in the same words that must stay clean (the same forms about things, teams
and people no one is protected as, the group as the victim, counter-speech, reports,
negations, questions, and the group as the reason for something good). Written before
any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the group as the reason for a harm
    "immigrants are the reason this country is dying",
    "muslims are the reason our towns are falling apart",
    "jews are the reason the economy is broken",
    "refugees are the reason crime went up",
    "black people are the reason this neighbourhood went downhill",
    "gay people are the reason families are collapsing",
    "trans people are the reason everything is going to hell",
    "women are the reason men are miserable",
    "disabled people are the reason our taxes are so high",
    "immigrants are the main reason we lost our jobs",
    "muslims are the real reason this country is a mess",
    "these refugees are the only reason our streets are unsafe",
    "all jews are the reason the world is in chaos",
    # "why" for "the reason"
    "immigrants are why we can't have nice things",
    "muslims are why this country is failing",
    "gay people are why kids are so confused these days",
    "refugees are why our schools are overcrowded",
    "black people are why the crime rate is so high",
    "trans people are why nobody trusts the news anymore",
    "jews are literally why nothing works anymore",
    "women are why this game is dying",
    "honestly immigrants are why our wages are so low",
    # the group plainly said to suck
    "immigrants suck", "muslims suck ass", "jews suck", "trans people suck",
    "gay people fucking suck", "black people suck", "disabled people suck ass",
    "refugees really suck", "women just suck", "all muslims suck", "honestly jews suck",
    "arabs suck lol", "mexicans suck so bad",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same forms about things, teams and people no one is protected as
    "the refs are the reason we lost", "bots are the reason this game is dying",
    "the devs are why we can't have nice things", "landlords are the reason rent is so high",
    "hackers are why nobody plays ranked anymore", "mondays suck", "taxes suck ass",
    "the servers suck", "these new skins really suck", "my teammates suck lol",
    # the group as the reason for something good
    "immigrants are the reason this country is great",
    "women are the reason i'm still alive",
    "refugees are why our town has such good food now",
    "my muslim neighbours are the reason i love this street",
    # the group as the victim
    "racists are the reason immigrants are scared",
    "bigots are why trans people are dying",
    "homophobes are the reason gay kids are struggling",
    # counter-speech and reports
    "people who say immigrants are the reason this country is dying are wrong",
    "stop saying muslims are why we can't have nice things",
    "he thinks jews are the reason the economy is broken, which is nonsense",
    "saying women suck is just sexist",
    "my uncle keeps saying refugees suck and it's embarrassing",
    # negations
    "immigrants are not the reason this country is dying",
    "refugees aren't why crime went up",
    "gay people don't suck, bigots do",
    "no one believes jews are the reason the economy is broken",
    # questions and quotes
    "are immigrants really the reason wages are low?",
    "why do people think muslims are the reason for everything bad?",
    "do trans people suck at this game or is it just me?",
    '"immigrants suck" is not an argument',
    # suck in another sense
    "black holes suck in everything around them",
    "the women's team sucks this season",
)

TUNE_SWEARING: tuple[str, ...] = (
    "this fucking lag is the reason we lost lmao",
    "holy shit that play was insane",
    "damn this map sucks ass lol",
    "fuck yeah we won",
    "shit, mondays suck",
    "what the hell was that ult lmao",
)
# fmt: on
