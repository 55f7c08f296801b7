"""Shared helpers of the fourth hate probe (issue 8, hateprobe4): run a case list, count.

Cases are (functionality, text). Hateful functionalities should be flagged; of the
non-hateful ones, HateCheck also counts abuse of non-protected targets (a person, a
profession) as non-hateful, but this bot flags abuse of people by design, so those two
classes are reported and never asserted clean. Friendly profanity must stay clean.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.scoring.scorer import Scorer

Case = tuple[str, str]
FRIENDLY = "friendly_prof"
# Abuse of people outside the protected groups: hostile to this bot, non-hateful to a suite.
NOT_PROTECTED = frozenset({"abuse_person", "abuse_nonprot"})


def flagged(scorer: Scorer, cases: Iterable[Case]) -> list[Case]:
    """The cases the scorer flags, at default settings."""
    return [case for case in cases if scorer.score(case[1]).hostile]


def missed(scorer: Scorer, cases: Iterable[Case]) -> list[Case]:
    """The cases the scorer leaves clean."""
    return [case for case in cases if not scorer.score(case[1]).hostile]


def controls(cases: Iterable[Case]) -> list[Case]:
    """The non-hateful cases a hate-speech suite and this bot agree must stay clean."""
    return [case for case in cases if case[0] not in NOT_PROTECTED]


def friendly(cases: Iterable[Case]) -> list[Case]:
    """The friendly-profanity cases ("fuck yeah", "cazzo che partita")."""
    return [case for case in cases if case[0] == FRIENDLY]
