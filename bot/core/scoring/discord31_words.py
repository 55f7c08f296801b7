"""Word lists of the discord31 round (targeting_discord31.py): the reader's head or brain
judged ("ur brain is empty", "your head is full of air"), a habit thrown at the reader
("you talk too much", "u never shut up", "ur always complaining") and what the reader
said dismissed in a whole line ("nobody laughed", "ok and? nobody cares")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord26_words as d26
from bot.core.scoring import discord28_words as d28

# fmt: off
# The round's lexicon lines (insult.txt, discord31). The head or brain judged: read only
# after the reader's possessive opening the sentence ("ur brain is empty").
# No "actually" between: a server's own term on it ("ur actually bad") would make it a
# rule word only there.
HEADS: Final[frozenset[str]] = frozenset({
    "brain is empty", "brain is so empty", "brain is literally empty", "head is empty",
    "head is so empty", "head is literally empty", "head is full of air",
    "head is so full of air", "head is literally full of air", "brain is full of air",
    "head is filled with air", "brain is so small", "brain is tiny", "brain is so tiny",
    "brain is literally tiny", "brain is smooth", "brain is so smooth",
    "brain is the size of a", "brain is smaller than",
})
# The head's "nothing" with the reader in it: "there's nothing in ur head".
NOTHING_INS: Final[frozenset[str]] = frozenset({
    "nothing in ur head", "nothing in your head", "nothing in ur brain",
    "nothing in your brain",
})
# A habit thrown at the reader: read only after the reader opening the sentence. No
# "never stop whining" or "never stop complaining": they would cover forum20's "stop
# whining" of "feminists never stop whining".
HABITS: Final[frozenset[str]] = frozenset({
    "talk too much", "talk way too much", "talking too much", "talking way too much",
    "never shut up", "never stop talking", "always whine", "always cry about",
})
# Older terms (hatecheck12's, hatecheck26's, forum20's "always whining") read in
# the habit shape too ("u always complain"); elsewhere their older readings stand.
OLD_HABITS: Final[frozenset[str]] = frozenset({
    "always complain", "always complaining", "always whining", "always crying", "always moan",
    "always moaning", "always nagging", "always complain about everything",
    "always complaining about everything", "always whine about everything",
    "always whining about everything", "always complain so much", "always whine so much",
})
ALL_HABITS: Final[frozenset[str]] = HABITS | OLD_HABITS
# The habit's "-ing" forms take "ur", "you're"; the bare forms take "u", "you".
HABIT_INGS: Final[frozenset[str]] = frozenset({
    "talking too much", "talking way too much", "always complaining", "always whining",
    "always crying", "always moaning", "always nagging",
    "always complaining about everything", "always whining about everything",
})
# A whole line's dismissal of what the reader said ("nobody laughed", "no one laughed").
LAUGHS: Final[frozenset[str]] = frozenset({"nobody laughed", "no one laughed"})
# Older terms read in the dismissal shape too ("ok and? nobody cares").
OLD_DISMISSALS: Final[frozenset[str]] = frozenset({"nobody cares", "no one cares"})
OLD_TERMS: Final[frozenset[str]] = OLD_HABITS | OLD_DISMISSALS
# The reader's possessive before the head or brain.
POSSESSIVES: Final[frozenset[str]] = d28.POSSESSIVES
# The reader before a habit: "u talk too much", "ur always complaining", "you're always
# whining"; "i", "he", "my mom" are no reader.
READERS: Final[frozenset[str]] = d26.READERS
READER_INGS: Final[frozenset[str]] = frozenset({"ur", "youre", "ure"})
READER_ING_TWO: Final[frozenset[tuple[str, str]]] = d28.READER_TWO
# The older "-ing" terms take only chat's spellings of the reader ("ur always
# complaining", "u r always whining"): hatecheck26's table keeps "you are always
# complaining" read as before its round.
OLD_READER_ING_TWO: Final[frozenset[tuple[str, str]]] = frozenset({("u", "r"), ("u", "re")})
# Between the reader and a habit: "u literally never shut up", "you just talk too much".
ADVERBS: Final[frozenset[str]] = frozenset({
    "literally", "honestly", "actually", "really", "just", "seriously", "lowkey", "fr",
    "always", "still",
})
ADVERB_REACH: Final = 2
# Chat openers before the reader ("bro ur brain is empty", "omg you talk too much").
OPENERS: Final[frozenset[str]] = d28.OPENERS
OPENER_REACH: Final = 2
# "there's nothing in ur head": "there", "s" ("there's", "theres"), "is".
THERE_IS: Final[frozenset[str]] = frozenset({"there", "theres", "s", "is", "literally"})
THERE_REACH: Final = 3
# All that may come before a whole line's dismissal: "ok and? nobody cares", "literally
# nobody laughed", "bro no one laughed".
DISMISS_OPENERS: Final[frozenset[str]] = frozenset({
    "ok", "okay", "k", "kk", "and", "so", "literally", "bro", "bruh", "lol", "lmao",
    "um", "uh", "umm", "yeah", "ya",
})
DISMISS_REACH: Final = 3
# Only tags may follow a whole line's dismissal or the head's "nothing" ("nobody laughed
# lol"); "nobody laughed at my joke" goes on.
TAGS: Final[frozenset[str]] = d26.GLOAT_TAGS
TAG_REACH: Final = 4
# A kind word after the verdict: "you talk too much but i love u", "ur brain is empty
# lol ily", "u never shut up and thats why ur my best friend".
KIND_AFTER: Final[frozenset[str]] = d28.KIND_AFTER | frozenset({"friend", "bestie", "ily"})
KIND_REACH: Final = 10
# fmt: on

OWN_TERMS: Final[frozenset[str]] = HEADS | NOTHING_INS | HABITS | LAUGHS
