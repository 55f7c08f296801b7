"""The olid39 held-back lines (issue 8): other wordings of the round's shapes (a person
rated as bad at a role with a vulgar or poor-quality adjective, and a superlative
put-down of a person in a role), written at the same time as the probe and counted only
at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "you're a shitty husband", "ur a crappy gf", "you are a shit teacher",
    "u are a crap support", "@USER you're a lousy governor", "you're a shitty human",
    "you are such a crappy roommate", "youre a shit captain", "you are a shitty ex",
    "@USER you're a crappy excuse for a reporter",
    "she's a shitty friend", "he is a crappy boss", "@USER trump is a shit president",
    "the ref is a shitty ref", "that man is a lousy husband", "my brother is a shitty dad",
    "their jungler is a crap player", "he's such a crappy teammate", "she is a shite manager",
    "@USER he is a lousy leader",
    "what a shitty friend", "what a crappy boyfriend", "@USER what a lousy governor",
    "what a shit excuse for a coach",
    "@USER pelosi is the most dishonest politician", "he is the stupidest senator in congress",
    "trump is the most corrupt president ever", "worst mayor in history",
    "he's the laziest teammate i've ever had", "you are the dumbest player on this server",
    "@USER the most incompetent governor we've ever had", "biggest idiot in parliament",
    "she is the most pathetic host on tv", "you're the worst coach ever",
    "@USER the dumbest politician alive", "the most clueless ref in the league",
    "he is the most useless president", "you are the worst teammate ever",
    "@USER the stupidest judge in the country", "she's the most annoying streamer on twitch",
)

HELD_CLEAN: tuple[str, ...] = (
    "this is a shitty laptop", "that was a crappy movie", "what a shit day",
    "my mom bought a crappy car", "it was a lousy match", "what a shitty commute",
    "the crappy player skins in this game", "we had a shitty week",
    "i'm a crappy friend lately", "i am a shitty driver", "i was a lousy goalkeeper",
    "im such a crap support today my bad", "i'm the worst player on my team lol",
    "you're not a crappy boyfriend", "she is not a shitty mum", "is she a lousy teacher?",
    "am i a crappy roommate?", "he said i'm a shitty husband", "she thinks she's a crap coach",
    "no one says you're a shitty friend",
    "the worst movie in history", "the most dishonest headline today",
    "the dumbest mistake i've ever made", "the best coach we ever had",
    "he is the most honest politician", "worst traffic in history",
    "she is the kindest teacher in the school", "the most corrupt save file",
    "he's a bad ass teacher", "she is a shit hot driver", "you're a sick streamer",
    "the laziest cat in the house", "the stupidest bug in the game",
    "the worst part of the movie", "what a shitty ending", "a crappy phone camera",
    "the most useless button on the keyboard", "the dumbest rule in the rulebook",
    "i'm a lousy cook honestly", "is this the worst patch ever?",
)

HELD_SWEARING: tuple[str, ...] = (
    "shit i overslept", "crap the bus left", "holy crap that goal",
    "this shitty rain again lol", "damn that was close", "fuck me that was fun",
)
