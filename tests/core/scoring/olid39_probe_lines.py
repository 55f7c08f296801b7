"""The olid39 probe (issue 8): a person rated as bad at a role, the targeted insult form
that OLID tweets and chat share and the scorer missed: a vulgar or poor-quality adjective
before a person's role ("ur a shitty teammate", "he's a crappy dad", "what a shit coach",
"she sounds like a lousy mother"), and a superlative put-down of a person in a role ("the
most dishonest senator", "the dumbest president we ever had", "worst coach in the
league"); the clean lines in the same words (things rated, the writer's own role, a
negation, a question, a report, praise slang) and friendly swearing. Written before any
rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the reader rated in a role
    "ur a shitty teammate", "you're a crappy friend", "you are a shit coach",
    "u r a crap player", "@USER you are a shitty person", "you're such a shitty boyfriend",
    "you are a lousy father", "youre a crappy human being", "you are a shite mum",
    "@USER you're a shitty excuse for a journalist",
    # a third person rated in a role
    "he's a shitty dad", "she is a crappy mother", "he is a shit president",
    "ramos sounds like a shitty ump", "@USER she is a lousy senator", "that guy is a crap ref",
    "this dude is such a shitty player", "@USER he is a crappy leader",
    "his wife is a shitty person", "their coach is a lousy coach tbh",
    # said with "what a"
    "what a shitty person", "what a crappy teammate", "@USER what a shit president",
    "what a lousy excuse for a father",
    # superlatives of a person in a role
    "@USER kamala harris is the most dishonest senator",
    "he is the dumbest president we ever had", "obama was the most corrupt president",
    "@USER worst president in history", "she is the laziest player on the team",
    "you are the stupidest teammate i've ever had", "the most incompetent mayor this city has seen",
    "@USER biggest liar in congress", "he's the most pathetic coach in the league",
    "you're the worst friend ever", "@USER the dumbest senator alive",
)

TUNE_CLEAN: tuple[str, ...] = (
    # things rated, not people
    "this is a shitty phone", "that was a shitty game", "what a crappy day",
    "my dad makes a shitty coffee", "it was a crap match", "what a lousy weather forecast",
    "a shitty player model in this patch", "the team had a crappy season",
    # the writer's own role
    "i'm a shitty friend sometimes", "i am a crappy cook", "i was a lousy student",
    "im such a shitty teammate today sorry", "i'm the worst friend ever lol",
    # negated, asked, reported
    "you're not a shitty friend", "he is not a crappy dad", "is he a shitty coach?",
    "am i a shitty person?", "she said i'm a lousy father", "he thinks he's a crappy player",
    "nobody thinks you're a shitty teammate",
    # superlatives of things or praise
    "the worst game in history", "the most dishonest ad campaign",
    "the dumbest idea i've ever had", "the best president we ever had",
    "she is the most honest senator", "worst weather in history",
    "he is the kindest coach in the league", "the most corrupt file on my drive",
    # praise slang with the same words
    "she's a bad ass coach", "he is a shit hot pilot", "you're a sick player",
    "the dumbest player hack in the game is the hook",
)

TUNE_SWEARING: tuple[str, ...] = (
    "shit this game is hard", "crap i forgot my keys", "holy shit that was a great play",
    "well that was a shitty round lol", "damn this crappy wifi", "fuck yeah we won",
)
