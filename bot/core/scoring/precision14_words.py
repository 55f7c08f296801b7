"""Words for the precision14 rules (issue 8): who may speak in a transcript line."""

from __future__ import annotations

from typing import Final

# fmt: off
# People a transcript's speaker label names beside the cue lists' pronouns, family, person
# nouns and saying verbs: "my roommate: ...", "every ranked teammate ever: ...".
SPEAKERS: Final[frozenset[str]] = frozenset({
    "brother", "bro", "cousin", "friend", "friends", "bestie", "gf", "bf", "boyfriend",
    "girlfriend", "husband", "roommate", "coworker", "coworkers", "boss", "coach",
    "teacher", "teachers", "prof", "professor", "grandma", "grandpa", "nan", "aunt",
    "uncle", "parents", "teammate", "teammates", "fans", "ex", "son", "daughter",
    "neighbor", "neighbour", "manager", "customer", "customers", "stranger", "nobody",
})
# A label holding one of these names its speaker on its own: "him:", "what my dad says:".
SPEAKING: Final[frozenset[str]] = frozenset({
    "he", "she", "him", "her", "they", "them", "says", "said", "say", "saying", "told",
    "tells", "goes", "texted", "texts", "yelled", "yells", "screamed", "shouted", "wrote",
    "writes", "posted", "commented", "replied", "asked",
})
# A person word names a speaker only after one of these ("my sister:", "random guy on the
# bus:", "every angry gamer ever:"); a bare "people:" or "guys:" calls on the readers.
DETERMINERS: Final[frozenset[str]] = frozenset({
    "my", "his", "her", "our", "their", "the", "a", "an", "every", "some", "random", "this",
    "that", "one", "ur", "your",
})
# A label that addresses the reader or heads a notice, never a speaker: "to my ex:",
# "dear ref:", "note to the haters:", "PSA:", "me:" (the writer's own words).
ADDRESSING: Final[frozenset[str]] = frozenset({
    "to", "dear", "hey", "yo", "oi", "note", "message", "attention", "listen", "psa",
    "reminder", "fyi", "me", "i", "we", "us", "tip", "facts", "truth", "news",
    "newsflash",
})
# After "to" in a label, the writer as the one spoken to: "things people say to me:".
TO_THE_WRITER: Final[frozenset[str]] = frozenset({"me", "us"})
# fmt: on
LABEL_REACH: Final = 8  # words of a speaker label before its colon
QUOTE_REACH: Final = 10  # words from the colon to the hit
