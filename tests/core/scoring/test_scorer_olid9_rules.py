"""The olid9 round's rules (issue 8, twelfth session: targeting_olid9.py) as their
specification: each shape with fresh lines (written after the rule, never tuned on) and
the clean near-misses beside it (no dismisser, a thing of the reader's, a want, a
denial, a doubt, the writer, other people). The rules read English only; Italian lines
check that nothing of theirs leaks into Italian chat."""

from __future__ import annotations

import pytest

from bot.core.scoring import olid9_words as w
from bot.core.scoring.lexicon import category_file
from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import Category, TargetKind

_READER = TargetKind.SECOND_PERSON
_GROUP = TargetKind.GROUP
_THIRD = TargetKind.THIRD_PERSON

# fmt: off
HOSTILE: tuple[tuple[str, TargetKind], ...] = (
    # the reader's views dismissed with a profanity
    ("@USER honestly who gives a shit about your hot takes", _READER),
    ("@USER nobody here gives a fuck what you post", _READER),
    ("@USER no one even gives a damn about your rant", _READER),
    ("@USER i couldnt give a flying fuck what u think", _READER),
    ("@USER who the hell gives a crap about your feelings", _READER),
    ("@USER i do not give a shit what you think", _READER),
    ("@USER idgaf about your excuses", _READER),
    # "desperate" said of the reader or of a political group
    ("@USER republicans are desperate to keep the seat", _GROUP),
    ("@USER you seem so desperate lately", _READER),
    ("@USER how desperate is the gop", _GROUP),
    ("@USER desperate libs again lol", _GROUP),
    ("@USER the democrats are really getting desperate", _GROUP),
    ("@USER the democrats are desperate for attention", _GROUP),
    ("@USER wow you are soooo desperate", _READER),
    # a named person called a judging adjective
    ("@USER Giuliani is unhinged", _THIRD),
    ("@USER Collins is spineless lol", _THIRD),
    ("@USER Bernie is senile", _THIRD),
    ("@USER Avenatti is so sleazy", _THIRD),
    ("@USER Kasich is gutless", _THIRD),
)

CLEAN: tuple[str, ...] = (
    # no dismisser, or a report: the reader's cat, health, grades, or care for them
    "@USER i'd give a damn about your cat any day",
    "@USER if you give a shit about your health, eat veggies",
    "@USER you should give a fuck about your grades", "@USER i give a shit about you, always",
    "@USER he said nobody gives a shit what you think, rude",
    "@USER who gives a shit, the game was great", "@USER idgaf, tacos tonight",
    # a want, a denial, a doubt, the writer, other people
    "@USER you are not desperate, you are brave", "@USER if you are desperate, call me",
    "@USER are you desperate for snacks too?", "@USER my mom is desperate for help with her garden",
    "@USER they look desperate for water, poor horses", "@USER im desperate for a nap",
    "@USER desperate times, desperate measures", "@USER you are desperate to see it, i know",
    "@USER the fans are desperate for a win",
    # a question, a doubt, a thing, a faint word (praise), a denial, a report
    "@USER Bernie is senile? no way", "@USER if Bernie is senile then so am i",
    "@USER coverage is shameless", "@USER Messi is insane", "@USER Pelosi is not senile",
    "@USER Sarah said Trump is unhinged", "@USER Brady is unstoppable",
    # Italian chat the English words must not reach
    "@USER chi se ne frega, bella partita", "@USER siamo disperati per la pioggia",
)
# fmt: on


@pytest.mark.parametrize(("text", "target"), HOSTILE)
def test_hostile_shapes(scorer: Scorer, text: str, target: TargetKind) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is target, verdict.explanation


@pytest.mark.parametrize("text", CLEAN)
def test_clean_near_misses(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


def test_new_words_count_only_in_their_shapes(scorer: Scorer) -> None:
    """The round's phrases name the reader's things as often as the reader: alone, or
    beside a reply's mention, they stay clean."""
    for text in ("@USER desperate", "@USER give a shit about your car", "desperate"):
        assert not scorer.score(text).hostile, text


def test_the_rule_and_the_lexicon_agree() -> None:
    """Every term the rule reads is an English lexicon line (a typo in either would
    leave the rule reading nothing)."""
    terms = {
        entry.term
        for category in (Category.EXCLUSION, Category.INSULT)
        for entry in category_file("en", category)[0]
    }
    missing = sorted((w.GIVEN | w.CARELESS | {w.DESPERATE}) - terms)
    assert not missing, missing
