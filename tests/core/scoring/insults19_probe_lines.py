"""The insults19 probe (issue 8): comment-section and tweet lines in the round's shapes
(an order about "it" closed by a bare name-call; a sneering question about the reader's
reading or thinking; the reader's kind or ilk; the reader taken seriously by no one; a
chant to jail a person) and clean lines that look alike: the same words about oneself,
questions asked in good faith, kind words, reports, things locked up. Written before
any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # an order about "it", closed by a bare name-call
    "look it up moron", "google it idiot", "read it again loser", "get over it crybaby",
    "deal with it snowflake", "then dont watch it loser", "try it again fool",
    "shut it clown", "spell it right dummy", "just drop it already moron",
    "go read it yourself genius",
    # a sneering question about the reader's reading or thinking
    "do you even read?", "do you even think before you post?", "did you even read the article",
    "do you even know what that word means", "what planet are you on?",
    "what planet do you live on", "how do you even function", "do u even read lol",
    "can you even think", "do you even understand what you just wrote",
    # the reader's kind or ilk
    "you and your ilk", "you and your ilk are the problem", "your ilk never learns",
    "you and your kind", "your kind are the problem", "your kind always whines",
    "people of your ilk should stay quiet",
    # taken seriously by no one
    "nobody takes you seriously", "no one takes you seriously anymore",
    "@USER nobody takes you seriously", "literally nobody takes you seriously",
    # a chant to jail a person
    "@USER lock her up", "lock him up!", "lock her up already", "@USER @USER lock him up #MAGA",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same words about oneself or a thing, no one called
    "i looked it up, im such a moron sometimes", "i read it again and still dont get it",
    "google it, the answer is on the first page",
    "deal with it later, the snowflake event starts soon",
    "try it again, fools gold is worth nothing", "i shut it down, the clown show is over",
    "the idiot box is on again", "read it again, it gets better",
    # questions asked in good faith
    "do you even want to come tonight?", "did you read the article? its long",
    "what planet is that in the game?", "how do you even make this, its amazing",
    "do you read manga?", "do you think before you post or just go for it? both are fine",
    "what planet would you visit first?",
    # kind words and kinds of things
    "thanks for your kind words", "you are so kind", "your kind of music is great",
    "what kind of dog is that", "your kind offer means a lot", "thank you and your family",
    # taken seriously, reported, or said of oneself
    "i feel like nobody takes me seriously", "does anyone take you seriously at work? that sucks",
    "she said nobody takes you seriously when youre young",
    # things locked up
    "lock it up before you leave", "lock the bikes up tonight", "lock the door behind her",
    "lock him in the crate for the night, he chews everything",
    "lock up the house", "dont forget to lock up",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit look it up its insane", "damn do you even sleep lol",
    "fuck it, read it again tomorrow", "shit what planet was that boss on",
    "hell yeah lock it in", "fucking nice shot",
)
