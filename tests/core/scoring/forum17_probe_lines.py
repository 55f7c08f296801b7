"""The forum17 probe (issue 8): forum comments (Reddit-like threads, news comment
sections, replies on a social network) in the round's shapes: derogation of the person
replied to, of a third person or public figure, of a group of users, condescension
("cope", "touch grass", "ok boomer" at a person), derogatory verdicts in adjectives
(pathetic, clueless, braindead, delusional, spineless, worthless, brainwashed); and clean
comments that look alike: profanity alone, criticism of ideas and things, self-talk,
reported speech. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the person replied to
    "OP is a clown", "OP is a complete clown lmao", "people like you are the problem",
    "people like you are the reason this country is a mess",
    "you clearly have the reading comprehension of a toddler", "imagine being this dense",
    "imagine being this clueless and still posting", "you have the IQ of a potato",
    "you are pathetic", "you're so clueless it hurts", "you're a worthless human being",
    "you are disgusting", "you're a disgrace", "sit down, you're embarrassing yourself",
    "you're delusional if you think that", "fuck off you brainwashed muppet",
    # third persons and public figures
    "this guy is a complete joke", "what a pathetic excuse for a journalist",
    "the mayor is braindead", "the author is clearly an idiot", "what a delusional clown",
    "he's a pathetic little man", "she is a spineless hypocrite", "the ref was a blind idiot",
    "this clown thinks he knows economics", "what a clueless moron",
    # groups of users and followers
    "this sub is full of morons", "redditors are insufferable",
    "the commenters here are braindead", "anyone who voted for him is delusional",
    "these people are brainwashed", "mods are power tripping losers",
    "only a brainwashed sheep would believe this",
    "the fans of this team are fucking pathetic",
    # condescension
    "cope harder", "cope and seethe", "go touch grass loser", "ok boomer, go yell at a cloud",
    "go back to your safe space snowflake", "typical leftist snowflake crying again",
)

TUNE_CLEAN: tuple[str, ...] = (
    # criticism of ideas and things
    "this argument is weak", "that policy is insane", "the movie was garbage",
    "the ending was pathetic", "the writing in season 8 was braindead",
    "that take is delusional", "the phone's battery life is pathetic",
    "the food was disgusting", "the plot is a complete joke",
    "what a pathetic excuse for a sequel", "that's a pathetic excuse for a budget",
    "the idea that vaccines cause autism is braindead", "the policy was spineless",
    "the article was clueless about the tech",
    # self-talk
    "i'm so dumb lol", "i need to touch grass honestly", "going to touch grass, see you tomorrow",
    "I was so brainwashed as a kid, glad I got out", "I felt worthless after the layoff",
    "i'm delusional for thinking we'd win lol",
    # reported speech, negation, talk about words
    "he called me a clown", "my boss called me pathetic in front of everyone",
    "the senator said his opponents were clueless", "she said the critics are brainwashed",
    "he's not an idiot, he just disagrees", "calling people idiots won't convince anyone",
    "nobody here is stupid for asking",
    # praise and neutral talk in the shapes' words
    "this sub is full of great advice", "redditors are surprisingly helpful sometimes",
    "people like you make this place better", "imagine being this good at cooking",
    "the mods are doing a great job", "OP is right, the policy is a mess",
    "OP, this is a great write-up", "my dog is such a clown",
    "the clown show at the circus was great", "the ok boomer meme is so old",
    "my grandpa is a boomer and proud of it", "the copium memes are getting old",
    "the reading comprehension section of the test was hard",
)

TUNE_SWEARING: tuple[str, ...] = (
    "this shit is fucking hilarious", "holy fuck what a game", "damn that's a good point",
    "fuck yeah, finally some good news", "shit, I didn't know that",
    "the ending was fucking brilliant",
)
# fmt: on
