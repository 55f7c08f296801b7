"""Shared checks for the fresh-line probes (issue 8): which lines a scorer misses or
flags, and a probe's F1 with its share of untargeted swearing flagged.

Each probe keeps its own lines, known misses and floors; these helpers keep the way
they are counted the same everywhere, so two probes' figures can be compared.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from bot.core.scoring.scorer import Scorer


def missed(scorer: Scorer, hostile: Iterable[str]) -> set[str]:
    """The hostile lines the scorer leaves unflagged."""
    return {line for line in hostile if not scorer.score(line).hostile}


def flagged(scorer: Scorer, clean: Iterable[str]) -> set[str]:
    """The clean lines the scorer flags."""
    return {line for line in clean if scorer.score(line).hostile}


def assert_known_verdicts(
    scorer: Scorer,
    hostile: Iterable[str],
    clean: Iterable[str],
    known_misses: frozenset[str],
    known_false_flags: frozenset[str],
) -> None:
    """Every line outside the known lists gets its label; the message names the lines that
    moved, so a new miss (or a new false flag) reads straight off the failure."""
    new_misses = missed(scorer, hostile) - known_misses
    new_flags = flagged(scorer, clean) - known_false_flags
    assert not new_misses, sorted(new_misses)
    assert not new_flags, sorted(new_flags)


def f1(hostile: int, clean_flagged: int, missed_count: int) -> float:
    """F1 from a probe's counts: its hostile lines, clean lines flagged, hostile missed."""
    caught = hostile - missed_count
    precision = caught / (caught + clean_flagged)
    recall = caught / hostile
    return 2 * precision * recall / (precision + recall)


def f1_and_swearing(
    scorer: Scorer, hostile: tuple[str, ...], clean: tuple[str, ...], swearing: tuple[str, ...]
) -> tuple[float, float]:
    """(F1, share of untargeted swearing flagged): the two figures the held-out game-chat
    floor names."""
    score = f1(len(hostile), len(flagged(scorer, clean)), len(missed(scorer, hostile)))
    return score, len(flagged(scorer, swearing)) / len(swearing)


def hostile_as_the_bot_scores(scorer: Scorer, line: str, reply: bool) -> bool:
    """The verdict the bot would give: a user mention (not a role; "@USER" in tweets) and
    a reply passed on as the flags the Discord layer sets."""
    mentions = "<@" in line.replace("<@&", "") or "@USER" in line
    return scorer.score(line, mentions_someone=mentions, is_reply=reply).hostile


def reply_probe_verdicts(
    scorer: Scorer, hostile: tuple[str, ...], hostile_reply: tuple[str, ...],
    clean: tuple[str, ...], clean_reply: tuple[str, ...],
) -> tuple[set[str], set[str]]:  # fmt: skip
    """(missed hostile lines, flagged clean lines) of a probe whose lines come as posts and
    as replies, each scored as the bot scores it."""
    missed_lines = {line for line in hostile if not hostile_as_the_bot_scores(scorer, line, False)}
    missed_lines |= {
        line for line in hostile_reply if not hostile_as_the_bot_scores(scorer, line, True)
    }
    flagged_lines = {line for line in clean if hostile_as_the_bot_scores(scorer, line, False)}
    flagged_lines |= {line for line in clean_reply if hostile_as_the_bot_scores(scorer, line, True)}
    return missed_lines, flagged_lines


@dataclass(frozen=True)
class ReplyPart:
    """One batch of a probe whose lines come as posts and as replies (discord8,
    leftovers8), each scored as the bot scores it."""

    hostile: tuple[str, ...]
    hostile_reply: tuple[str, ...]
    clean: tuple[str, ...]
    clean_reply: tuple[str, ...]

    def verdicts(self, scorer: Scorer) -> tuple[set[str], set[str]]:
        """(missed hostile lines, flagged clean lines)."""
        return reply_probe_verdicts(
            scorer, self.hostile, self.hostile_reply, self.clean, self.clean_reply
        )

    def hostile_count(self) -> int:
        """The batch's hostile lines, posts and replies."""
        return len(self.hostile) + len(self.hostile_reply)

    def lines(self) -> tuple[str, ...]:
        """Every line of the batch."""
        return self.hostile + self.hostile_reply + self.clean + self.clean_reply


@dataclass(frozen=True)
class Part:
    """One batch of a probe's lines: hostile, clean, and untargeted swearing (which a
    round may also keep inside its clean lines)."""

    hostile: tuple[str, ...]
    clean: tuple[str, ...]
    swearing: tuple[str, ...]

    def lines(self) -> tuple[str, ...]:
        """Every line of the batch once; swearing the clean lines hold is not counted twice."""
        in_clean = set(self.clean)
        return self.hostile + self.clean + tuple(s for s in self.swearing if s not in in_clean)


@dataclass(frozen=True)
class ProbeRound:
    """A rule round's probe: the studied part with its known misses and false flags, the
    held-back part written before any rule, and the figures each must keep.

    The held-back part is judged by F1 (`held_f1_floor`), by counts (`held_caught_floor`,
    `held_flagged_cap`), or both, as the round measured it.
    """

    studied: Part
    held: Part
    known_misses: frozenset[str]
    known_false_flags: frozenset[str]
    studied_f1_floor: float
    swearing_ceiling: float
    held_swearing_ceiling: float
    held_f1_floor: float | None = None
    held_caught_floor: int | None = None
    held_flagged_cap: int | None = None


