"""The olid34 held-back lines (issue 8): other wordings of the probe's shapes ("people
like you" blamed, a bigot noun said of a person, a name-call with a hashtag tail) and
clean lines in the same words, written at the same time as the probe and before any
rule. Counted only at the start and at the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "people like you destroy everything good", "@USER it's people like you who ruin twitter",
    "people like you are disgusting", "people like you are the worst",
    "@USER people like you shouldn't be allowed to vote", "people like you make me want to scream",
    "it's people like you that give us a bad name", "people like you are ruining this country",
    "@USER people like you are a joke", "people like you always lie",
    "people like you are everything wrong with america", "@USER people like you never change",
    "@USER people like you are so pathetic",
    "she is a homophobe", "@USER you antisemite", "he's a xenophobe",
    "you are a white supremacist", "those people are homophobes",
    "@USER you are a disgusting xenophobe", "my uncle is an antisemite",
    "the mayor is a white supremacist and a liar", "@USER you homophobe",
    "he is such an antisemite", "@USER you're a xenophobe and a coward",
    "they're all white supremacists", "@USER you are a homophobe plain and simple",
    "he is a liar #maga", "@USER you are a racist #walkaway", "she's an idiot #resist",
    "@USER you are a moron #tcot", "he is a fraud #qanon", "@USER you're a clown #gop",
    "you are a hypocrite #liberals", "@USER what a loser you are #maga",
    "she is a coward #kavanaugh", "@USER you're a liar #brexit", "he's a joke #metoo",
    "@USER you are a disgrace #nfl", "@USER you are a bigot #blm",
    "he is pathetic #walkaway",
)

HELD_CLEAN: tuple[str, ...] = (
    "people like you and me need to stick together", "people like you keep me going",
    "@USER people like you are the best", "we need more people like you",
    "people like you make the world kinder", "people like your new profile pic",
    "do people like you using emojis?", "@USER people like you deserve the best",
    "people like you are why i love this community", "thank god for people like you",
    "most people like you a lot", "people like you help so many",
    "is she a homophobe?", "he's not an antisemite", "they called him a xenophobe",
    "xenophobia is a real problem", "the term white supremacist has a meaning",
    "i'm not a homophobe", "@USER is he really a white supremacist?",
    "the rally against antisemites was peaceful", "nobody here is a xenophobe",
    "she wrote a book about homophobes", "don't call people antisemites without proof",
    "he was accused of being a white supremacist",
    "he is a good father #maga", "@USER you are kind #walkaway", "she is brilliant #resist",
    "@USER you are correct #tcot", "he is a fighter #qanon", "@USER you're a hero #gop",
    "you are a gem #liberals", "@USER what a legend you are #maga",
    "she is strong #kavanaugh", "@USER you're amazing #brexit", "he's a champ #metoo",
    "@USER you are a star #nfl", "i'm a mess today #blm", "is he a liar? #walkaway",
    "she is not a racist #maga", "@USER people like you and your sister are welcome",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit that goal #worldcup", "@USER damn that's a good point",
    "fuck me this is tasty", "@USER hell yeah let's go",
    "shit happens, moving on", "this song is fucking fire #music",
)
