"""How the italian11 round (issue 8) reads Italian hate that is not plainly written: a
group's name run into the copula after it ("i musulmanisono feccia"), an article run into
a group's name ("igay sono malati", "i n e r i sono scimmie") or a verb of hatred run into
the article after it ("odioi gay"), and a short group name with a letter typed twice
("i gaay sono malati"). Kept apart from hate_spelling.py and matching.py, which read it.
"""

from __future__ import annotations

import functools
from collections.abc import Container, Iterable
from typing import Final

from bot.core.scoring.hate_spelling import COPULAS_JOINED, copula_run_together
from bot.core.scoring.lexicon import Lexicon

ARTICLES_JOINED: Final = ("gli", "le", "i")
_VOWELS: Final = frozenset("aeiou")
SHORT_DOUBLED: Final = (3, 4)  # name lengths that get only a doubled letter
# Verbs of hatred and harm read apart from an article run into them: "odioi gay",
# "detestole donne", "uccidetegli ebrei".
# fmt: off
JOINABLE_VERBS: Final = frozenset({
    "odio", "odiamo", "detesto", "detestiamo", "disprezzo", "disprezziamo", "uccidete",
    "ammazzate", "sterminate", "bruciate", "impiccate", "cacciate", "uccidiamo",
    "ammazziamo", "sterminiamo", "eliminiamo", "massacrate", "fucilate",
})
# fmt: on
Joins = dict[str, tuple[tuple[str, int, int], ...]]


def group_copula_run_together(pieces: list[str], groups: Container[str]) -> bool:
    """Two pieces, a group's name then a copula: "musulmanisono", "womenare"."""
    return len(pieces) == 2 and pieces[0] in groups and pieces[1] in COPULAS_JOINED


def article_run_together(pieces: list[str], hit_words: Container[str]) -> bool:
    """Two pieces, one of our words then an Italian article: "odioi", "odiole"; "i" only
    after a vowel, as Italian verbs end ("fucki" is no join)."""
    if len(pieces) != 2 or pieces[0] not in hit_words or pieces[1] not in ARTICLES_JOINED:
        return False
    return pieces[1] != "i" or pieces[0][-1] in _VOWELS


def run_together(pieces: list[str], hit_words: Container[str], groups: Container[str]) -> bool:
    """Pieces of one token read apart though they hold no group and hostile word both: a
    copula and a hostile word ("aredisgusting"), a group and a copula ("musulmanisono"),
    a hostile word and an article ("odioi")."""
    return (
        copula_run_together(pieces, hit_words)
        or group_copula_run_together(pieces, groups)
        or article_run_together(pieces, hit_words)
    )


def short_group_doublings(names: Iterable[str], taken: Container[str]) -> dict[str, str]:
    """Three- and four-letter group names with a letter typed twice, never the first
    ("gaay", "gayy", "nerii"), mapped to the name. Dropping or swapping a letter in a name
    this short makes other words too often; doubling one rarely does, and a variant that
    is an ordinary, cue or lexicon word ("room") is left out."""
    found: dict[str, str] = {}
    for name in sorted(names):
        if len(name) not in SHORT_DOUBLED or not name.isalpha():
            continue
        for i in range(1, len(name)):
            variant = name[: i + 1] + name[i:]
            if variant not in taken:
                found.setdefault(variant, name)
    return found


def joins_for(lexicon: Lexicon) -> tuple[Joins, frozenset[str]]:
    """The article joins of `lexicon`'s group names and verbs of hatred, with their
    pieces, and the joined words as a set (the scorer's gate asks it at C speed)."""
    verbs = frozenset(verb for verb in JOINABLE_VERBS if verb in lexicon.hit_words)
    joins = article_joins(lexicon.cues["identity"], verbs)
    return joins, _join_words(lexicon.cues["identity"], verbs)


@functools.lru_cache(maxsize=8)
def _join_words(names: frozenset[str], verbs: frozenset[str]) -> frozenset[str]:
    return frozenset(article_joins(names, verbs))


@functools.lru_cache(maxsize=8)
def article_joins(names: frozenset[str], verbs: frozenset[str]) -> Joins:
    """Every article run into a group's name ("igay", "ledonne") and every verb of hatred
    run into an article ("odioi", "detestole"), with its pieces. Built once per language
    set, so a message is asked with one set test, not a walk over its words."""
    joins: Joins = {}
    for article in ARTICLES_JOINED:
        cut = len(article)
        for name in sorted(names):
            if name.isalpha():
                joins.setdefault(article + name, ((article, 0, cut), (name, cut, cut + len(name))))
        for verb in sorted(verbs):
            if article_run_together([verb, article], verbs):
                end = len(verb)
                joins.setdefault(verb + article, ((verb, 0, end), (article, end, end + cut)))
    return joins
