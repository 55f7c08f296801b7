"""The olid36 held-back lines (issue 8): other wordings of the round's shapes, written at
the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "i think they stink", "honestly i think they blow", "i think they're garbage",
    "i feel like they are trash people", "i think they are all crooks",
    "imo they are all liars", "tbh they are scum", "i believe they are morons",
    "i think they are clowns", "i swear they're all idiots", "personally i think they suck",
    "i kinda think they suck", "i think they are complete idiots", "i feel they are losers",
    "honestly they're all frauds", "i think he's a clown", "i feel like she is a liar",
    "tbh she's an idiot", "imo he is garbage", "i think she's trash",
    "honestly he's a moron", "i really think he is a fraud",
    "he is dishonest and a crook", "she is greedy and a liar", "he's stupid and a bully",
    "she is arrogant and a fool", "he is corrupt and a traitor", "she's evil and a witch",
    "he is useless and a fraud", "they're lazy and cowards", "she is fake and a phony",
    "he's sleazy and a creep", "he is a criminal and a liar", "she's a hypocrite and a fraud",
    "@USER she is nasty and a liar", "he is spineless and a coward",
    "he is clueless and a moron", "she is vile and a disgrace", "he's dumb and a loser",
    "they are greedy and crooks",
)

HELD_CLEAN: tuple[str, ...] = (
    "i think they lost", "i think they are ready", "i feel like they are busy",
    "imo they're all awesome", "tbh they are heroes", "i think they're moving next year",
    "i believe they are honest", "honestly i think they are lovely",
    "i think i stink at math", "i feel like a fool", "tbh i'm trash at drawing",
    "i think i was a moron", "honestly i'm an idiot sometimes",
    "i think they suck at passing this year", "i think they suck at closing games",
    "do you think they are trash?", "do you think she's a liar?", "i don't think they stink",
    "i don't think she's a fraud", "no one thinks they are clowns",
    "she said they're all idiots", "he told me she is a liar",
    "why does everyone think she's a moron?",
    "he is pure class and a legend", "she's strong and a leader", "he is kind and a gem",
    "she is talented and a star", "he's loyal and a good man", "they are brave and heroes",
    "he is honest and a patriot", "she is funny and a sweetheart",
    "he's a husband and a dad", "she is young and a rookie", "he is tall and a great player",
    "i think they are the best", "honestly i think he's a genius",
    "i think she is the one", "i feel like he is better now", "imo she is a legend",
    "tbh he's a great coach",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit i think we won", "damn i think i broke it lol",
    "fuck i feel like crap today", "tbh this game is fucking great",
    "honestly this pizza is damn good", "shit i think i'm late",
)
