"""The forum24 held-back batch (issue 8): written with the probe, before any rule,
counted only at the start and the end of the round. New wording in the same shapes.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # the reader's reading or intelligence doubted
    "can u even read", "do you know how to read?", "reading isn't your thing is it",
    "your reading comprehension is nonexistent", "did you read anything before replying",
    "did you even open the link?", "imagine being this thick", "imagine being this slow",
    "how can someone be this dense", "are you actually illiterate", "learn to read dumbass",
    "try reading the article next time", "you clearly can't read",
    "reading comprehension is not your strength", "you obviously didn't read it",
    # the commenter dismissed
    "nobody cares about ur opinion", "no one asked you", "nobody gives a shit what you think",
    "go back to your safe space", "found the neckbeard", "ok boomer lol",
    "found the redditor who never touched grass", "your opinion doesn't matter",
    "nobody wants to hear it", "go back to twitter", "cope and seethe",
    "get back in your echo chamber", "no one cares, loser",
    # a third person in the thread
    "this guy is an idiot", "OP is a clown", "op is a dumbass", "this guy is dumb as rocks",
    "the guy who posted this is a moron", "that commenter is clueless",
    "this clown has no clue", "op is braindead", "the poster above is an idiot",
    # Italian
    "sai almeno leggere?", "non frega a nessuno della tua opinione", "questo qui è un cretino",
)

HELD_CLEAN: tuple[str, ...] = (
    # the same words at oneself or a thing
    "i can barely read my own handwriting", "did you see the article? it's so good",
    "i can't read this on my phone", "my reading is so slow these days",
    "imagine being this lucky lol", "i didn't read it yet, will later",
    "i'm a bit slow today sorry", "this cake is so dense", "the forest is thick here",
    "nobody asked me but i love it", "this guy is brilliant", "OP is awesome",
    "op is right", "this guy gets it", "the commenter above made a great point",
    "that guy in the video is hilarious", "this dude is a genius",
    # plain disagreement
    "i respectfully disagree", "that's not how i read it", "you might have misread that part",
    "did you read the update? they fixed it", "have you seen the latest data?",
    "your opinion is valid but i disagree", "i think op is mistaken about the date",
    "source? i can't find it", "that's not quite right", "op, did you check the settings?",
    "i don't agree with this guy's take but he argues it well",
    # reports and talk about the words
    "someone called me illiterate lol, whatever", "my kid just learned to read",
    "ok boomer was a meme in 2019", "the term incel is overused",
    "can you read this for me?", "can you read the last line?", "go back to the main page",
    "nobody cares about the weather here lol", "learn to read music, it's fun",
    "the echo chamber effect is real on this site",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit what a post", "fuck, that's sad", "damn this is wild",
    "this is so fucking cool", "shit happens", "hell yeah good news",
)
