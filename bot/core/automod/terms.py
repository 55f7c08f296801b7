"""The terms AutoMod may block before sending: hostile whatever their target.

AutoMod sees one message and no context, so it can hold only words that hurt
however they are aimed: slurs, self-harm encouragement ("kys") and explicit
threats. Insults, profanity and body shaming depend on who they are aimed at and
stay with the scorer. Terms come from the shipped lexicons of the server's
languages plus the server's own words of those categories; a term the server
allows is left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.core.scoring.lexicon import CONTRACTED, Entry, category_file
from bot.core.scoring.verdict import Category

BLOCKED_CATEGORIES: tuple[Category, ...] = (
    Category.SELF_HARM,
    Category.IDENTITY_ATTACK,
    Category.THREAT,
)
"""In priority order: what is kept first when Discord's limits force a choice."""

MIN_WEIGHT: Mapping[Category, float] = {
    Category.SELF_HARM: 0.85,  # "muori", "die you" (0.8) are also game talk
    Category.IDENTITY_ATTACK: 0.8,  # slurs; ambiguous or regional words weigh less
    Category.THREAT: 0.85,
}

BANTER_WORDS = frozenset(
    {
        # "I'll kill you", "you're dead", "ti ammazzo": game talk as often as threats,
        # which only the scorer (with its gaming cues) can tell apart.
        "kill",
        "murder",
        "shoot",
        "end",
        "dead",
        "destroy",
        "beat",
        "hurt",
        "ammazzo",
        "ammazzero",
        "ammazzeremo",
        "ammazzerei",
        "uccido",
        "uccidero",
        "ucciderei",
        "sparo",
        "morto",
        "morta",
        "morti",
        "fuori",
        "spacco",
        "meno",
        "picchio",
        "gonfio",
        "secco",
        "pezzi",
        "male",
    }
)
"""Threat phrases with these words are left to the scorer."""


ACCENTED = {
    "perche": "perché",
    "poiche": "poiché",
    "piu": "più",
    "puo": "può",
    "gia": "già",
    "cosi": "così",
    "sara": "sarà",
    "sentira": "sentirà",
    "pero": "però",
}
"""Italian words the lexicons keep without their accent (matching folds accents away;
Discord's keywords do not), so a phrase with one is also listed as people type it."""


@dataclass(frozen=True, slots=True)
class BlockedTerm:
    """One term for the rule: how it is typed, its category, and how much it weighs."""

    text: str
    tokens: tuple[str, ...]
    category: Category
    weight: float
    custom: bool = False


def spelled(tokens: Iterable[str], *, accents: bool = True) -> str:
    """Tokens as people type them: "i ll kill you" -> "i'll kill you", "perche" -> "perché"."""
    out: list[str] = []
    for token in tokens:
        word = ACCENTED.get(token, token) if accents else token
        if out and word in CONTRACTED:
            out[-1] += "'" + word
        else:
            out.append(word)
    return " ".join(out)


def hostile_whatever_the_target(entry: Entry) -> bool:
    """True for a lexicon entry that is hostility on its own, with no context needed."""
    category = entry.category
    if category is None or category not in MIN_WEIGHT or entry.weight < MIN_WEIGHT[category]:
        return False
    if entry.aim is None or entry.person_only:  # [context] / [person]: needs a target
        return False
    return not (category is Category.THREAT and BANTER_WORDS.intersection(entry.tokens))


def blocked_terms(
    languages: Iterable[str],
    custom_terms: Mapping[str, Category],
    allowed_terms: Iterable[str],
) -> list[BlockedTerm]:
    """The server's blockable terms, most important first, without duplicates.

    Order: the server's own words (a moderator chose them), then by category
    (`BLOCKED_CATEGORIES`), heavier terms first, then the server's languages in order.
    """
    allowed = {" ".join(term.split()) for term in allowed_terms}
    found: list[BlockedTerm] = [
        BlockedTerm(term, tuple(term.split()), category, 1.0, custom=True)
        for term, category in sorted(custom_terms.items())
        if category in MIN_WEIGHT
    ]
    rank = {category: i for i, category in enumerate(BLOCKED_CATEGORIES)}
    lexicon: list[tuple[int, float, int, BlockedTerm]] = []
    for lang_index, lang in enumerate(dict.fromkeys(languages)):
        for category in BLOCKED_CATEGORIES:
            entries, _, _ = category_file(lang, category)
            for entry in entries:
                if not hostile_whatever_the_target(entry):
                    continue
                plain = spelled(entry.tokens, accents=False)
                for text in dict.fromkeys((spelled(entry.tokens), plain)):
                    term = BlockedTerm(text, entry.tokens, category, entry.weight)
                    lexicon.append((rank[category], -entry.weight, lang_index, term))
    lexicon.sort(key=lambda item: item[:3])
    found += [item[3] for item in lexicon]
    seen: set[str] = set()
    unique: list[BlockedTerm] = []
    for term in found:
        if term.text in seen or " ".join(term.tokens) in allowed or term.text in allowed:
            continue
        seen.add(term.text)
        unique.append(term)
    return unique
