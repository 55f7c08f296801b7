"""The precision22 probe (issue 8): an insult that is someone else's opinion of the
writer's side or of a crowd not in the thread ("they treat us like idiots", "they must
think we're stupid", "politicians think voters are morons", "ea thinks gamers are dumb")
and hostile lines in the same words that must stay caught (the writer's own opinion, the
reader labelled, the believers called names). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the writer's own opinion
    "i think they are idiots", "i think you are stupid", "we think they are morons",
    "honestly i think gamers are stupid", "i treat them like idiots because they are",
    "i see you as a moron", "i consider all of you idiots", "we all think youre a loser",
    "i think voters are idiots", "i take you for a fool",
    # the reader labelled
    "everyone thinks you are an idiot", "they treat you like an idiot because you are one",
    "they think youre stupid and they are right", "people see you as a clown",
    "the whole server thinks ur a moron", "they take you for a fool and so do i",
    # the believers called names too
    "they think we're idiots but they are the idiots", "they treat us like morons, the morons",
    "they think we are stupid, stupid fucks",
    "the devs think players are idiots, the devs are idiots",
    "politicians think voters are dumb, what a bunch of clowns",
    "they see us as sheep, fucking idiots", "these morons think we are stupid",
    # no believer's verb, or plainly aimed
    "we are surrounded by idiots", "voters are idiots", "gamers are so stupid",
    "customers are morons", "players are idiots lol", "you are an idiot", "ur so stupid",
    "shut up you moron", "the public are fucking idiots", "users are idiots",
    "fans are such losers", "you people are idiots",
    # a describing word before the crowd (added with the rule's owners, before them)
    "i think the average voter is an idiot", "the average voter is stupid",
    "we the people think you are idiots",
)

TUNE_CLEAN: tuple[str, ...] = (
    # someone else's opinion of the writer's side
    "they treat us like idiots", "they think we are stupid", "they must think we're idiots",
    "they think we're all morons", "they take us for idiots", "do they think we are stupid",
    "they really think we are that dumb", "they think we are nothing but dumb sheep",
    "they see us as morons", "they assume we're all idiots",
    "the government treats us like fools", "the media thinks we are idiots",
    "they think we are nothing more than fucking idiots", "my teachers think im stupid",
    "he thinks i'm an idiot lol", "my parents treat me like a child and an idiot",
    # someone else's opinion of a crowd not in the thread
    "politicians think voters are idiots", "they really think the public are idiots",
    "they treat their customers like idiots", "apple thinks its users are morons",
    "the devs treat players like idiots", "ea thinks gamers are stupid",
    "the studio thinks fans are dumb", "the network treats viewers like morons",
    "banks think customers are stupid", "advertisers think consumers are idiots",
    # denied or asked
    "they dont think we are stupid", "does the company think players are idiots?",
    "why do they treat us like idiots", "nobody thinks you are stupid",
    "no one thinks gamers are dumb", "stop treating us like idiots",
    # a describing word before the crowd (added with the rule's owners, before them)
    "they think we the american people are idiots",
    "the government thinks the average voter is stupid", "they treat ordinary players like idiots",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit they fixed the servers", "fuck yeah we won", "damn that patch was good",
    "shit i forgot my charger", "hell yes new season", "fucking finally a good update",
)
