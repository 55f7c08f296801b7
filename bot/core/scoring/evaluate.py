"""Accuracy bookkeeping for `kindness-bot eval`: confusion counts and the rates that matter.

Beyond precision and recall, the project cares most about false flags on
messages that swear without attacking anyone, so the tally also tracks negatives
that contain profanity (better-profanity's list, matched through our normaliser)
and an optional caller-selected subset of negatives (OLID's untargeted "UNT").
`GroupTally` gives the flagged rate per value of any column, so every control
class of a data file (its `kind` column) can be read in one run.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from bot.core.scoring.folding import TOKEN_RE, fold
from bot.core.scoring.lexicon import profanity_words


@dataclass(slots=True)
class Tally:
    """Running confusion counts; `add` one labelled prediction at a time."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    profane_negatives: int = 0
    profane_false_flags: int = 0
    selected_negatives: int = 0
    selected_false_flags: int = 0

    def add(self, *, actual: bool, predicted: bool, profane: bool, selected: bool) -> None:
        if actual:
            if predicted:
                self.tp += 1
            else:
                self.fn += 1
            return
        if predicted:
            self.fp += 1
        else:
            self.tn += 1
        if profane:
            self.profane_negatives += 1
            self.profane_false_flags += predicted
        if selected:
            self.selected_negatives += 1
            self.selected_false_flags += predicted

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return _ratio(2 * p * r, p + r)

    @property
    def false_positive_rate(self) -> float:
        return _ratio(self.fp, self.fp + self.tn)

    @property
    def profane_false_flag_rate(self) -> float:
        return _ratio(self.profane_false_flags, self.profane_negatives)

    @property
    def selected_false_flag_rate(self) -> float:
        return _ratio(self.selected_false_flags, self.selected_negatives)


@dataclass(slots=True)
class GroupCount:
    """Rows of one column value: how many are labelled hostile, how many were flagged."""

    rows: int = 0
    positives: int = 0
    flagged: int = 0

    @property
    def flagged_rate(self) -> float:
        return _ratio(self.flagged, self.rows)


MAX_GROUPS = 1000


class GroupTally:
    """Rows and flags per value of one column, in bounded memory.

    A column picked by mistake (the text column) has a value per row; past
    `limit` distinct values, new ones are pooled in `other` so memory stays flat.
    """

    def __init__(self, limit: int = MAX_GROUPS) -> None:
        self.limit = limit
        self.groups: dict[str, GroupCount] = {}
        self.other = GroupCount()

    def add(self, value: str, *, positive: bool, flagged: bool) -> None:
        count = self.groups.get(value)
        if count is None:
            if len(self.groups) >= self.limit:
                count = self.other
            else:
                count = self.groups[value] = GroupCount()
        count.rows += 1
        count.positives += positive
        count.flagged += flagged

    def __contains__(self, value: object) -> bool:
        return value in self.groups

    def largest(self) -> list[tuple[str, GroupCount]]:
        """The values, most rows first (ties by value, so the order is stable)."""
        return sorted(self.groups.items(), key=lambda item: (-item[1].rows, item[0]))


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


class ProfanityDetector:
    """Does a text contain a better-profanity list entry (whole words, after normalising)?"""

    def __init__(self) -> None:
        entries = profanity_words()
        self._single = frozenset(t[0] for t in entries if len(t) == 1)
        self._phrases = frozenset(t for t in entries if len(t) > 1)
        self._longest = max((len(t) for t in self._phrases), default=1)

    def __call__(self, text: str) -> bool:
        tokens = TOKEN_RE.findall(fold(text))
        if not self._single.isdisjoint(tokens):
            return True
        for size in range(2, self._longest + 1):
            for i in range(len(tokens) - size + 1):
                if tuple(tokens[i : i + size]) in self._phrases:
                    return True
        return False


def decode_escapes(text: str) -> str:
    """Undo Python-style escaping (`\\n`, `\\xa0`, `\\xe2\\x80\\x99`) and outer quotes."""
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1]
    try:
        decoded = codecs.decode(text.encode("latin-1", "backslashreplace"), "unicode_escape")
    except UnicodeDecodeError:
        return text
    try:
        return decoded.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return decoded
