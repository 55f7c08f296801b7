"""The forum24 probe (issue 8): Reddit and forum replies in the round's shapes (the
reader's reading or intelligence doubted, the commenter dismissed, a third person in the
thread called names) and clean comments that look alike: the same words at oneself or at
a thing, plain disagreement, profanity with no target. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the reader's reading or intelligence doubted
    "can you even read?", "can you even read lol", "do you even know how to read",
    "reading comprehension isn't your strong suit", "reading comprehension is hard for you huh",
    "did you even read the article?", "did you even read the post before commenting",
    "imagine being this dense", "imagine being this stupid", "how are you this dense",
    "are you illiterate or just stupid", "learn to read", "learn to read you clown",
    "you didn't even read it did you", "work on your reading comprehension",
    # the commenter dismissed
    "nobody cares about your opinion", "no one asked for your opinion",
    "go back to your echo chamber", "found the incel", "ok boomer",
    "nobody asked you", "no one cares what you think", "found the virgin",
    "go back to r/conservative where you belong", "ok boomer, go yell at a cloud",
    "your opinion is worthless", "cry more",
    # a third person in the thread
    "this guy is clueless", "OP is a moron", "op is an idiot", "this dude is clueless",
    "the guy above is a moron", "this guy has no idea what he's talking about",
    "OP is clearly an idiot", "the commenter above is braindead",
    # Italian
    "ma sai leggere?", "a nessuno interessa la tua opinione", "questo tizio è un idiota",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same words at oneself or a thing
    "i can't even read my own writing", "did you read the article? it's great",
    "i can't even read this font", "my reading comprehension isn't great tbh",
    "imagine being this happy, what a great day", "reading comprehension tests are hard",
    "i didn't even read the article lol my bad", "i'm so dense sometimes",
    "this fog is dense", "this book is dense but worth it",
    "nobody cares about my opinion anyway", "this guy is amazing", "OP is a legend",
    "this guy knows his stuff", "the guy above is right",
    # plain disagreement
    "i disagree with your opinion", "i don't think that's right", "you're wrong about the dates",
    "did you read the second paragraph? it explains it", "have you read the full report?",
    "i think you misread the article", "that's not what the study says",
    "ok, but the data says otherwise", "op, did you try restarting it?",
    # reports and talk about the words
    "someone told me to learn to read, rude", "people keep saying ok boomer to my dad lol",
    "the incel subreddit got banned", "echo chambers are bad for everyone",
    "can you read it out loud for me?", "can you even read the small print on these?",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this thread is gold", "fuck yeah great article", "damn that's a good point",
    "this is fucking fascinating", "shit, i forgot about that", "what the hell happened here",
)
