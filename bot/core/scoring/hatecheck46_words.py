"""Spellings of the hatecheck46 round (issue 8): a group's name or a slur written
obfuscated inside a hateful statement the scorer catches when it is spelled plainly.

The round adds no rule class: its readings are spellings made before any rule runs, so
the statement then passes every older rule exactly as the plain spelling would. The
older tables already read letters swapped or dropped ("mulsims", "immigrnts"), leet
digits ("mus1ims", "w0men"), spaces taken out or put in ("i hatemuslims", "m u s l i m
s") and one starred letter ("m*slims"). This round adds:

- dotted letters rejoined into a group's name hold their dots, which no longer end a
  sentence, nor does the dot closing them ("m.u.s.l.i.m.s are disgusting", "j.e.w.s. are
  vermin"): targeting_marks.outside_words, read by Context; a dotted name that is a typo
  of one ("m.u.s.1.i.m.s") is the name (matching.Matcher._segment);
- a starred name two names fit, two spellings of one group, is the first ("wom*n",
  "m*sl*ms"): hate_spelling.starred_group_name;
- "!" for "i" and "|" for "l" in a group's name ("musl!ms are terrorists", "mus|ims are
  rats"): `marked_group_names` below, a rewrite the scorer makes once;
- "9" or "6" for "g" in a slur ("ni99ers", "fa66ots"): `g_digit_spellings` below, a typo
  table built with the lexicon.

Stay clean, as spelled plainly: "m.u.s.l.i.m.s celebrate eid", "musl!ms are my friends",
"wom*n are amazing"; and words that only look like a name ("mom", "muslin", "u.s.a. won
the gold").

Why the marks need a rewrite: folding (folding.py) reads leet digits but keeps "!" and
"|" as punctuation, so such a name falls apart into pieces ("musl", "ms") no list knows.
spelling7's `bang_as_i` reads "!" as "i" only in our hostile words; this reads both marks
in a group's name, and only there: a word is rewritten only when it then spells a name
(same length, so offsets hold), so "wow!that" or "a|b" stay as they were. The name alone
is still no hit: the rewritten message passes every rule as the plain spelling would.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Container, Iterator, Mapping
from typing import Final

from bot.core.scoring.folding import flatten
from bot.core.scoring.lexicon import Entry
from bot.core.scoring.verdict import Category, TargetKind

# A run of word characters with "!" or "|" before a letter or digit ("musl!ms", "|gbt");
# elsewhere the marks end a sentence or join chat lines. Tried only where a word starts
# (the look-behind), so a long word is read once, not from each of its letters. The gate
# opens with the marks, so the regex engine skips to each of them.
_MARKED_WORD_RE: Final[re.Pattern[str]] = re.compile(r"(?<![^\W_])[^\W_]*(?:[!|][^\W_]+)+")
_MARKED_GATE_RE: Final[re.Pattern[str]] = re.compile(r"[!|][^\W_]")
MARKED_WORDS_READ: Final[int] = 64  # marked words read per message: a flood costs no more


def marked_group_names(text: str, names: Container[str]) -> str | None:
    """`text` with "!" read as "i" and "|" as "l" (or, failing that, "i") in each word
    that then spells one of `names`, or None when no word changes."""
    if _MARKED_GATE_RE.search(text) is None:
        return None  # "wow!", "a | b": no word goes on after a mark
    pieces: list[str] = []
    done = 0
    for match in itertools.islice(_MARKED_WORD_RE.finditer(text), MARKED_WORDS_READ):
        word = match.group().replace("!", "i")
        name = _spelled_name(word.replace("|", "l"), names)
        if name is None and "|" in word:
            name = _spelled_name(word.replace("|", "i"), names)  # "h|ndus"
        if name is not None:
            pieces.extend((text[done : match.start()], name))
            done = match.end()
    if not pieces:
        return None
    pieces.append(text[done:])
    return "".join(pieces)


def _spelled_name(candidate: str, names: Container[str]) -> str | None:
    """`candidate` as written if, folded (leet digits read: "h!ndu5"), it is one of
    `names`."""
    flat = flatten(candidate).split()
    return candidate if len(flat) == 1 and flat[0] in names else None


# "9" and "6" for "g" in a slur ("ni99ers", "fa66ots"): leetspeak folding leaves alone,
# since "9" and "6" stand for letters only inside such a word ("99 problems", "gg 6-0").
_G_DIGITS: Final[tuple[str, ...]] = ("9", "6")


_BY_THEIR_OWN: Final[tuple[TargetKind | None, ...]] = (TargetKind.GROUP,)


def group_slurs(
    entries: Mapping[tuple[str, ...], Entry],
    aims: Container[TargetKind | None] = _BY_THEIR_OWN,
) -> Iterator[str]:
    """The slurs: one-word identity attacks aimed, by their own or (hatecheck49, with `aims`
    holding None) by their context, at a group ("nigger", "faggots", "gooks", "fags"); not
    the words that attack only in a shape ("cage", "neighbours")."""
    for tokens, entry in entries.items():
        if len(tokens) != 1 or entry.category is not Category.IDENTITY_ATTACK:
            continue
        if entry.aim in aims and tokens[0].isalpha():
            yield tokens[0]


def g_digit_spellings(
    entries: Mapping[tuple[str, ...], Entry], taken: Container[str]
) -> dict[str, str]:
    """Each slur (`group_slurs`) with its every "g", or one "g", written "9" or "6", mapped
    to the word. A variant holds a digit, so it is never an everyday word; one a table
    already holds (`taken`) keeps its older reading."""
    found: dict[str, str] = {}
    for word in group_slurs(entries):
        if "g" not in word:
            continue
        for digit in _G_DIGITS:
            variants = {word.replace("g", digit)}
            variants.update(
                word[:i] + digit + word[i + 1 :] for i, ch in enumerate(word) if ch == "g"
            )
            for variant in variants:
                if variant not in taken:
                    found.setdefault(variant, word)
    return found
