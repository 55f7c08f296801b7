"""Twins of the Italian phrases in the forms chat writes them (issue 8, italian4).

Three regular variations of Italian, each compiled like any other phrase (no cost at
scoring time); a twin keeps the original's term, so explanations and the rules that
read a term read it the same way:

- The reader's clitic said "te" before the verb, as Rome and the South say it: "te meno",
  "te gonfio", "te spacco la faccia" twin "ti meno", "ti gonfio", "ti spacco la faccia".
- A beating promised to one part of the body is promised to any: "ti sfascio la faccia"
  twins "ti sfascio la testa", "ti rompo le ossa" twins "ti rompo il naso".
- The dialect articles "'na" and "nu" for "una" and "un" / "uno": "sei 'na merda",
  "si' nu cesso" read as "sei una merda".

And one shape English writes as phrases ("who the fuck are you", "what the fuck do you
want"): a question word, a curse noun and a verb said to the reader, "che cazzo vuoi",
"chi minchia ti credi di essere", made for every question word, curse and verb below
when the Italian lexicon is compiled in. "che cazzo di partita" and "cosa cazzo è
successo" name no verb of the reader's.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from bot.core.scoring.lexicon import Entry
from bot.core.scoring.verdict import Category, TargetKind

# The body parts a beating names, each with its article.
# fmt: off
_BODY: tuple[tuple[str, str], ...] = (
    ("la", "faccia"), ("la", "testa"), ("il", "muso"), ("il", "naso"), ("i", "denti"),
    ("le", "ossa"), ("le", "gambe"), ("le", "braccia"), ("il", "culo"), ("il", "cranio"),
    ("la", "schiena"),
)
# fmt: on
_PARTS = frozenset(_BODY)
_CLITIC_CATEGORIES = frozenset({Category.THREAT, Category.EXCLUSION})
# Words said of a person, where a dialect article may stand: "sei 'na merda".
_ARTICLE_CATEGORIES = frozenset(
    {
        Category.INSULT,
        Category.BODY_SHAMING,
        Category.IDENTITY_ATTACK,
        Category.SEXUAL_HARASSMENT,
        Category.THREAT,
    }
)
_DIALECT_ARTICLE = {"una": "na", "un": "nu", "uno": "nu"}
_ASKING = ("che", "cosa", "chi", "ke")
_CURSE_NOUNS = ("cazzo", "minchia", "cazz")
# What the reader is asked, in the second person singular and plural.
# fmt: off
_READER_VERBS = (
    ("vuoi",), ("volete",), ("guardi",), ("guardate",), ("ridi",), ("ridete",),
    ("pretendi",), ("pretendete",), ("sei",), ("siete",), ("ti", "credi"),
    ("vi", "credete"),
)
# fmt: on
_QUESTION_WEIGHT = 0.65


def dialect_twins(entries: Mapping[tuple[str, ...], Entry]) -> dict[tuple[str, ...], Entry]:
    """Twins with "te", with other body parts and with dialect articles of `entries`."""
    twins: dict[tuple[str, ...], Entry] = {}
    for tokens, entry in entries.items():
        if len(tokens) < 2 or entry.category is None:
            continue
        forms = [tokens]
        if (
            entry.category is Category.THREAT
            and tokens[0] in ("ti", "vi")
            and len(tokens) >= 4
            and (tokens[-2], tokens[-1]) in _PARTS
        ):
            forms += [(*tokens[:-2], *part) for part in _BODY]
        if entry.category in _CLITIC_CATEGORIES and tokens[0] == "ti":
            forms += [("te", *form[1:]) for form in forms]
        if entry.category in _ARTICLE_CATEGORIES and not _DIALECT_ARTICLE.keys().isdisjoint(tokens):
            forms += [tuple(_DIALECT_ARTICLE.get(word, word) for word in form) for form in forms]
        for form in forms[1:]:
            if form not in entries and form not in twins:
                twins[form] = dataclasses.replace(entry, tokens=form)
    return twins


def reader_questions(entries: Mapping[tuple[str, ...], Entry]) -> dict[tuple[str, ...], Entry]:
    """ "che cazzo vuoi", "chi minchia sei", ...: an insult at the reader, made only when
    the Italian curse noun is among `entries` (an Italian lexicon)."""
    if ("cazzo",) not in entries:
        return {}
    questions: dict[tuple[str, ...], Entry] = {}
    for asking in _ASKING:
        for curse in _CURSE_NOUNS:
            for verb in _READER_VERBS:
                tokens = (asking, curse, *verb)
                if tokens not in entries:
                    questions[tokens] = Entry(
                        " ".join(tokens),
                        tokens,
                        Category.INSULT,
                        _QUESTION_WEIGHT,
                        TargetKind.SECOND_PERSON,
                    )
    return questions
