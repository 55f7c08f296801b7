"""The forum17 held-back batch (issue 8): forum comments in the probe's shapes with other
wording, written at the same time as forum17_probe_lines.py and before any rule, counted
only at the start and at the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # the person replied to
    "OP is an absolute muppet", "op is a moron and so is everyone agreeing",
    "people like you are why we can't have nice things",
    "folks like you are the reason this site sucks",
    "do you even read before you comment, you illiterate clown",
    "your reading comprehension is that of a five year old",
    "imagine being this stupid in public", "imagine being so brainwashed you defend this",
    "you're braindead", "you are so delusional it's sad", "you sound like a spineless weasel",
    "you are the dumbest commenter on this site", "nobody cares about your opinion, clown",
    "get a life, you sad little man", "shut up you clueless twit",
    "you have the brain of a goldfish",
    # third persons and public figures
    "this dude is a total joke", "the journalist who wrote this is a hack",
    "what a pathetic excuse for a human being", "what a clueless idiot",
    "he is a worthless piece of garbage", "she's a disgusting human",
    "the senator is a clueless fool", "the president is an embarrassment",
    "her husband is a pathetic loser", "the coach is completely clueless",
    "what a fucking moron this guy is",
    # groups of users and followers
    "this subreddit is full of idiots", "twitter users are the dumbest people alive",
    "the people in this thread are so dense", "every fan of his is a brainwashed cultist",
    "his supporters are delusional", "you people are pathetic",
    "the mods here are spineless cowards",
    # condescension
    "cope harder loser", "seethe more", "stay mad and cope", "touch grass you nerd",
    "ok boomer, take your meds", "go back to your basement, neckbeard",
)

HELD_CLEAN: tuple[str, ...] = (
    # criticism of ideas and things
    "your argument doesn't hold up", "this law is absolutely insane",
    "the show was trash this season", "the halftime show was pathetic",
    "the script was braindead", "that plan is delusional", "the movie is a complete joke",
    "what a pathetic excuse for a phone", "the service was disgusting",
    "the spineless response from the council disappointed me",
    "the coach's decisions were clueless", "the update made the app worthless",
    "the referee made a clueless call", "the graphics are pathetic for 2024",
    "that's a disgusting thing to say",
    # self-talk
    "i'm such an idiot, forgot my keys again", "i really should touch grass more",
    "I felt so pathetic after the breakup", "I was delusional to think I'd finish on time",
    "my take was dumb, I admit it",
    # reported speech, negation, talk about words
    "my sister called me a loser for staying home", "he said the ref was clueless",
    "she's not stupid, she's just tired", "name-calling like 'idiot' never helps a debate",
    "no one here thinks you're dumb for asking",
    "the author argued that voters were misled", "the brainwashing in cults is scary",
    # praise and neutral talk in the shapes' words
    "this sub is full of useful info", "twitter users are mostly bots these days",
    "people like you give me hope", "imagine being this lucky",
    "ok boomer was the meme of 2019", "the clown at my kid's party was hilarious",
    "OP did nothing wrong here", "OP, thanks for sharing this",
    "my toddler's reading is improving fast", "the jokes in this thread are gold",
    "my brother is a goofball, love him", "dumb and dumber is a classic",
    "cope is a word I see too much online",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit, this thread is gold", "fuck me, that's a big fish",
    "this song goes fucking hard", "damn, I wish I'd seen this earlier",
    "shit happens, move on", "what the fuck, that's amazing",
    "hell of a comeback by the team",
)
# fmt: on
