"""Words of the forum20 round (issue 8): Reddit-like shapes read by
targeting_forum20.py.

Kept here, not in cues.txt: every cue word also becomes a known word, and the older
rules read a word no list knows as a name.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum18_words as f18
from bot.core.scoring import gamechat9_words as g9

# fmt: off
# A group that cannot stop a behaviour: "vegans can't stop whining", "the mods never stop
# complaining", "op can't stop crying". The lexicon's forum20 "stop ..." lines, read
# only in this shape; "stop whining" as an order, "the baby can't stop crying" and "i
# can't stop crying" stay clean.
BEHAVIOURS: Final[frozenset[str]] = frozenset({
    "stop whining", "stop crying", "stop complaining", "stop bitching",
})
# The same group always at the behaviour: "vegans are always whining", "all liberals do is
# whine", "boomers do nothing but complain"; no "can't" needed.
ONGOING: Final[frozenset[str]] = frozenset({
    "always whining", "always crying", "always bitching", "do is whine", "do is complain",
    "do is cry", "do is bitch", "nothing but whine", "nothing but complain", "nothing but cry",
})
# Between the subject and an ongoing behaviour: "are", "do", "just".
ONGOING_FILLERS: Final[frozenset[str]] = frozenset({
    "are", "re", "is", "s", "do", "just", "literally", "really", "so", "seriously",
    "honestly",
})
# The reader as the subject of a behaviour: "you're always whining", "u cant stop
# complaining"; not of crying, which "the ending is so sad you can't stop crying" says of
# anyone.
READERS: Final[frozenset[str]] = frozenset({"you", "u", "youre", "ur", "yall"})
CRYING: Final[frozenset[str]] = frozenset({
    "stop crying", "always crying", "do is cry", "nothing but cry",
})
# Between the subject and "stop": at least one of NOT_STOPPING, maybe a filler.
NOT_STOPPING: Final[frozenset[str]] = frozenset({
    "cant", "cannot", "never", "wont", "t", "couldnt", "dont", "doesnt",
})
STOP_FILLERS: Final[frozenset[str]] = frozenset({
    "can", "won", "couldn", "could", "will", "just", "literally", "simply", "seem", "seems",
    "to", "really", "ever", "physically", "apparently", "honestly", "don", "doesn",
})
STOP_REACH: Final = 5  # tokens back from "stop" to the subject
# The subject: a camp, a community or a role of a thread (forum18's affiliations), and
# the poster and the thread's readers. No children or pets: they may cry.
STOP_SUBJECTS: Final[frozenset[str]] = f18.AFFILIATIONS | frozenset({
    "op", "commenters", "posters", "users", "neckbeards", "trolls", "snowflakes",
    "liberals", "leftists", "conservatives", "republicans", "democrats",
})
# A pet, a toddler or a rock said to argue better than the reader: "my dog makes better
# arguments than you", "my cat has more brain cells than you". The lexicon's forum20
# comparison lines, read only with such a mocker before them in their sentence.
COMPARED: Final[frozenset[str]] = frozenset({
    "better arguments than you", "better points than you", "better comments than you",
    "more sense than you", "more brain cells than you", "better arguments than u",
    "more brain cells than u", "piu neuroni di te", "piu cervello di te",
})
MOCKERS: Final[frozenset[str]] = g9.MOCKERS | frozenset({
    "rock", "potato", "brick", "parrot", "child", "kid", "toddler", "houseplant", "plant",
    "goldfish", "old", "chatbot", "puppy", "kitten", "rat", "pigeon", "sasso", "patata",
    "bambino", "cagnolino", "pesce", "scimmia", "pianta",
})
COMPARE_REACH: Final = 6  # tokens back from the comparison to its sentence's start
THAN_EXPECTED: Final[frozenset[str]] = g9.THAN_EXPECTED  # "better arguments than you think"
# A dismissal with an insult: "nobody cares what a bigot thinks", "nobody wants to hear
# from a racist", "no one cares what some troll says". An insult after one of these
# pairs and a determiner (one word between at most), the dismisser a few tokens before.
DISMISS_PAIRS: Final[frozenset[tuple[str, str]]] = frozenset({
    ("cares", "what"), ("care", "what"), ("hear", "from"), ("listens", "to"),
    ("listen", "to"), ("cares", "about"),
})
DISMISSERS: Final[frozenset[str]] = frozenset({"nobody", "noone", "one", "who"})
DETERMINERS: Final[frozenset[str]] = frozenset({
    "a", "an", "some", "the", "another", "any", "random",
})
# After the insult: the dismissal ends, or the insult's opinion is named.
OPINED: Final[frozenset[str]] = frozenset({
    "thinks", "says", "believes", "has", "wants", "feels", "writes", "posts", "types",
    "is", "s",
})
# Words of reporting before the dismissal: "he said nobody cares what a bigot thinks".
REPORTED: Final[frozenset[str]] = frozenset({
    "said", "says", "say", "saying", "wrote", "writes", "tweeted", "claimed", "claims",
    "told", "tells", "posted", "commented", "replied", "quote", "quoted", "called",
})
# "you people are insane", "people like you are sick": olid6's verdicts of a political
# group (said of no group when the subject is no camp), said of the reader's kind.
READER_KINDS: Final[frozenset[tuple[str, str]]] = frozenset({
    ("you", "people"), ("like", "you"), ("like", "yourself"), ("your", "kind"),
    ("you", "lot"), ("like", "u"), ("u", "people"),
})
KIND_LEADS: Final[frozenset[str]] = frozenset({"people", "ppl", "folks", "those", "guys"})
# "people like you are why i stay here": the reason a kind one. The lexicon's "like you
# are why" and "like you are the reason" with one of KIND_REASONS a few words after, no
# denial among them; "people like you are why i left" stays aimed.
REASON_TERMS: Final[frozenset[str]] = frozenset({
    "like you are why", "like you are the reason",
})
KIND_REASONS: Final[frozenset[str]] = frozenset({
    "stay", "stayed", "love", "smile", "hope", "enjoy", "great", "wholesome", "happy",
    "thankful", "grateful", "proud", "amazing", "awesome", "lovely", "fun", "joined", "trust",
})
DENIALS: Final[frozenset[str]] = frozenset({
    "not", "no", "nobody", "never", "cant", "t", "nothing", "hate", "lost", "stopped",
})
REASON_REACH: Final = 5  # words after the reason read for a kind one
# fmt: on
