"""Words of the discord48 round (issue 8, targeting_discord48.py): the reader's looks or
voice mocked with a simile in Discord voice chat and under selfies ("your voice sounds
like a strangled cat", "ur face looks like a smashed potato", "you sound like a dying
walrus", "your hair looks like a rats nest")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import chat9_words as c9

# fmt: off
# --- This round's own lines (en/insult.txt): the likening verbs the older lines lack, no
# article in them (matching.py lets them yield to any older line of their length). "looks
# like a", "look like a" and "looks like an" are chat9's (en/body_shaming.txt). "is like"
# only with its feature in the line ("voice is like"): a bare one would send every
# message with "like" down the slow path.
FEATURE_TERMS: Final[frozenset[str]] = frozenset({
    "voice is like", "laugh is like", "singing is like", "breath is like",
})
OWN_TERMS: Final[frozenset[str]] = FEATURE_TERMS | frozenset({
    "sounds like", "sound like", "smells like", "smell like",
})
# insults8's "you sound like" (en/insult.txt), the reader in the line, the article after.
READER_TERMS: Final[frozenset[str]] = frozenset({"you sound like"})
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an", "some"})
ARTICLE_REACH: Final[int] = 1
LIKENING_TERMS: Final[frozenset[str]] = OWN_TERMS | c9.LIKENESS_TERMS | READER_TERMS
# --- The one likened: the reader ("you sound like a ..."), or the reader's own face,
# voice, laugh, hair, teeth or body ("your voice sounds like a ...", "ur face looks like
# a ..."). Never gear, pictures or pets ("your mic sounds like ...", "your pic looks like
# a potato", "your dog looks like a potato"): things judged.
READERS: Final[frozenset[str]] = c9.READER_SUBJECTS
OWNERS: Final[frozenset[str]] = frozenset({"your", "ur", "yo", "yer", "youre"})
FEATURES: Final[frozenset[str]] = frozenset({
    "face", "voice", "laugh", "laughing", "singing", "hair", "haircut", "teeth", "tooth",
    "nose", "body", "head", "forehead", "breath", "feet", "foot", "skin", "ears", "ear",
    "eyes", "eyebrows", "lips", "mouth", "chin", "legs", "belly", "stomach", "neck",
    "smile", "mug", "butt", "ass", "hands", "fingers", "toes", "armpits", "pits",
})
# Between the owner and the feature: "your ugly face", "ur whole body", "your selfie face".
FEATURE_MODIFIERS: Final[frozenset[str]] = frozenset({
    "whole", "ugly", "big", "fat", "selfie", "stupid", "dumb", "squeaky", "annoying", "new",
})
FEATURE_REACH: Final[int] = 1
# May open the line before the owner: "bro your voice ...", "lol u sound like ...".
OPENERS: Final[frozenset[str]] = c9.READER_OPENERS | frozenset({
    "lmfao", "ngl", "tbh", "yo", "bruh", "man", "damn", "sis", "girl", "ew", "eww", "ewww",
    "wtf", "dawg", "bestie", "like", "literally", "deadass", "istg", "no", "cuz",
})
# --- The likeness: an animal, an object or dirt that mocks alone ("a goat", "a foot",
# "a sewer"), or any likeness spoiled or in pain ("a dying seal", "a dead mop", "a cat
# being strangled"). Never a person or a praise ("a pro", "an angel", "a model", "your
# mom"), and never a bare "broken" ("you sound like a broken record", insults8's).
MOCKERIES: Final[frozenset[str]] = c9.LIKENESSES | frozenset({
    "goat", "donkey", "hyena", "chicken", "seal", "duck", "goose", "turkey", "chipmunk",
    "rats", "pigs", "goats", "cows", "lizard", "toad", "slug", "cockroach", "roach",
    "skunk", "baboon", "gorilla", "camel", "llama", "sloth", "vulture", "weasel", "pug",
    "toe", "elbow", "butt", "toilet", "dumpster", "sewer", "garbage", "trash", "landfill",
    "fence", "blender", "vacuum", "trashcan", "bin", "swamp", "bog", "mop", "scarecrow",
    "goblin", "gremlin", "troll", "ogre", "orc", "shrek", "creature", "monster", "alien",
    "sock", "potatoes", "tomato", "pumpkin", "pie", "pizza",
    "skeleton", "mummy", "fungus", "mold", "rodent", "roadkill",
})
# Spoiled or in pain, before the likeness ("a dying seal", "a smashed potato") or after
# it over "being"/"getting" ("a cat being strangled", "a hyena choking").
SPOILED: Final[frozenset[str]] = frozenset({
    "dying", "dead", "strangled", "choking", "choked", "drowning", "drowned",
    "slaughtered", "strangling", "smashed", "squashed", "squished", "melted", "melting",
    "rotten", "rotting", "moldy", "mouldy", "wounded", "constipated",
    "stepped", "crushed", "mangled", "deflated", "skinned", "gutted", "suffocating",
    "tortured",
})
# Heads that turn a spoiled word into praise or a saying: "a dead ringer for", "a dying
# breed", "a melted chocolate model".
UNMOCKED: Final[frozenset[str]] = frozenset({
    "ringer", "breed", "model", "star", "legend", "angel", "pro", "hero", "king", "queen",
})
# Before the likeness with the spoiled words: "a wet rat", "an old sweaty foot", "a sack of".
LIKENESS_MODIFIERS: Final[frozenset[str]] = SPOILED | frozenset({
    "wet", "old", "fat", "big", "tiny", "little", "sweaty", "hairy", "bald", "ugly", "sad",
    "sick", "angry", "broken", "dirty", "stinky", "smelly", "overgrown", "half", "sack",
    "bag", "pile", "bunch", "of", "sewer", "swamp", "rats", "birds", "bird", "garbage",
    "trash", "rubber", "pregnant", "baby", "mutant", "inbred", "greasy", "crusty", "dusty",
})
MODIFIER_REACH: Final[int] = 3
# After the likeness, the pain: "a goat being strangled", "a pig getting slaughtered".
PAIN_LEADS: Final[frozenset[str]] = frozenset({"being", "getting", "gettin", "that", "who"})
PAIN_REACH: Final[int] = 2
# fmt: on
