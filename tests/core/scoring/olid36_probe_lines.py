"""The olid36 probe (issue 8): a third person or "they" put down inside an opinion ("i
think they suck", "honestly i think they are trash", "imo they're all clowns", "tbh he's
a moron") or in a compound predicate whose name-call comes after "and" ("he is pure evil
and a liar", "she's corrupt and a fraud"), and the clean lines in the same words (a win,
the writer's own failings, praise after "and", play judged in sports talk, questions,
denials and reported speech). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # an opinion frame, then "they" and a put-down
    "i think they suck", "i really think they suck", "honestly i think they suck so bad",
    "i think they are trash", "honestly i think they are garbage",
    "i feel like they are scum", "i think they're trash",
    "i think they are all idiots", "imo they're all clowns", "tbh they're all morons",
    "imo they are pathetic losers", "i think they're liars", "i believe they are frauds",
    "i feel like they're all hypocrites", "i swear they are the dumbest people alive",
    # an opinion frame, then he/she and a put-down
    "i feel like he's a total idiot", "tbh he's a moron", "imo she is a clown",
    "i think he sucks", "i think she is garbage", "honestly i think he is trash",
    "tbh she's a fraud", "i feel like she is such a liar",
    # a compound predicate, the name-call after "and"
    "he is pure evil and a liar", "she's corrupt and a fraud", "he is lazy and a coward",
    "she is dishonest and a hypocrite", "he is arrogant and an idiot",
    "they are corrupt and liars", "he's a liar and a crook", "she is evil and a disgrace",
    "@USER he is a disgrace and a traitor", "he is weak and a total loser",
    "she's rude and a bully", "he's pathetic and a joke",
)

TUNE_CLEAN: tuple[str, ...] = (
    # an opinion frame, then "they" and something that is no put-down
    "i think they won", "i think they are right", "i feel like they are tired",
    "imo they're all great", "tbh they're all legends", "i think they're coming tomorrow",
    "honestly i think they are amazing", "i think they are all friends",
    # the writer's own failings
    "i think i suck at this", "i feel like an idiot", "honestly i think i am trash at this game",
    "tbh i'm a moron for forgetting", "imo i was an idiot back then",
    # play judged in sports talk
    "i think they suck at defense this season", "i think they suck at free throws",
    # asked, denied, reported
    "do you think they suck?", "do you think he's a moron?", "i don't think they suck",
    "i don't think he's a liar", "nobody thinks they are trash", "he said they suck",
    "she told me they're all clowns", "why do people think he is a fraud?",
    # praise after "and"
    "he is pure gold and a legend", "she's kind and a hero", "he is smart and a leader",
    "she is tough and a fighter", "he's funny and a great friend",
    "they are talented and legends", "he is humble and a gentleman",
    "she is brave and a role model", "he's a veteran and a father",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit i think they won", "fuck yeah i think we did it",
    "damn i feel like shit today", "tbh this weather is fucking awful lol",
    "i think this song slaps as hell", "shit honestly i think i left my keys",
)
