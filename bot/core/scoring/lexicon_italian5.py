"""Twins of the Italian phrases said to a whole chat, and in chat spelling (issue 8, italian5).

Two regular variations, each compiled like any other phrase (no cost at scoring time);
a twin keeps the original's term, so explanations and the rules that read a term read
it the same way (as italian3's "vi" twins and italian4's dialect twins do):

- An order to one reader said to all of them: the imperative in the second person
  plural, with the reader's possessives, clitics and agreement made plural. "vai a quel
  paese" twins "andate a quel paese", "tornatene al tuo paese" twins "tornatevene al
  vostro paese", "vai ad ammazzarti" twins "andate ad ammazzarvi", "stai zitto" twins
  "state zitti". Only phrases that open with one of the orders below.
- Chat spelling of the little words: "nn" for "non", "ke" for "che", "x" for "per",
  "xke" / "xche" for "perché": "nn vali niente", "ke schifo di persona", "x colpa tua".
  Only for the categories said of someone; "nn" is a negation cue too, so "nn sei un
  idiota" is read as "non sei un idiota" is.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Mapping

from bot.core.scoring.lexicon import Entry
from bot.core.scoring.verdict import Category

# An order to one reader and the same order to all of them.
# fmt: off
_ORDERS: dict[str, str] = {
    "vai": "andate", "va": "andate", "vattene": "andatevene", "tornatene": "tornatevene",
    "torna": "tornate", "stai": "state", "sparisci": "sparite", "fatti": "fatevi",
    "levati": "levatevi", "togliti": "toglietevi", "ammazzati": "ammazzatevi",
    "buttati": "buttatevi", "fai": "fate", "stattene": "statevene", "taci": "tacete",
    "muori": "morite", "crepa": "crepate", "impara": "imparate", "cresci": "crescete",
    "smettila": "smettetela", "chiudi": "chiudete", "sciacquati": "sciacquatevi",
}
# The reader's words after the order, made plural: "al tuo paese" -> "al vostro paese".
_PLURAL_WORDS: dict[str, str] = {
    "tua": "vostra", "tuo": "vostro", "tuoi": "vostri", "tue": "vostre", "ti": "vi",
    "te": "ve", "zitto": "zitti", "zitta": "zitte", "sei": "siete", "venuto": "venuti",
    "venuta": "venute",
}
# fmt: on
# An infinitive with the reader's clitic: "ammazzarti" -> "ammazzarvi".
_CLITIC_ENDINGS = ("arti", "erti", "irti")
_ORDER_CATEGORIES = frozenset(
    {
        Category.INSULT,
        Category.EXCLUSION,
        Category.SELF_HARM,
        Category.THREAT,
        Category.IDENTITY_ATTACK,
    }
)
# Chat spellings of the little words, and the categories whose phrases get them.
_CHAT_SPELLINGS: dict[str, tuple[str, ...]] = {
    "non": ("nn",),
    "che": ("ke",),
    "per": ("x",),
    "perche": ("xke", "xche"),
}
_SAID_OF_SOMEONE = _ORDER_CATEGORIES | {Category.BODY_SHAMING, Category.SEXUAL_HARASSMENT}
_MOST_SPELLED = 2  # at most two little words respelled in one phrase (2**2 forms)


def _plural_word(word: str) -> str:
    if word in _PLURAL_WORDS:
        return _PLURAL_WORDS[word]
    if word.endswith(_CLITIC_ENDINGS):
        return word[:-1] + "vi"  # "ammazzarti" -> "ammazzarvi"
    return word


def plural_orders(entries: Mapping[tuple[str, ...], Entry]) -> dict[tuple[str, ...], Entry]:
    """The second person plural twin of each order to one reader among `entries`."""
    twins: dict[tuple[str, ...], Entry] = {}
    for tokens, entry in entries.items():
        if len(tokens) < 2 or tokens[0] not in _ORDERS or entry.category not in _ORDER_CATEGORIES:
            continue
        plural = (_ORDERS[tokens[0]], *map(_plural_word, tokens[1:]))
        if plural not in entries and plural not in twins:
            twins[plural] = dataclasses.replace(entry, tokens=plural)
    return twins


def chat_spellings(entries: Mapping[tuple[str, ...], Entry]) -> dict[tuple[str, ...], Entry]:
    """Twins of the phrases among `entries` with "nn", "ke", "x", "xke" for the little
    words, at most two respelled in one phrase."""
    twins: dict[tuple[str, ...], Entry] = {}
    for tokens, entry in entries.items():
        if len(tokens) < 2 or entry.category not in _SAID_OF_SOMEONE:
            continue
        places = [i for i, word in enumerate(tokens) if word in _CHAT_SPELLINGS]
        if not places or len(places) > _MOST_SPELLED:
            continue
        options = [
            (tokens[i], *_CHAT_SPELLINGS[tokens[i]]) if i in places else (tokens[i],)
            for i in range(len(tokens))
        ]
        for form in itertools.product(*options):
            if form != tokens and form not in entries and form not in twins:
                twins[form] = dataclasses.replace(entry, tokens=form)
    return twins