class ProbeRoundChecks:
    """The four checks every round's probe keeps, so they are written once: a probe
    module subclasses this as `Test<Round>Probe` and sets `ROUND`."""

    ROUND: ClassVar[ProbeRound]

    def test_studied_part_known_verdicts(self, scorer: Scorer) -> None:
        part = self.ROUND.studied
        assert_known_verdicts(
            scorer,
            part.hostile,
            part.clean + part.swearing,
            self.ROUND.known_misses,
            self.ROUND.known_false_flags,
        )

    def test_studied_part_floors(self, scorer: Scorer) -> None:
        part = self.ROUND.studied
        score, swearing = f1_and_swearing(scorer, part.hostile, part.clean, part.swearing)
        assert score >= self.ROUND.studied_f1_floor
        assert swearing <= self.ROUND.swearing_ceiling

    def test_held_back_part_floors(self, scorer: Scorer) -> None:
        probe, part = self.ROUND, self.ROUND.held
        assert probe.held_f1_floor is not None or probe.held_caught_floor is not None
        score, swearing = f1_and_swearing(scorer, part.hostile, part.clean, part.swearing)
        assert swearing <= probe.held_swearing_ceiling
        if probe.held_f1_floor is not None:
            assert score >= probe.held_f1_floor
        if probe.held_caught_floor is not None:
            assert len(part.hostile) - len(missed(scorer, part.hostile)) >= probe.held_caught_floor
        if probe.held_flagged_cap is not None:
            assert len(flagged(scorer, part.clean)) <= probe.held_flagged_cap

    def test_probe_lines_are_distinct(self) -> None:
        lines = self.ROUND.studied.lines() + self.ROUND.held.lines()
        assert len(set(lines)) == len(lines)


Tagged = tuple[tuple[bool, str, str], ...]  # (hostile, kind, text); bilingual kinds: "en-"/"it-"


def tagged_texts(lines: Tagged, *, hostile: bool, lang: str = "") -> list[str]:
    """The texts of one label, and of one language when `lang` is given."""
    return [
        text for is_hostile, kind, text in lines if is_hostile is hostile and kind.startswith(lang)
    ]


@dataclass(frozen=True)
class TaggedProbe:
    """A round whose probe and held-back lines carry their label and kind, judged by the
    held-back lines caught and clean lines flagged at the round's final count."""

    probe: Tagged
    holdout: Tagged
    known_misses: frozenset[str]
    known_false_flags: frozenset[str]
    holdout_caught_floor: int
    holdout_flagged_cap: int
    holdout_size: int = 40  # each label's least count in the held-back batch


class TaggedProbeChecks:
    """The checks every tagged probe keeps: a module subclasses this as `Test<Round>Probe`
    and sets `ROUND`."""

    ROUND: ClassVar[TaggedProbe]

    def test_the_probe_is_fresh(self) -> None:
        texts = [text for _, _, text in self.ROUND.probe + self.ROUND.holdout]
        assert len(set(texts)) == len(texts)
        assert len(tagged_texts(self.ROUND.holdout, hostile=True)) >= self.ROUND.holdout_size
        assert len(tagged_texts(self.ROUND.holdout, hostile=False)) >= self.ROUND.holdout_size

    def test_probe_lines_keep_their_verdicts(self, scorer: Scorer) -> None:
        assert_known_verdicts(
            scorer,
            tagged_texts(self.ROUND.probe, hostile=True),
            tagged_texts(self.ROUND.probe, hostile=False),
            self.ROUND.known_misses,
            self.ROUND.known_false_flags,
        )

    def test_profanity_only_lines_stay_clean(self, scorer: Scorer) -> None:
        lines = self.ROUND.probe + self.ROUND.holdout
        assert not flagged(scorer, [text for _, kind, text in lines if kind == "profanity"])

    def test_the_holdout_keeps_its_figures(self, scorer: Scorer) -> None:
        hostile = tagged_texts(self.ROUND.holdout, hostile=True)
        clean = tagged_texts(self.ROUND.holdout, hostile=False)
        assert len(hostile) - len(missed(scorer, hostile)) >= self.ROUND.holdout_caught_floor
        assert len(flagged(scorer, clean)) <= self.ROUND.holdout_flagged_cap


class SuiteRecallChecks(TaggedProbeChecks):
    """A tagged probe whose hostile lines keep a recall floor of their own."""

    RECALL_FLOOR: ClassVar[float]

    def test_the_probe_clears_its_recall_floor(self, scorer: Scorer) -> None:
        hostile = tagged_texts(self.ROUND.probe, hostile=True)
        assert 1 - len(missed(scorer, hostile)) / len(hostile) >= self.RECALL_FLOOR


class BilingualProbeChecks(TaggedProbeChecks):
    """A tagged probe in English and Italian: Italian recall on the probe must clear the
    held-out suite's floor, and the held-back Italian lines keep their own count."""

    ITALIAN_HOLDOUT_CAUGHT_FLOOR: ClassVar[int]
    ITALIAN_RECALL_FLOOR: ClassVar[float] = 0.5  # the held-out Italian suite's floor

    def test_italian_recall_clears_the_suite_floor(self, scorer: Scorer) -> None:
        hostile = tagged_texts(self.ROUND.probe, hostile=True, lang="it")
        assert 1 - len(missed(scorer, hostile)) / len(hostile) >= self.ITALIAN_RECALL_FLOOR

    def test_the_italian_holdout_keeps_its_count(self, scorer: Scorer) -> None:
        italian = tagged_texts(self.ROUND.holdout, hostile=True, lang="it")
        assert len(italian) - len(missed(scorer, italian)) >= self.ITALIAN_HOLDOUT_CAUGHT_FLOOR
