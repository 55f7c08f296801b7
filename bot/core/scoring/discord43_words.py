"""Words of the discord43 round (issue 8, targeting_discord43.py): Discord-style roasts
aimed at the reader that the older lines missed: a roast word made a compound with
"behavior"/"energy"/"ahh" ("fatherless behavior", "bot ahh reply"), the reader's manner
likened to a child's or a bot's ("you type like a 5 year old", "u talk like a toddler"),
"didnt ask" with an L or a ratio, the reader called adopted, a roast word thrown after a
dismissal ("ok nerd", "whatever unfunny"), a bare "ugly ass" and "why are you like
this"."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord39_words as d39
from bot.core.scoring import discord42_words as d42

# fmt: off
READERS: Final[frozenset[str]] = d42.READERS

# Roast words that make a compound with a head after them ("fatherless behavior", "npc
# ahh", "virgin energy"); only terms of the lexicon are read.
ROASTS: Final[frozenset[str]] = frozenset({
    "fatherless", "bot", "npc", "incel", "virgin", "weirdo", "cringe", "unfunny", "loser",
    "clown", "nerd", "dork", "simp", "creep", "bozo", "motherless", "brokie",
})
COMPOUND_HEADS: Final[frozenset[str]] = frozenset({"behavior", "behaviour", "energy", "ahh"})
# Words that may stand before the compound, its line's own opening: "ur so fatherless
# behavior", "that's npc energy", "straight up bot ahh reply"; never "typical" ("typical
# incel behaviour" sums a group up, forum3's reading).
COMPOUND_OPENERS: Final[frozenset[str]] = frozenset({
    "ur", "you", "u", "ya", "so", "such", "straight", "up", "pure", "peak", "bro", "bruh",
    "lol", "lmao", "ok", "okay", "ngl", "that", "thats", "s", "real", "mega", "certified",
    "maximum", "max",
})
OPENER_REACH: Final[int] = 4
# Chat's tails after the compound: "... reply", "... from you", "... fr".
COMPOUND_TAILS: Final[frozenset[str]] = d39.TAILS | frozenset({
    "reply", "replies", "post", "take", "comment", "response", "message", "msg", "from",
    "you", "u", "ya", "right", "there", "again", "ong", "deadass", "ahh", "kid", "ass",
})
TAIL_REACH: Final[int] = 4

# The reader's manner likened to a child's or a bot's: "you type like a 5 year old", "ur
# typing like a child", "you sound like a bot".
MANNER_VERBS: Final[frozenset[str]] = frozenset({
    "type", "types", "typing", "talk", "talks", "talking", "text", "texts", "texting",
    "write", "writes", "writing", "spell", "spells", "spelling", "sound", "sounds",
    "speak", "speaks", "speaking", "chat", "chats", "chatting", "act", "acting",
})
# Words between the reader and the verb: "you literally type like", "you're typing like".
MANNER_ADVERBS: Final[frozenset[str]] = frozenset({
    "literally", "really", "actually", "still", "lowkey", "genuinely", "always", "legit",
    "kinda", "lit", "deadass", "re", "are", "r",
})
# Hits that name the likeness: the older "like a ..." lines, the bots, and this round's
# ages ("like a 5 year old", "like a 3rd grader"; digits are read as letters).
LIKE_TERMS: Final[frozenset[str]] = frozenset({
    "like a toddler", "like a child", "like a baby", "like a bot", "like a kid",
})
LIKENED: Final[frozenset[str]] = frozenset({"bot", "npc", "chatbot"})
AGE_TERMS: Final[frozenset[str]] = frozenset({"year old", "yr old", "grader"})
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an", "some"})
# Modifiers before a likened word: "like a broken bot", "like a boomer bot".
LIKENED_MODIFIERS: Final[frozenset[str]] = frozenset({
    "broken", "boomer", "little", "lil", "dumb", "literal", "toddler", "discord", "ai",
    "lagging", "glitching", "background",
})

# "didnt ask" with an L or a ratio after it and nothing else: "didnt ask + L",
# "didn't ask plus ratio".
ASKED_TERMS: Final[frozenset[str]] = frozenset({
    "didnt ask", "didn t ask", "nobody asked", "no one asked", "noone asked",
})
RATIO_TAGS: Final[frozenset[str]] = frozenset({
    "l", "plus", "ratio", "and", "cope", "seethe", "mald", "cry", "about", "it", "bozo",
    "loser", "fr", "lol", "lmao", "ez", "dub", "w", "touch", "grass", "womp",
})
L_TAGS: Final[frozenset[str]] = frozenset({"l", "ratio"})
RATIO_REACH: Final[int] = 8
ASK_OPENERS: Final[frozenset[str]] = frozenset({
    "ok", "okay", "k", "bro", "bruh", "lol", "lmao", "yeah", "yea", "cool", "and", "but",
    "i", "literally", "genuinely", "sorry",
})

# The reader called adopted: "you're adopted lol", "ur adopted", "u were adopted".
ADOPTED_TERMS: Final[frozenset[str]] = frozenset({
    "ur adopted", "re adopted", "are adopted", "r adopted", "were adopted", "was adopted",
    "ure adopted",
})

# A roast word thrown after a dismissal: "ok nerd", "whatever unfunny", "bye ugly ass".
DISMISSALS: Final[frozenset[str]] = frozenset({
    "ok", "okay", "k", "kk", "sure", "whatever", "bye", "cope", "cry", "ratio", "alright",
    "aight", "yeah", "yea", "cool", "thing", "story", "bet", "mhm", "noted", "shush",
})
VOCATIVES: Final[frozenset[str]] = frozenset({
    "nerd", "nerds", "unfunny", "ugly ass", "dork", "weirdo", "virgin", "incel", "fatherless",
})
# Said bare, the line's whole: "ugly ass", "ugly ass kid".
BARE_VOCATIVES: Final[frozenset[str]] = frozenset({"ugly ass"})
VOCATIVE_TAILS: Final[frozenset[str]] = d39.TAILS | frozenset({
    "clown", "bozo", "goblin", "freak", "child", "dork", "nerd", "weirdo", "ass", "lmfao",
})
DISMISS_REACH: Final[int] = 3

# "why are you like this", "bro why r u always like this".
LIKE_THIS_TERMS: Final[frozenset[str]] = frozenset(
    f"{reader} {middle}like this"
    for reader in ("you", "u", "ya")
    for middle in ("", "always ", "so ")
)
BE_VERBS: Final[frozenset[str]] = frozenset({"are", "r", "re"})
WHY_OPENERS: Final[frozenset[str]] = frozenset({
    "bro", "bruh", "dude", "man", "like", "omg", "ok", "okay", "yo", "fr", "seriously",
    "srsly", "but", "and", "so", "god", "jesus", "ffs", "istg", "genuinely", "honestly",
})
# Laughter leaves it fond: "why are you like this lmao", "why r u like this 😭".
LAUGHS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "haha", "hahaha", "xd", "lmaooo", "lmaoo", "lolol", "hehe",
})
LAUGH_EMOJI: Final[frozenset[str]] = frozenset({"😭", "😂", "🤣", "💀", "❤", "🥰", "😆"})
LAUGH_REACH: Final[int] = 3

OWN_TERMS: Final[frozenset[str]] = (
    frozenset({"nerd", "nerds", "unfunny", "like a kid"})
    | AGE_TERMS | ADOPTED_TERMS | LIKE_THIS_TERMS
)
# fmt: on
