"""The forum20 probe (issue 8): Reddit-like comments in the round's shapes (a commenter
derogated by role, "you people" and "people like you" judged, a dismissal with an insult,
an insult by comparison, sarcasm closed by a verdict, a group derogated by a behaviour)
and clean comments that look alike: criticism of ideas, profanity at a situation,
quoted or reported insults, self-deprecation, a behaviour of a thing or a child. Written
before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a commenter by role
    "OP is a clown", "the mods here are power-hungry losers", "typical redditor",
    "this sub is full of incels", "the mods here are incels", "this thread is full of morons",
    "the comments are full of neckbeards", "op is a total moron",
    # "you people", "people like you"
    "people like you are the problem", "you people are insane", "you people are sick",
    "people like you are insane", "you people are unbelievable", "you people never learn",
    "people like you ruin everything",
    # a dismissal with an insult
    "nobody cares what a bigot thinks", "nobody cares what an incel thinks",
    "no one cares what some troll thinks", "nobody wants to hear from a racist",
    "no one asked you, idiot",
    # an insult by comparison
    "you have the reading comprehension of a toddler", "my dog makes better arguments than you",
    "my cat has more brain cells than you", "a toddler could argue better than you",
    "you have the IQ of a potato",
    # sarcasm closed by a verdict
    "wow, such a genius take, moron", "great take, genius", "nice argument, idiot",
    "sure thing, einstein",
    # a group by a behaviour
    "vegans can't stop whining", "feminists never stop whining", "liberals can't stop crying",
    "redditors never stop whining", "the mods can't stop power tripping",
    "op can't stop whining",
    # a view's holders called names (as earlier forum rounds)
    "anyone who thinks that is a racist", "anyone who believes this is an idiot",
)

TUNE_CLEAN: tuple[str, ...] = (
    # criticism of ideas
    "this is a terrible take", "the argument is dumb", "that take is idiotic",
    "OP's point is a bit naive", "the mods' new rule is stupid", "this sub's rules are insane",
    # profanity at a situation
    "this shit is wild", "fucking finally", "what the hell is this thread",
    # quoted or reported insults
    "he called OP a clown and got banned", "someone said 'you people are insane' lol",
    "calling people incels is lazy", "he said nobody cares what a bigot thinks",
    # self-deprecation
    "i'm such an idiot, i misread the post", "i have the attention span of a goldfish",
    "my dog makes better decisions than me", "i can't stop crying at this ending",
    # behaviour of a thing, a child, a pet
    "the baby can't stop crying", "my dog can't stop whining at night",
    "my phone won't stop buzzing", "the kids never stop crying on flights",
    # people like you, you people, kindly
    "people like you make this sub great", "you people are amazing",
    "people like you are why i stay here", "you people are so helpful",
    # dismissal and comparison without a person
    "nobody cares what the weather does", "no one cares about the score",
    "my dog makes better coffee than this machine", "a toddler could solve this puzzle",
    # sarcasm with no verdict, a real compliment
    "wow, such a genius idea, thanks", "great take, really well put",
    "sure thing, see you tomorrow", "what a genius move by the devs",
    # the mods and OP described
    "the mods here are volunteers", "OP is a nurse", "this sub is full of good advice",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this thread is gold", "fuck yeah the mods fixed it",
    "damn op this is a great post", "shit, i can't stop laughing",
    "fucking love this sub", "hell yeah, finally some good news",
)
# fmt: on
