"""Words of the discord18 round (issue 8): Discord chat shapes read by
targeting_discord18.py."""

from __future__ import annotations

from typing import Final

# fmt: off
# "lets all ignore her", "dont let him in the group", "dont invite her to the vc", "dont
# add him to the gc", "ignoriamola tutti": a member kept out, the pronoun inside the term,
# an order opening its sentence (maybe after an opener). Said whole (chat tags after), with
# the room named after it or with a reason; "dont let him in the base" names a game's
# place, "dont add him as a friend" no room, "i dont add him anymore" is the writer's.
KEEP_OUT: Final[frozenset[str]] = frozenset({
    "lets all ignore her", "lets all ignore him", "let s all ignore her",
    "let s all ignore him", "dont let him in", "dont let her in", "don t let him in",
    "don t let her in", "dont invite her", "dont invite him", "don t invite her",
    "don t invite him", "ignoriamola tutti", "ignoriamolo tutti", "dont add him",
    "dont add her", "don t add him", "don t add her",
})
KEEP_OUT_OPENERS: Final[frozenset[str]] = frozenset({
    "pls", "please", "plz", "guys", "yo", "and", "so", "just", "lol", "bro", "ok", "okay",
    "fr", "also", "yall", "everyone", "everybody", "seriously", "honestly", "ngl", "like",
    "raga", "dai", "ma", "e",
})
# The room a member is kept from: "to the vc", "in our group", "into this server".
ROOM_LEADS: Final[frozenset[str]] = frozenset({"to", "in", "into", "on"})
ROOM_DETERMINERS: Final[frozenset[str]] = frozenset({"the", "our", "this", "my", "ur", "your"})
ROOMS: Final[frozenset[str]] = frozenset({
    "group", "gc", "vc", "server", "chat", "groupchat", "squad", "party", "call", "clan",
    "discord", "team", "guild", "friend", "friends", "circle", "convo", "dms", "club",
    "game", "games", "sleepover", "birthday", "plans", "stream",
})
# A reason given right after the term: "dont let him in he's weird", "dont invite her cuz".
REASONS: Final[frozenset[str]] = frozenset({
    "he", "she", "hes", "shes", "cuz", "cause", "because", "bc", "coz", "lui", "lei",
})
# Words that may close the line after a jab: chat tags, fillers and names for the reader.
TAIL: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "xd", "fr", "ngl", "tbh", "honestly", "tho", "though", "bro",
    "bruh", "dude", "man", "kid", "smh", "istg", "frfr", "deadass", "fax", "ong", "rn",
    "guys", "yall", "y", "all", "everyone", "ok", "okay", "pls", "plz", "please", "lil",
    "seriously", "lmaooo", "lmfaooo", "xdd", "omg", "dai", "raga", "ahah", "ahahah",
})
# "are u slow or something", "r u deaf or what": the question's own tail.
OR_TAIL: Final[frozenset[str]] = frozenset({"or", "something", "smth", "sum", "what", "wat"})
# "are u slow", "r u deaf", "ur literally special needs": an ableist jab at the reader,
# kept only closing its clause ("are you slow at typing?" asks of a skill, "ur special
# needs cousin" names one).
CLOSED_JABS: Final[frozenset[str]] = frozenset({
    "are you slow", "are u slow", "r u slow", "r you slow", "are you deaf", "are u deaf",
    "r u deaf", "special needs", "mentally challenged",
})
# Said of anyone without the reader named before it ("the special needs class").
NEEDS_READER: Final[frozenset[str]] = frozenset({"special needs", "mentally challenged"})
# The reader named before "special needs", only these between: "ur literally special
# needs", "u must be special needs", "are you special needs or something".
READERS: Final[frozenset[str]] = frozenset({"ur", "you", "u", "youre", "ya", "yu"})
READER_FILLERS: Final[frozenset[str]] = frozenset({
    "re", "r", "are", "must", "be", "so", "literally", "actually", "like", "kinda", "lowkey",
    "fr", "clearly", "obviously", "just", "totally", "def", "definitely", "deadass",
    "straight", "up", "a", "bit", "genuinely", "prob", "probably", "sound", "sounding",
})
READER_REACH: Final = 4
# "what a karen", "what an incel lol": an archetype name-call exclaimed whole.
ARCHETYPES: Final[frozenset[str]] = frozenset({
    "a karen", "a pick me", "simp", "incel", "a simp", "an incel",
})
WHAT: Final = "what"
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})  # "what an incel": the term has none
# "typical incel behavior from u", "such simp energy from you": an archetype's conduct,
# then the reader it comes from.
CONDUCT: Final[frozenset[str]] = frozenset({
    "behavior", "behaviour", "energy", "vibes", "move", "moves", "mentality", "shit",
    "activity",
})
FROM_READER: Final[frozenset[tuple[str, str]]] = frozenset({
    ("from", "you"), ("from", "u"), ("of", "you"), ("of", "u"), ("from", "ya"),
})
