"""The forum20 held-back batch (issue 8): written with forum20_probe_lines.py, in the
same shapes but other wording, and not read while the rules were built.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # a commenter by role
    "OP is an absolute clown", "the mods are pathetic losers", "typical reddit moron",
    "this subreddit is full of losers", "this sub is full of neckbeards",
    "the commenters here are idiots", "op is a fucking idiot", "the mods are clowns",
    "this sub is nothing but incels", "the mods here are morons",
    # "you people", "people like you"
    "people like you are why this site sucks", "you people are delusional",
    "you people are pathetic", "people like you are sick", "you people are the worst",
    "you people are nuts", "people like you are disgusting",
    # a dismissal with an insult
    "nobody cares what a racist thinks", "no one cares what an idiot thinks",
    "nobody asked, loser", "nobody cares what you think, moron",
    "no one wants to hear from a bigot", "who asked, clown",
    # an insult by comparison
    "you have the attention span of a goldfish", "my hamster makes better points than you",
    "my dog has more brain cells than you", "a child could argue better than you",
    "you have the critical thinking of a potato",
    # sarcasm closed by a verdict
    "wow what a genius, seriously dumbass", "brilliant take, moron", "ok einstein",
    "nice try, genius",
    # a group by a behaviour
    "conservatives can't stop whining", "boomers never stop crying",
    "leftists can't stop whining", "vegans never stop crying about it",
    "the mods never stop power tripping", "redditors can't stop whining about it",
    # a view's holders called names
    "anyone who believes that is an idiot", "anyone who defends this is a clown",
)

HELD_CLEAN: tuple[str, ...] = (
    # criticism of ideas
    "that's a bad take", "the logic here is dumb", "this argument is stupid",
    "op's plan is kind of silly", "the mods' decision is dumb", "this thread's premise is insane",
    # profanity at a situation
    "this shit is crazy", "fucking finally it's friday", "what the fuck is going on here",
    # quoted or reported insults
    "she called the mods losers and got banned", "he wrote 'you people are pathetic' lol",
    "calling everyone a neckbeard is lazy", "they said nobody cares what an incel thinks",
    # self-deprecation
    "i'm such a moron, i forgot the link", "i have the memory of a goldfish",
    "my cat makes better choices than me", "i couldn't stop crying at the end",
    # behaviour of a thing, a child, a pet
    "the puppy can't stop whining", "my son never stops crying at bedtime",
    "the alarm won't stop beeping", "babies can't stop crying sometimes",
    # people like you, you people, kindly
    "people like you make the internet better", "you people are the best",
    "people like you are the reason i stayed", "you people are lovely",
    # dismissal and comparison without a person
    "nobody cares what the score was", "no one cares about the weather",
    "my dog makes better noise than this speaker", "a child could solve this riddle",
    # sarcasm with no verdict, a real compliment
    "wow, genius idea, thank you", "great take, well argued",
    "sure thing, see you there", "what a genius design",
    # the mods and OP described
    "the mods here are unpaid", "OP is a teacher", "this sub is full of helpful people",
    "the mods are busy today", "this thread is full of great advice",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit op this is amazing", "fuck yes the mods pinned it",
    "damn this sub is wholesome", "shit, i can't stop smiling",
    "hell yeah this thread rules", "fucking great thread",
)
# fmt: on
