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

A judgement said with the reader's verb takes a stress word after the verb: "fai
veramente schifo", "fate tutti schifo", "sei davvero una merda" twin "fai schifo",
"fate schifo", "sei una merda" ("tutti" only after a plural verb).

And one grid: the harm called down on a group is listed verb by verb with one or two
ways of asking for it ("vanno uccisi", "bisogna sterminare"); every harm the lexicon
names with one of the ways below is made with all of them ("andrebbero giustiziati",
"dovrebbero essere giustiziati", "vanno tutti giustiziati", "vorrei giustiziare"), so a
new verb is one line in threat.txt. The grid keeps each harm's own entry (category,
weight, people only), as the lines it copies are.
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
    "tutti": ("tt",),  # italian14: "i musulmani sono tt terroristi"
    "tutte": ("tt",),
    "sono": ("sn",),  # italian15: "i gay sn malati", "sn tutti ladri"
}
_SAID_OF_SOMEONE = _ORDER_CATEGORIES | {Category.BODY_SHAMING, Category.SEXUAL_HARASSMENT}
_MOST_SPELLED = 2  # at most two little words respelled in one phrase (2**2 forms)
# The reader's verbs a judgement opens with, and the stress words that may follow them.
_JUDGING_VERBS = frozenset({"fai", "sei", "sembri"})
_JUDGING_PLURAL = frozenset({"fate", "siete", "sembrate"})
_STRESS = ("proprio", "davvero", "veramente", "sempre", "troppo")
_STRESS_PLURAL = ("tutti", "tutte")
_JUDGED = frozenset({Category.INSULT, Category.BODY_SHAMING})
# Ways of asking for a harm done to people: with a participle ("vanno uccisi") and with
# an infinitive ("bisogna uccidere"); "tutti" / "tutte" may follow the first word.
# fmt: off
_PASSIVES: tuple[tuple[str, ...], ...] = (
    ("vanno",), ("andrebbero",), ("vadano",), ("devono", "essere"),
    ("dovrebbero", "essere"), ("meritano", "di", "essere"),
    ("meriterebbero", "di", "essere"),
)
_WANTING: tuple[tuple[str, ...], ...] = (
    ("voglio",), ("vorrei",), ("bisogna",), ("bisognerebbe",), ("dobbiamo",),
    ("dovremmo",),
    # italian11 (issue 8): the normative threat said as what is right ("sarebbe giusto
    # uccidere i gay", "è ora di sterminare ..."); a named group still has to follow.
    ("sarebbe", "giusto"), ("e", "giusto"), ("sarebbe", "ora", "di"), ("e", "ora", "di"),
)
# fmt: on
_ALL = {"i": "tutti", "e": "tutte"}  # "vanno tutti uccisi", "vanno tutte uccise"
_GRID_CATEGORIES = frozenset({Category.THREAT, Category.EXCLUSION})


def _plural_word(word: str) -> str:
    if word in _PLURAL_WORDS:
        return _PLURAL_WORDS[word]
    if word.endswith(_CLITIC_ENDINGS):
        return word[:-2] + "vi"  # "ammazzarti" -> "ammazzarvi"
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


def harm_grid(entries: Mapping[tuple[str, ...], Entry]) -> dict[tuple[str, ...], Entry]:
    """Each harm among `entries` asked for one way ("vanno giustiziati"), made with
    every way of asking above ("andrebbero giustiziati", "vanno tutti giustiziati",
    "dovrebbero essere giustiziati"; "bisogna giustiziare", "vorrei giustiziare")."""
    passives = frozenset(_PASSIVES)
    wanting = frozenset(_WANTING)
    harms: dict[str, Entry] = {}  # participle or infinitive -> the entry it came with
    infinitives: set[str] = set()
    for tokens, entry in entries.items():
        if entry.category not in _GRID_CATEGORIES or not entry.person_only or len(tokens) < 2:
            continue
        head = tokens[:-1]
        if head in passives or head in wanting:
            harms.setdefault(tokens[-1], entry)
            if head in wanting:
                infinitives.add(tokens[-1])
    twins: dict[tuple[str, ...], Entry] = {}
    for harm, entry in harms.items():
        if harm in infinitives:
            forms = [(*way, harm) for way in _WANTING]
        else:
            forms = [(*way, harm) for way in _PASSIVES]
            every = _ALL.get(harm[-1])
            if every is not None:
                forms += [(way[0], every, *way[1:], harm) for way in _PASSIVES]
                # italian11: "dovrebbero essere tutti fucilati", the "all" after "essere"
                forms += [(*way, every, harm) for way in _PASSIVES if len(way) > 1]
        for form in forms:
            if form not in entries and form not in twins:
                twins[form] = dataclasses.replace(entry, tokens=form)
    return twins


def stressed(entries: Mapping[tuple[str, ...], Entry]) -> dict[tuple[str, ...], Entry]:
    """Twins of the judgements among `entries` said with the reader's verb, a stress
    word after the verb: "fai veramente schifo", "fate tutti schifo"."""
    twins: dict[tuple[str, ...], Entry] = {}
    for tokens, entry in entries.items():
        if len(tokens) < 2 or entry.category not in _JUDGED or tokens[1] in _STRESS:
            continue
        verb = tokens[0]
        if verb in _JUDGING_VERBS:
            words: tuple[str, ...] = _STRESS
        elif verb in _JUDGING_PLURAL:
            words = _STRESS + _STRESS_PLURAL
        else:
            continue
        for word in words:
            form = (verb, word, *tokens[1:])
            if form not in entries and form not in twins:
                twins[form] = dataclasses.replace(entry, tokens=form)
    return twins
