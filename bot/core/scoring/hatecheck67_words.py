"""Words of the hatecheck67 round (issue 8, targeting_hatecheck67.py): a named identity
group met with a rhetorical question of aversion, asked as if no one could bear it or
want one of them ("how can anyone stand muslims?", "how could anybody put up with
immigrants?", "who would want to marry a trans woman?", "who in their right mind would
hire a disabled person?", "why would anyone date a black guy?")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck28_words as h28

# fmt: off
# --- This round's own lines (en/identity_attack.txt): the question's asker, opening it.
# "how can anyone [stand] ...": no one could bear the group.
HOW_ASKERS: Final[frozenset[str]] = frozenset({
    "how can anyone", "how could anyone", "how can anybody", "how could anybody",
    "how does anyone", "how does anybody", "how do people", "how can people",
    "how could people", "how can someone", "how could someone",
})
# "who would want to [marry] ...": no one would want one of them. Never a bare "who
# would", "who could" or "who'd": as lines they would cover older lines that start
# inside them ("would miss" of "who would miss the jews?", a hatecheck60 probe line).
WHO_ASKERS: Final[frozenset[str]] = frozenset({
    "who would want to", "who would wanna", "who d want to", "who d wanna",
    "who would ever want to", "who would even want to", "who would ever", "who would even",
    "who could ever", "who could even", "who would marry", "who would date",
    "who would hire", "who would trust", "who would love", "who could love",
    "who would employ", "who d marry", "who d date", "who d hire", "why would anyone",
    "why would anybody", "why would someone", "who in their right mind would",
    "who in their right mind could",
})
OWN_TERMS: Final[frozenset[str]] = HOW_ASKERS | WHO_ASKERS
# --- Between the asker and the verb: hedges and the wish ("who would ever want to ...",
# "how can anyone even ...").
FILLERS: Final[frozenset[str]] = frozenset({
    "even", "ever", "really", "possibly", "honestly", "actually", "seriously", "truly",
    "willingly", "want", "wanna", "to",
})
FILLER_REACH: Final[int] = 4
# The aversion: bearing the group, or wanting one of them near, as partner or worker.
# Not harms ("who would want to hurt a muslim?" asks who would harm them).
AVERSE_VERBS: Final[frozenset[str]] = frozenset({
    "stand", "tolerate", "bear", "like", "love", "trust", "marry", "date", "hire",
    "employ", "befriend", "kiss", "miss",
})
AVERSE_PHRASES: Final[tuple[tuple[str, ...], ...]] = (
    ("put", "up", "with"), ("live", "next", "to"), ("live", "near"), ("live", "with"),
    ("be", "friends", "with"), ("be", "around"), ("be", "near"), ("work", "with"),
    ("sit", "next", "to"), ("be", "seen", "with"), ("stand", "being", "around"),
    ("stand", "being", "near"), ("bear", "to", "be", "around"), ("bear", "to", "be", "near"),
)
# After the group: hedges and chat's tails only ("... honestly?", "... these days lol").
TAILS: Final[frozenset[str]] = frozenset({
    "honestly", "seriously", "really", "even", "ever", "though", "tho", "lol", "lmao",
    "tbh", "anyway", "anyways", "at", "all", "these", "days", "nowadays", "here",
})
TAIL_REACH: Final[int] = 3
# Words that answer the question at once, kindly ("who would want to marry a trans
# woman? me, she's wonderful", "... plenty of people, obviously"): asked, not thrown.
ANSWERS: Final[frozenset[str]] = frozenset({
    "me", "i", "we", "us", "plenty", "lots", "loads", "tons", "many", "millions",
    "everyone", "everybody", "most", "my",
})
# A negation right after the answer leaves the question thrown ("... i wouldn't").
ANSWER_REACH: Final[int] = 3
# Right after the question, someone's saying or asking of it: reported or answered
# ("... asked my racist uncle", "... ? people who say this are bigots").
SAID_AFTER: Final[frozenset[str]] = h28.SAYINGS | frozenset({
    "ask", "asks", "asked", "asking", "shouted", "yelled", "tweets",
})
SAID_REACH: Final[int] = 4
# fmt: on
