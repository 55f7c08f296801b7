"""Words of the discord16 round (issue 8): Discord chat shapes read by
targeting_discord16.py."""

from __future__ import annotations

from typing import Final

# fmt: off
# Chat's sincerity tags after a name-call: they say nothing more of a thing, so the
# name-call closes its clause ("he's so annoying fr", "she's such a liar ngl"); read by
# targeting_person's `_attributive` and targeting_olid's `_ends_clause`.
CHAT_TAGS: Final[frozenset[str]] = frozenset({
    "fr", "ngl", "tbh", "istg", "frfr", "deadass", "smh", "honestly", "btw", "lowkey",
    "fax", "tho", "imo", "imho",
})
# "no one invited you? that's so rude of them": the answer after the exclusion asked back
# judges the ones who excluded; one of these in its first words.
SYMPATHY: Final[frozenset[str]] = frozenset({
    "rude", "mean", "messed", "harsh", "cruel", "unfair", "wrong", "toxic", "shady",
    "disgusting", "awful", "terrible", "horrible", "evil", "heartless", "cold",
})
SYMPATHY_REACH: Final = 6
# In that answer, the reader rebuked instead ("... that's rude of you"): no sympathy.
READER: Final[frozenset[str]] = frozenset({"you", "u", "ur", "your", "ya", "yourself"})
# "they ruin everything in the best way", "ur so weird in a good way": praise in a
# put-down's words; the word before "way".
PRAISE_WAYS: Final[frozenset[str]] = frozenset({
    "best", "good", "nice", "nicest", "fun", "cute", "sweet", "sweetest", "possible",
    "loving", "funny", "coolest", "cool", "wholesome",
})
WAY_REACH: Final = 6
# "nobody asked but im telling u anyway": the writer's own aside, no dismissal.
NOBODY_ASKED: Final[frozenset[str]] = frozenset({"nobody asked", "no one asked"})
# After its "but" the writer goes on ("but im telling u anyway", "but here's my list");
# "but you keep talking", "but here you are" turn to the reader (READER in its words).
ASIDE_OPENERS: Final[frozenset[str]] = frozenset({
    "i", "im", "ill", "imma", "ima", "id", "ive", "here", "heres", "my", "gonna", "lemme",
    "let", "anyway", "anyways", "this", "these",
})
ASIDE_REACH: Final = 3  # the opener and the word after it
# "'nobody asked' is the most overused comeback": a phrase in quotes, named by what
# follows the closing quote or the article before the opening one.
QUOTE_MARKS: Final = "'\"‘’“”"
NAMING_AFTER: Final[frozenset[str]] = frozenset({
    "is", "was", "s", "has", "meme", "memes", "comeback", "comebacks", "line", "lines",
    "joke", "jokes", "thing", "phrase", "crowd", "energy", "vibes", "type", "trend",
    "argument", "response", "reply", "replies", "insult", "insults",
})
NAMING_BEFORE: Final[frozenset[str]] = frozenset({"the", "a", "that", "this", "those", "these"})
# "send pics of ur cat": pictures of a thing asked for; of a body or of the reader stays
# harassment ("send pics of ur feet", "send pics of urself").
SEND: Final = "send"
PICS_OF: Final = "of"
PICS_OWNERS: Final[frozenset[str]] = frozenset({
    "ur", "your", "the", "my", "a", "that", "this", "ya", "yo", "new", "more", "some",
})
BODY: Final[frozenset[str]] = frozenset({
    "you", "u", "urself", "yourself", "yourselves", "body", "feet", "foot", "ass", "butt",
    "booty", "tits", "titties", "boobs", "chest", "legs", "thighs", "pussy", "dick", "cock",
    "bra", "panties", "underwear", "lingerie", "nudes", "naked", "bikini", "cleavage",
    "belly", "stomach", "abs", "bum", "hips", "lips", "mouth", "face", "toes", "self",
    "bed", "bedroom", "shower",
})
# "go jump lol": "go jump" said bare, nothing but chat tags after it; "go jump on the
# trampoline map" names where.
GO_JUMP: Final = "go jump"
BARE_TAGS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "bro", "already", "pls", "please", "rn", "fr", "ngl", "now",
    "loser", "idiot", "nerd", "clown", "bozo", "kid", "dude", "man", "tbh", "then", "ok",
    "okay", "honestly", "smh", "bruh", "xd",
})
# "what are u wearing to the party", "what r u wearing for halloween": an outfit for an
# event asked about; "what are u wearing rn" stays the leer. A time may come between.
WEARING: Final[frozenset[str]] = frozenset({
    "what are you wearing", "what are u wearing", "what r u wearing", "what r you wearing",
})
OUTFIT_TIMES: Final[frozenset[str]] = frozenset({
    "tomorrow", "tonight", "today", "tmrw", "tmr", "later", "on", "saturday", "friday",
    "sunday", "this", "next", "weekend", "week",
})
OUTFIT_FOR: Final[frozenset[str]] = frozenset({"to", "for", "at"})
# "ur lucky this is online": harm held back by the screen, the reader the lucky one (the
# words before "lucky"); "we're lucky this is online, the venue is packed" is no threat.
LUCKY: Final[frozenset[str]] = frozenset({
    "lucky this is online", "lucky this is the internet", "lucky we re online",
    "lucky we re not irl", "lucky this isnt irl", "lucky this isn t irl", "lucky we arent irl",
    "lucky we aren t irl",
})
LUCKY_READERS: Final[frozenset[str]] = frozenset({"ur", "u", "you", "youre", "re", "ya"})
# "he's so annoying but i love him", "she's such a dork, she's my bestie": a mild name-call
# of a third person said with the writer's love; the word after "love", or after "my".
LOVED: Final[frozenset[str]] = frozenset({"him", "her", "them", "em"})
DEAR_ONES: Final[frozenset[str]] = frozenset({
    "bestie", "besties", "bff", "best", "bf", "gf", "boyfriend", "girlfriend", "fav",
    "favorite", "favourite", "wife", "husband", "twin", "bestfriend",
})
FOND_REACH: Final = 8
# Who loves them: the writer, right before "love" or past one adverb ("i still love her");
# "who could ever love her" asks, and the name-call stays.
LOVERS: Final[frozenset[str]] = frozenset({"i", "we"})
LOVE_ADVERBS: Final[frozenset[str]] = frozenset({
    "still", "really", "lowkey", "do", "honestly", "just", "literally", "genuinely", "def",
})
# "leave the server? nah never": an order asked back and refused.
REFUSALS: Final[frozenset[str]] = frozenset({"nah", "no", "never", "nope", "naw", "hell"})
# fmt: on
