"""The precision27 probe (issue 8): judging words said of a thing through a list of them
("she stands by her stupid, racist, moronic comments", "his dumb and lazy excuses",
"they keep making dumb, lazy sequels"), which older rounds read as said of the person
nearby; and the hostile lines in the same words that must stay caught (the list said of
the reader, of a person or a group, or ending in a name-call). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the list said of the reader
    "you are stupid, lazy and useless", "you stupid, lazy idiot",
    "you're a dumb, racist moron", "you ignorant, hateful troll",
    "your stupid, lazy excuses again, you clown", "you dumb and lazy loser",
    "you are so stupid and ignorant", "you pathetic, whiny little brat",
    "shut up you stupid, ugly cow", "you're ignorant, racist and proud of it",
    # the list said of a person
    "he is stupid, lazy and useless", "she is a stupid, lazy cow",
    "he's a dumb, racist moron", "what a stupid, arrogant man",
    "that guy is a lazy, useless idiot", "she's an ignorant, hateful bigot",
    "he is so dumb and so lazy", "this dumb, lazy clown again",
    "the stupid, lazy ref ruined it", "her idiotic, useless husband",
    # the list said of a group
    "they are stupid, lazy and useless", "these stupid, ignorant people",
    "liberals are dumb and hateful", "the dumb, lazy devs never listen",
    "those stupid, racist idiots", "stupid, lazy, useless teammates",
    "you people are stupid and lazy", "these dumb, racist trolls",
    "the mods here are lazy, useless idiots", "what a bunch of stupid, ignorant morons",
    # a thing, but the sentence speaks to the reader too
    "your stupid, racist comments make you look like an idiot",
    "you post dumb, lazy takes and you know it", "you and your stupid, racist comments",
    "what a stupid, pointless excuse for a human", "he is a pathetic, lazy excuse for a father",
)

TUNE_CLEAN: tuple[str, ...] = (
    "she stands by her stupid, racist, moronic comments", "his stupid and lazy excuses",
    "they keep making dumb, lazy sequels", "he posted another dumb, racist meme",
    "stupid, pointless rules everywhere", "he defends his ignorant, hateful remarks",
    "another lazy, stupid decision by the board", "more dumb, racist tweets from him",
    "she keeps posting ignorant, idiotic opinions", "his dumb and pointless arguments",
    "they passed another stupid, useless law", "he wrote a dumb, lazy article again",
    "her idiotic and hateful statements", "what a dumb, lazy plan from them",
    "that's his stupid, ignorant logic", "their racist, idiotic policies",
    "they made a stupid and pointless video", "the same dumb, tired narrative from them",
    "he keeps repeating the same stupid, ignorant claims", "his lazy, stupid theory",
    "she gave a dumb, rambling answer", "a stupid, racist joke he told",
    "they always have the same stupid, lame excuses", "his moronic, hateful rhetoric",
    "ignorant, stupid comments all over his page", "dumb and racist posts from that account",
    "they keep pushing dumb, lazy ideas", "another stupid, pointless poll",
    "he makes these dumb, lazy videos", "that stupid, ignorant headline",
    "her moronic and childish response", "more stupid, racist propaganda",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that was a dumb, lucky shot lol", "fucking hell what a stupid, fun game",
    "damn this is some dumb, silly shit haha", "shit, I forgot my keys again",
    "fuck yeah we won", "that was a fucking sick play",
)
