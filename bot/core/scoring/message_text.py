"""The raw-text checks the scorer's gates run on a whole message before any token is
read: pauses, word offsets, mentions, digits tacked on words, letters held down.

Each is a few C-level searches or one regex, cheap enough to run on every message;
kept apart from scorer.py so that module stays the gates' order and nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from bot.core.scoring.matching import RUN_GATE_RE
from bot.core.scoring.phrase_matching import paused_phrase

# A Discord mention, or "@name" typed as text.
MENTION_RE: Final = re.compile(r"<@!?\d+>|(?<![\w@])@\w")
# Who retweeted or quoted words come from ("RT @name:", "“@name: ..."): not an addressee.
ATTRIBUTION_RE: Final = re.compile(r"(?:\bRT |“|&#8220;)@\w+:")
# Digits tacked on a word ("idiot22", "noob123"): two or more, or one that is no leet
# letter ("moron9"; "hat3" is "hate"). Read as spaces, so offsets stay the same.
DIGIT_TAIL_RE: Final = re.compile(r"(?<=[^\W\d_]{3})(?:\d{2,}|[2689])\b")
# The same test, opening with the digit: the regex engine skips to digits instead of
# trying the look-behind at every character (about 6x faster on tweets); only asks
# whether DIGIT_TAIL_RE would find a tail, it never rewrites.
DIGIT_TAIL_SEEN_RE: Final = re.compile(r"\d(?<=[^\W\d_]{3}\d)(?:\d+\b|(?<=[2689])\b)")
# Any character three times: a cheaper scan than RUN_GATE_RE's letter class at every
# position; only a hit that is no letter a-z (digits, other scripts) needs RUN_GATE_RE.
RUN_HINT_RE: Final = re.compile(r"([^ ])\1\1")


def pause_reader(
    text: str, flat: str, words: list[str], spans: list[tuple[int, int]] | None
) -> Callable[[int, int], bool]:
    """Is there a pause between tokens first..last-1? The spans are found only if asked
    (a benign phrase next to a hostile word, in a message with a comma or a stop)."""
    found: list[list[tuple[int, int]]] = []

    def paused(first: int, last: int) -> bool:
        if not found:
            found.append(spans if spans is not None else word_spans(flat, words))
        return last <= len(found[0]) and paused_phrase(text, flat, found[0], first, last)

    return paused


def has_pause(text: str) -> bool:
    """Is there a pause a benign phrase may not cross (one of `,!?;:`) in `text`? Five
    C-level character searches: a regex class scan costs several times more per message."""
    return "," in text or "!" in text or "?" in text or ";" in text or ":" in text


def word_spans(flat: str, words: list[str]) -> list[tuple[int, int]]:
    """Offsets of `words`, the leading words of `flat.split()`: only spaces lie between
    them, so a C-level find from the last end lands on each (cheaper than a regex scan)."""
    spans = []
    end = 0
    for word in words:
        start = flat.find(word, end)
        end = start + len(word)
        spans.append((start, end))
    return spans


def is_run(run: re.Match[str], flat: str) -> bool:
    """Given `run`, `RUN_HINT_RE`'s first find in `flat`: is there a letter a-z three
    times (`RUN_GATE_RE.search(flat) is not None`)? Asked inline in the scorer's gate."""
    return "a" <= run.group(1) <= "z" or RUN_GATE_RE.search(flat) is not None


def has_number_digit(text: str) -> bool:
    """Does `text` hold a digit NUMBER_RE reads as a number ("1-12 noob")? Six C-level
    scans, which spare most messages the regex's scan of every character."""
    return "1" in text or "0" in text or "3" in text or "4" in text or "5" in text or "7" in text


def as_spaces(match: re.Match[str]) -> str:
    """The match's characters as spaces: the rewrite keeps every offset."""
    return " " * (match.end() - match.start())


def mentions_anyone(text: str) -> bool:
    """Does the text mention someone, other than as the source of words it passes on?"""
    if MENTION_RE.search(text) is None:
        return False
    if ("RT @" in text or "\u201c@" in text or "8220;@" in text) and ATTRIBUTION_RE.search(
        text
    ) is not None:
        text = ATTRIBUTION_RE.sub(" ", text)
        return MENTION_RE.search(text) is not None
    return True
