"""Starred-out words whose star was put between the letters, not over one (issue 8,
insults6): "jer*k", "los*er", "dou*che*bag", "stro*nzo".

masked_words.py reads a star as one hidden letter ("f*ck"); a writer dodging a filter
as often keeps every letter and slips a star in. Such a word is read as our word only
when dropping the stars spells it exactly, each star is alone and inside the word (a
leading or trailing star is Markdown or a footnote; "**" hides letters) and at least
four letters are left, so "a*b", "2*3" and "*sigh*" stay what they were.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.core.scoring.masked_words import by_letter

_LETTERS_MIN = 4  # "a*ss" (3 letters) is left to the one-letter reading


def inserted_star_word(
    masked: str, maskable: Mapping[int, tuple[tuple[str, float], ...]]
) -> str | None:
    """Our word spelled by `masked` once its inner stars are dropped, if any."""
    if masked[0] == "*" or masked[-1] == "*" or "**" in masked:
        return None  # "nig**s": two stars stand for letters, not for a slip
    letters = masked.replace("*", "")
    if len(letters) < _LETTERS_MIN or not letters.isalpha():
        return None
    words = maskable.get(len(letters), ())
    for word, _ in by_letter(words).get((0, letters[0]), ()):
        if word == letters:
            return word
    return None
