"""Word lists of the olid28 round (targeting_olid28.py): a person or the reader named by a
scornful "ass" ("throw his sorry ass in jail", "vote her corrupt ass out", "get your
lying ass off my timeline") and a beating wished on him or her by others ("I hope they
beat his ass", "someone needs to whoop her ass")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord21_words as d21
from bot.core.scoring import olid24_words as o24

# fmt: off
_ASSES: Final[tuple[str, ...]] = ("ass", "asses")
# Scornful words the lexicon lacked, before "ass": the round's lexicon lines (insult.txt,
# olid28), read only in the shape. No "lame" (an older "so lame" term), no "old",
# "white", "black" (an age or a colour: "her white ass" is no verdict), no "cute",
# "silly" (fond).
NEW_SCORN: Final[tuple[str, ...]] = (
    "sorry", "goofy", "trifling", "sad", "broke", "traitorous", "scrawny",
)
SCORN_TERMS: Final[frozenset[str]] = frozenset(
    f"{word} {ass}" for word in NEW_SCORN for ass in _ASSES
)
# Older insult words read here when "ass" follows them in the shape ("his lying ass",
# "her lazy ass"); elsewhere their older readings stand.
OLD_SCORN: Final[frozenset[str]] = frozenset({
    "lying", "treasonous", "crooked", "corrupt", "lazy", "whiny", "punk", "fake", "clown",
    "creepy", "useless", "worthless", "miserable", "pathetic", "nasty", "petty", "bum",
    "racist", "cowardly", "bitter",
})
ASS: Final[frozenset[str]] = frozenset(_ASSES)
# Whose "ass" it is: one person or people ("his", "her", "their", chat's "they"), or
# the reader ("your", "yo", "ur", "ya"). Never "my", "our": the writer's own.
THIRD_OWNERS: Final[frozenset[str]] = frozenset({"his", "her", "their", "they"})
READER_OWNERS: Final[frozenset[str]] = frozenset({"your", "yo", "ur", "ya", "yur"})
# The writer's own: an older word's reading is cancelled ("our lazy asses skipped the gym").
WRITER_OWNERS: Final[frozenset[str]] = frozenset({"my", "our"})
# After "ass", the person goes on to a deed or a place ("his sorry ass needs to resign",
# "throw his sorry ass in jail", "vote her corrupt ass out"), or the clause closes; any
# other word makes "ass" an intensifier before a thing ("his lazy ass dog", "their sorry
# ass party").
FOLLOWERS: Final[frozenset[str]] = frozenset({
    "in", "into", "out", "outta", "to", "up", "off", "back", "down", "over", "away",
    "home", "on", "at", "from", "behind", "is", "was", "be", "been", "are", "were", "gets",
    "got", "get", "needs", "need", "should", "shouldve", "will", "would", "can", "could",
    "cant", "wont", "better", "must", "has", "had", "have", "still", "just", "never",
    "always", "already", "again", "now", "too", "and", "for", "packing", "belongs", "goes",
    "go", "went", "ever", "right", "anymore", "today", "tomorrow", "soon", "mouth", "face",
})
# A fond verb before the owner: "i miss his lazy ass", "love your sorry ass".
FOND: Final[frozenset[str]] = frozenset({
    "love", "loves", "luv", "miss", "missed", "adore", "protect", "bless",
})
FOND_REACH: Final = 4
KIND_AFTER: Final[frozenset[str]] = d21.KIND_AFTER | frozenset({"cute", "adorable"})
KIND_REACH: Final = 8
# Words of report, asking or condition before the hit in its sentence: "she said his
# sorry ass got fired", "if his lazy ass shows up".
REPORTED: Final[frozenset[str]] = o24.REPORTED | frozenset({"when", "whether", "heard"})
REPORT_REACH: Final = 10

# A beating wished on him or her: "beat his ass", "whoop her ass". "beat" and "kick" his /
# her ass are person13's lines (a writer's promise there); the others are this round's.
_BEATERS: Final[tuple[str, ...]] = (
    "beat", "kick", "whoop", "whip", "whup", "beats", "kicks", "whoops", "whips",
)
BEATINGS: Final[frozenset[str]] = frozenset(
    f"{verb} {owner} ass" for verb in _BEATERS for owner in ("his", "her")
)
NEW_BEATINGS: Final[frozenset[str]] = BEATINGS - frozenset({
    "beat his ass", "beat her ass", "kick his ass", "kick her ass",
})
# A wish or a call for it before the verb, in its sentence: "i hope they beat his ass",
# "someone needs to kick her ass", "they better whoop his ass", "somebody gotta ...".
WISHERS: Final[frozenset[str]] = frozenset({
    "hope", "hoping", "hopefully", "wish", "should", "needs", "need", "gotta", "better",
    "must", "oughta", "ought", "shoulda", "will", "ll", "gonna", "imma", "ima", "finna",
    "going",
})
# After the beating: the clause closes, or a reason or a time goes on ("beat his ass for
# that", "kick her ass already"); "in" only before a place of shame ("in private", "in
# jail"), never a game ("in the final").
BEATING_AFTER: Final[frozenset[str]] = frozenset({
    "for", "already", "again", "now", "so", "too", "right", "real", "good", "and", "up",
    "today", "tonight", "asap",
})
BEATING_IN: Final[frozenset[str]] = frozenset({"private", "public", "jail", "prison"})
# A denial between: "nobody should beat her ass", "i would never kick his ass".
DENIALS: Final[frozenset[str]] = frozenset({
    "not", "never", "nobody", "noone", "no", "t", "dont", "shouldnt", "doesnt", "didnt",
    "wont", "cant", "nothing",
})
WISH_REACH: Final = 8
# fmt: on

OWN_TERMS: Final[frozenset[str]] = SCORN_TERMS | NEW_BEATINGS
