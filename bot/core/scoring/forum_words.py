"""Word shapes the forum rules read (issue 8, targeting_forum.py): abstract nouns and
illnesses, numbers leet would read as words, "Roma" the city, swear words that are
nouns for a person, and lines quoted with ">". Pure functions of tokens or of one
hit's context, each a few set look-ups, so the scorer may call the token ones on its
fast path.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.scoring.targeting_context import Context, Hit

# Endings of abstract nouns; no person, player or public figure is named so.
# fmt: off
# The indefinite articles, English and Italian: "is a ...", "è un ...", "a good muslim".
INDEFINITE: Final[frozenset[str]] = frozenset({"a", "an", "un", "uno", "una"})
_ABSTRACT_ENDINGS: Final = (
    "tion", "sion", "ism", "ness", "ity", "iety", "ment", "ance", "ence", "ship", "hood",
    "ology", "itis", "emia", "aemia", "osis", "phobia", "archy", "cracy", "zione", "sione",
    "ismo", "ezza", "mento", "izia",
)
# fmt: on
_ABSTRACT_MIN: Final = 6  # shorter words with those endings are names as often ("Sion", "Vance")
# Built like abstract nouns, yet naming people: a group is aimed at, never a thing.
# fmt: off
_PEOPLE_LIKE: Final = frozenset({
    "administration", "alliance", "audience", "authority", "celebrity", "coalition",
    "commission", "community", "congregation", "corporation", "defence", "defense",
    "delegation", "entity", "fraternity", "generation", "government", "majority",
    "minority", "nation", "opposition", "organisation", "organization", "personality",
    "population", "resistance", "sorority",
})
# fmt: on
# Feelings, illnesses and hard times people curse at, not built like abstract nouns.
# fmt: off
_HARD_TIMES: Final = frozenset({
    "adulting", "alzheimers", "arthritis", "chemo", "death", "dementia", "diabetes",
    "fate", "grief", "hindsight", "lockdown", "menopause", "migraine", "migraines",
    "mortality", "ocd", "adhd", "pain", "pandemic", "payback", "ptsd", "puberty",
    "quarantine", "reality", "stress", "trauma",
    # precision14: things, times and chores said to be "a bitch" ("revenge is a bitch")
    "revenge", "justice", "irony", "gravity", "insomnia", "humidity", "homework",
    "math", "maths", "physics", "chemistry", "calculus", "taxes", "mondays", "hangovers",
    "jetlag", "parenting", "aging", "ageing", "traffic",
})
# fmt: on
# Illnesses that are dehumanising words only when said of people ("immigrants are a
# cancer"); beside a group they are as often the illness ("black women and breast cancer").
ILLNESSES: Final = frozenset({"cancer", "disease", "plague", "cancro", "malattia"})
# Before an illness named as one: where in the body, what kind, having or fighting it
# (Italian "morta di cancro").
# fmt: off
_ILLNESS_BEFORE: Final = frozenset({
    "breast", "lung", "cervical", "skin", "prostate", "colon", "bowel", "ovarian",
    "pancreatic", "brain", "bone", "blood", "liver", "kidney", "throat", "stomach",
    "testicular", "thyroid", "heart", "chronic", "infectious", "bubonic", "lyme", "celiac",
    "autoimmune", "leading", "common", "rare", "of", "from", "with", "without", "has",
    "had", "have", "having", "beat", "beating", "fighting", "survived", "cure", "cured",
    "causes", "caused", "di",
})
# fmt: on
# After it, words of medicine: "cancer-causing", "cancer screening", "cancro al seno".
# fmt: off
_ILLNESS_AFTER: Final = frozenset({
    "causing", "screening", "research", "patient", "patients", "survivor", "survivors",
    "treatment", "treatments", "cells", "rates", "rate", "risk", "risks", "drug", "drugs",
    "ward", "centre", "center", "diagnosis", "free", "care", "prevention", "control",
    "outbreak", "awareness", "al", "ai", "alla", "alle",
})
# fmt: on
# A number made only of digits leet reads as letters: targeting must not read it as a word.
NUMBER_RE: Final = re.compile(r"\b[013457]+\b")
# Swear words that are also nouns for a person: "a little shit", "a senile old fuck".
PROFANE_NOUNS: Final = frozenset({"fuck", "shit"})
# Before "Roma", an Italian preposition or article: the city or its club.
# fmt: off
_ROMA_BEFORE: Final = frozenset({
    "di", "da", "la", "della", "alla", "dalla", "nella", "sulla", "per", "su", "tra",
    "fra", "verso", "contro",
})
_ROMA_ENGLISH: Final = frozenset({"a", "in"})
_ROMA_PEOPLE: Final = frozenset({
    "family", "families", "community", "communities", "camp", "camps", "settlement",
    "settlements", "child", "children", "kids", "woman", "women", "man", "men", "girl",
    "girls", "boy", "boys", "people", "person", "beggar", "beggars",
})
# hatecheck15: an English verb after "a Roma" makes it one of the people, never the city
# ("a roma will never be honest", "a roma can't be trusted"); after "in" it stays the city.
# So does an English word before "a" ("never trust a roma", "rent my flat to a roma").
_ROMA_VERBS: Final = frozenset({
    "will", "would", "can", "cannot", "cant", "could", "should", "must", "is", "isn",
    "never", "always", "won", "wont", "doesn", "does", "has", "deserves",
})
_ROMA_LEADS: Final = frozenset({
    "to", "with", "for", "trust", "believe", "hire", "date", "marry", "like", "than",
    "is", "was", "be", "as", "never", "every",
})
# fmt: on
_QUOTE_MARKS: Final = (">", "&gt;")  # a line opening so quotes the comment answered


def roma_as_city(tokens: list[str]) -> list[str]:
    """`tokens` with "Roma" after an Italian preposition read as the city ("rome"): "il
    traffico a Roma", "i tifosi della Roma" name the city or its club, not the Romani.
    "a"/"in" are English too: before a noun about people ("a Roma family") it stays."""
    read = list(tokens)
    for i, word in enumerate(tokens):
        if word != "roma" or i == 0:
            continue
        before = tokens[i - 1]
        if before in _ROMA_BEFORE or (
            before in _ROMA_ENGLISH
            and not (
                i + 1 < len(tokens)
                and (
                    tokens[i + 1] in _ROMA_PEOPLE
                    or (before == "a" and tokens[i + 1] in _ROMA_VERBS)
                )
            )
            and not (before == "a" and i >= 2 and tokens[i - 2] in _ROMA_LEADS)
        ):
            read[i] = "rome"
    return read


def numbers_as_written(text: str, tokens: list[str], spans: list[tuple[int, int]]) -> list[str]:
    """`tokens` with each number as written: leet reads "71" as "ti" (Italian "you") and
    "10" as "io" ("I"), so "IN 71 THIS IS DISGUSTING" looked aimed at the reader and
    "1-12 noob" self-directed. `text` and the folded text share offsets here."""
    pairs = list(zip(tokens, spans, strict=False))  # spans may stop short, far from any hit
    read = [text[a:b] if text[a:b].isdigit() else t for t, (a, b) in pairs]
    for i, (token, (a, b)) in enumerate(pairs):
        if text[a:b] == "1" and i + 1 < len(pairs) and not read[i + 1].isdigit():
            read[i] = token  # a lone "1" before a word is still "I": "1 h4te them"
    return read + tokens[len(spans) :]


def may_call_names(tokens: list[str]) -> bool:
    """Swearing alone that may still call someone a name ("he's a little shit"): a swear
    word that is also a noun for a person, an article a few words before it."""
    if PROFANE_NOUNS.isdisjoint(tokens):
        return False  # most swearing
    return any(
        word in PROFANE_NOUNS
        and ("a" in tokens[max(0, i - 3) : i] or "an" in tokens[max(0, i - 3) : i])
        for i, word in enumerate(tokens)
    )


def is_abstract(word: str, *, plural: bool = True) -> bool:
    """A word built like an abstract noun, or a hard time people curse at; with
    `plural` False a final "s" is kept ("Sessions is a buffoon" names a man)."""
    if word in _HARD_TIMES:
        return True
    singular = word[:-1] if plural and word.endswith("s") and word[-2:] != "ss" else word
    return (
        len(singular) >= _ABSTRACT_MIN
        and singular.endswith(_ABSTRACT_ENDINGS)
        and singular not in _PEOPLE_LIKE
    )


def in_quoted_line(ctx: Context, hit: Hit) -> bool:
    """The hit sits on a line quoted with ">", and the writer wrote a line of their own."""
    folded = ctx.folded
    if ">" not in folded and "&gt;" not in folded:
        return False  # most messages quote nothing
    if "\n" not in folded:
        return False  # a lone quoted line answers nothing: read it as said
    start = folded.rfind("\n", 0, ctx.spans[hit.first][0]) + 1
    if not folded[start:].lstrip(" \t").startswith(_QUOTE_MARKS):
        return False
    return any(
        line.strip() and not line.lstrip(" \t").startswith(_QUOTE_MARKS)
        for line in folded.split("\n")
    )


def named_illness(ctx: Context, hit: Hit) -> bool:
    """ "cancer", "disease", "plague" named as the illness, by the body part or kind
    before it, having or dying of it, or a word of medicine after it."""
    words = hit.entry.tokens
    if len(words) != 1 or words[0] not in ILLNESSES:
        return False
    tokens = ctx.tokens
    if hit.first > 0 and tokens[hit.first - 1] in _ILLNESS_BEFORE:
        return True
    return hit.last < len(tokens) and tokens[hit.last] in _ILLNESS_AFTER
