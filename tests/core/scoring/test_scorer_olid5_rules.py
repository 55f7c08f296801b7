"""The olid5 round's rules (issue 8, eighth session: targeting_olid5.py) as their
specification: each shape with fresh lines (written after the rule, never tuned on) and
the clean near-misses beside it (a posture, the writer's own, a denial, a question,
reported speech, laughter, a thing judged, an ordinary place). The rules read English
only; Italian lines check that nothing of theirs leaks into Italian chat."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.scoring.verdict import TargetKind

# fmt: off
HOSTILE: tuple[tuple[str, TargetKind], ...] = (
    # a lie told by the reader, an order to stop, the reader's lies
    ("@USER you lied to all of us", TargetKind.SECOND_PERSON),
    ("@USER you're lying through your teeth", TargetKind.SECOND_PERSON),
    ("@USER quit lying to the voters", TargetKind.SECOND_PERSON),
    ("@USER everyone knows your lies", TargetKind.SECOND_PERSON),
    ("@USER you have lied from day one", TargetKind.SECOND_PERSON),
    ("@USER all you do is lie", TargetKind.SECOND_PERSON),
    # what a person is said to be
    ("@USER you are evil", TargetKind.SECOND_PERSON),
    ("@USER he's a total fake", TargetKind.THIRD_PERSON),
    ("@USER she is a corporate puppet", TargetKind.THIRD_PERSON),
    ("@USER you are nothing", TargetKind.SECOND_PERSON),
    ("@USER this woman is a menace", TargetKind.THIRD_PERSON),
    ("@USER he is a terrible president", TargetKind.THIRD_PERSON),
    # people pointed at
    ("@USER these people are pathetic", TargetKind.THIRD_PERSON),
    ("@USER those folks are morons", TargetKind.THIRD_PERSON),
    ("@USER these democrats are disgusting", TargetKind.THIRD_PERSON),
    # an exclamation judging a person
    ("@USER what a spineless coward he is", TargetKind.THIRD_PERSON),
    ("@USER how pathetic you are", TargetKind.SECOND_PERSON),
    ("@USER what a fool this senator is", TargetKind.THIRD_PERSON),
    ("@USER how stupid she is!", TargetKind.THIRD_PERSON),
    ("@USER what a smug little jerk he is", TargetKind.THIRD_PERSON),
    # sent back to a place named, or to a hole of theirs
    ("@USER go back to canada", TargetKind.IMPERATIVE),
    ("@USER just go back to your cave", TargetKind.IMPERATIVE),
    ("@USER go back to iran", TargetKind.IMPERATIVE),
    ("@USER please go back to your basement", TargetKind.IMPERATIVE),
    # gamechat9's "go back to <country>" line reads the "you" before it.
    ("@USER you should go back to pakistan", TargetKind.SECOND_PERSON),
)

CLEAN: tuple[str, ...] = (
    # lies: a posture, a question, laughter, the writer's own, reported, denied
    "@USER you lie down and rest", "@USER did you lie to me? just asking",
    "@USER lmao you lie", "@USER i lied about my age once",
    "@USER he said you lied, is that true?", "@USER you are not lying, the data backs you",
    "@USER he is lying", "@USER the lie detector test was inconclusive",
    "@USER you're lying 😂 no way you won",
    # predicates: a thing, a description that goes on, a question, a denial, reported
    "@USER the movie is terrible", "@USER he is terrible at darts but fun",
    "@USER is she evil or just misunderstood?", "@USER you are nothing like your brother",
    "@USER it's fake news, ignore it", "@USER he is not evil",
    "@USER she said he is a puppet", "@USER there is nothing to see here",
    "@USER you are a total menace lmao", "@USER what a monster he is",
    # plural: a thing pointed at, a "they" that may be things, praise, denial, reported
    "@USER these cookies are disgusting", "@USER they are annoying bugs",
    "@USER these people are amazing", "@USER these people are not idiots",
    "@USER she said these people are idiots",
    # exclamations about a thing
    "@USER what a stupid idea that was", "@USER how dumb is this rule",
    "@USER i forgot how stupid i am at math", "@USER what a clown show this is",
    "@USER how ugly the weather is",
    # sent back: an ordinary place, the writer's own wish, a plan
    "@USER i'd love to go back to italy", "@USER go back to page two",
    "@USER we will go back to the old plan", "@USER go back to your settings and retry",
    "@USER lets go back to canada next summer", "@USER go back to sleep, it's early",
    # Italian chat the English words must not reach
    "@USER non è niente di grave", "@USER il film è terribile", "@USER torna a casa presto",
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


def test_said_of_never_outweighs_said_to_the_reader(scorer: Scorer) -> None:
    """A predicate said of someone weighs less than said to the reader."""
    assert scorer.score("@USER he is evil").score < scorer.score("@USER you are evil").score


def test_a_server_can_allow_the_words() -> None:
    allowed = Scorer(ScorerConfig(allowed_terms=frozenset({"lying", "evil"})))
    assert not allowed.score("@USER you're lying").hostile
    assert not allowed.score("@USER he is evil").hostile
