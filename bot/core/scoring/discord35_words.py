"""Word lists of the discord35 round (targeting_discord35.py): the reader rejected with no
insult word, not liked, loved, cared about or needed by the writer, the room or the
reader's own people ("i dont like u", "we dont care about you", "even ur mom doesnt like
u", "nobody loves u"), each read only as a whole line."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord26_words as d26
from bot.core.scoring import discord31_words as d31
from bot.core.scoring import discord34_words as d34

# fmt: off
# The round's lexicon lines (exclusion.txt, discord35), written with "you"; lexicon_textspeak
# gives them their chat twins ("dont like u", "doesnt love ya"), keeping these terms.
_NOT: Final = (
    "dont", "don t", "do not", "doesnt", "doesn t", "does not", "dont even", "don t even",
    "doesnt even", "doesn t even",
)
_FEELINGS: Final = ("like you", "love you", "care about you", "need you")
# Not liked, loved, cared about or needed: "i dont like u", "ur mom doesnt love u".
NOT_LIKED: Final[frozenset[str]] = frozenset(
    f"{no} {feeling}" for no in _NOT for feeling in _FEELINGS
)
# Never liked: "i never liked u", "we never even liked you".
NEVER_LIKED: Final[frozenset[str]] = frozenset({
    "never liked you", "never loved you", "never cared about you", "never even liked you",
    "never even loved you",
})
# Disliked by the room, or loved by nobody ("none of us like u", "nobody loves u"): the
# older "nobody likes you" lines have no "loves".
DISLIKED: Final[frozenset[str]] = frozenset({
    "dislike you", "dislikes you", "none of us like you", "none of us likes you",
    "nobody loves you", "no one loves you", "noone loves you", "nobody ever loved you",
    "no one ever loved you", "nobody even loves you", "no one even loves you",
})
# Who may stand before the phrase, from the sentence's start: the writer, the room, the
# reader's own people and chat openers ("honestly i dont like u", "even ur own mom
# doesnt like u", "the whole server doesnt like u", "because i dont like you"). Anything
# else turns it: "its not that i dont like u", "i think she doesnt like u", "what if he
# doesnt like u", "sorry i dont like u".
SUBJECTS: Final[frozenset[str]] = frozenset({
    "i", "we", "they", "he", "she", "everyone", "everybody", "people", "ppl", "us", "none",
    "of", "all", "here", "ur", "your", "yo", "own", "even", "mom", "mum", "mother", "dad",
    "father", "parents", "family", "friends", "bf", "gf", "boyfriend", "girlfriend",
    "crush", "sister", "brother", "teacher", "teachers", "the", "whole", "server", "class",
    "team", "group", "chat", "squad", "school", "literally", "honestly", "really",
    "actually", "just", "still", "also", "and", "so", "ok", "okay", "yeah", "yea", "nah",
    "no", "bro", "bruh", "dude", "man", "lol", "lmao", "tbh", "ngl", "fr", "seriously",
    "genuinely", "because", "cuz", "cause", "coz", "bc", "well", "like", "clearly",
    "obviously", "anyway", "ever", "idc",
})
SUBJECT_REACH: Final = 6
# Only tags may follow to the message's end ("i dont like u at all", "i dont like you
# either", "we dont like u here", "i dont like u and never will"); "i dont like u being
# sad", "i dont like you like that", "he doesnt like u back" go on.
TAGS: Final[frozenset[str]] = d26.GLOAT_TAGS | frozenset({
    "at", "all", "either", "anymore", "here", "and", "never", "will", "ever", "now", "rn",
    "guys", "seriously", "period", "sorry", "not", "one", "bit", "tho", "though",
    "whatsoever", "get", "over", "it", "just", "saying", "ok", "okay", "idiot", "loser",
})
TAG_REACH: Final = 6
# A kind word after it: "i dont like u lol jk ily", "nobody loves u haha kidding".
KIND_AFTER: Final[frozenset[str]] = d31.KIND_AFTER
KIND_REACH: Final = 10
EMOJI_REACH: Final = d34.EMOJI_REACH  # characters after the last word: tags and emoji
KIND_EMOJI: Final[frozenset[str]] = d34.KIND_EMOJI
# fmt: on

OWN_TERMS: Final[frozenset[str]] = NOT_LIKED | NEVER_LIKED | DISLIKED
