"""Word lists of the olid23 round (targeting_olid23.py): someone said to have lost their
mind or to be out of it, "shame on" a person, someone who "should be ashamed"."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum19_words as f19

# fmt: off
# The lexicon's olid23 terms (en/insult.txt, it/insult.txt) of a mind lost: "has lost his
# mind" (after a having verb) and "is out of her mind" (after a being verb).
MIND_LOST: Final[frozenset[str]] = frozenset({
    "lost his mind", "lost her mind", "lost their minds", "lost their mind", "lost its mind",
    "lost his marbles", "lost her marbles", "lost their marbles",
})
MIND_OUT: Final[frozenset[str]] = frozenset({
    "out of his mind", "out of her mind", "out of their minds", "out of their mind",
    "out of its mind", "fuori di testa",
})
MIND_TERMS: Final[frozenset[str]] = MIND_LOST | MIND_OUT
SHAME_ON: Final = "shame on"
ASHAMED: Final = "ashamed"
# After the lost mind, words that send it to an event or a feeling, no one judged: "lost
# their minds when he scored", "out of my mind with worry", "lost her mind laughing",
# "lost her mind to dementia".
EVENT_TAILS: Final[frozenset[str]] = frozenset({
    "when", "over", "at", "with", "after", "during", "to", "laughing", "watching",
    "listening", "seeing", "tonight", "today", "in", "from", "bored", "excited",
})
# Before "out of ... mind", a deed done brilliantly: "the goalie played out of his mind".
FEATS: Final[frozenset[str]] = frozenset({
    "played", "playing", "plays", "play", "pitched", "pitching", "shot", "shooting",
    "skated", "skating", "performed", "performing", "sang", "singing", "danced",
    "dancing", "ran", "running", "scored", "balled", "balling", "drove", "driving",
})
# The verb between the subject and the lost mind.
HAVING: Final[frozenset[str]] = frozenset({"has", "have", "had", "s", "ve", "d", "hath"})
BEING: Final[frozenset[str]] = frozenset({
    "is", "are", "was", "were", "s", "re", "be", "am", "sei", "siete", "e", "è", "era",
})
# Being verbs said to the reader: "sei fuori di testa", "@USER siete fuori di testa".
TO_READER: Final[frozenset[str]] = frozenset({"sei", "siete"})
# An Italian verb with its subject dropped, opening its clause: "è fuori di testa".
DROPPED: Final[frozenset[str]] = frozenset({"e", "è"})
# Adverbs between the subject, the verb and the lost mind: "has completely lost her
# mind", "Democrats have officially lost their minds", "you must be out of your mind".
ADVERBS: Final[frozenset[str]] = frozenset({
    "completely", "totally", "clearly", "officially", "finally", "really", "just",
    "obviously", "absolutely", "literally", "actually", "truly", "seriously", "now",
    "apparently", "definitely", "certainly", "entirely", "utterly", "must", "gotta",
    "proper", "fully", "collectively", "all", "simply", "evidently", "already",
    "proprio", "completamente", "del", "tutto", "ormai", "davvero",
})
# Readers and third persons as the subject.
READERS: Final[frozenset[str]] = frozenset({"you", "u", "ya", "youre", "ure", "yall"})
THIRD: Final[frozenset[str]] = frozenset({"he", "she"})
PLURAL: Final[frozenset[str]] = frozenset({"they", "these", "those"})
# Camps read as a group after the verb, with or without "the": the political plurals
# and affiliations (forum19) and a few more of a tweet's targets.
CAMPS: Final[frozenset[str]] = f19.CAMPS | {
    "media", "left", "gop", "dnc", "people", "folks", "idiots", "senators",
}
# Plain people, a camp only when pointed at: "these people", not "people should be
# ashamed".
PLAIN_PEOPLE: Final[frozenset[str]] = frozenset({"people", "folks"})
# After "shame on": the writer's side ("shame on me", "shame on us") judges no one.
SELVES: Final[frozenset[str]] = frozenset({"me", "us", "myself", "ourselves", "my", "our"})
# After "shame on": a person or people, a camp or the reader.
SHAMED_PEOPLE: Final[frozenset[str]] = frozenset({"him", "her", "them", "these", "those"})
# Subjects or shamed that point at no one in particular, or at a place: "everyone has
# lost their minds", "shame on anyone who ...", "america has lost its mind" (untargeted).
NO_ONE: Final[frozenset[str]] = frozenset({
    "everyone", "everybody", "anyone", "anybody", "whoever", "nobody", "noone", "all",
    "world", "society", "america", "britain", "england", "europe", "canada", "twitter",
    "internet", "country", "humanity", "mankind",
})
# "shame on all of you": the reader after "all of".
ALL_OF: Final[tuple[str, str]] = ("all", "of")
# The proverb: "fool me once, shame on you".
PROVERB: Final = "fool"
# Before "be ashamed": a modal of duty ("you should be ashamed", "ought to be ashamed").
DUTY: Final[frozenset[str]] = frozenset({"should", "must", "ought", "shud", "shld"})
# After "ashamed of": the subject itself.
REFLEXIVES: Final[frozenset[str]] = frozenset({
    "yourself", "yourselves", "urself", "himself", "herself", "themselves", "themself",
    "yaself",
})
# Before the lost mind or the shame, a word that reports it: "she said he had lost his
# mind" is someone else's verdict.
REPORTED: Final[frozenset[str]] = frozenset({
    "said", "says", "say", "saying", "claims", "claimed", "told", "tells", "thinks",
    "think", "thought", "called", "calls", "accused", "accuse",
})
# fmt: on
