"""Teen chat, second round (issue 8, Formspring), as a specification of the rules.

An order still aims a name-call at the reader when a word of exasperation or a
"just"/"please" opens the sentence before it ("wtf get out bitch", "omg just shut up
loser"). A beating promised to the reader's "ass" is a threat ("i'll whoop your ass",
"kick yo ass"), as is hating "your ass"; gaming talk ("kick your ass in the rematch")
and the friendly "kick ass" stay clean. Denying the reader's standing ("who the fuck are
you"), "shut yo mouth", "suk my dick" and likening the reader's looks to an animal ("you
look like a dog") are aimed at the reader; the same words about oneself, a pet, a thing
or a liking ("a dog person") are not. The act asked of the reader in chat's words
("wanna fuk?") is an advance, as "wanna have sex?" is; swearing in a question is not.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import Category, TargetKind


@pytest.mark.parametrize(
    "text",
    [
        "wtf get out of here bitch",
        "omg just shut up loser",
        "ugh go away creep",
        "pls stop being such an idiot",
        "bruh just leave moron",
    ],
)
def test_an_order_after_an_exclamation_is_told_to_the_reader(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.IMPERATIVE


@pytest.mark.parametrize(
    "text",
    [
        "lol go play the game",
        "omg just go to sleep already",
        "wtf just get the pizza already lol",
        "ugh stop, i look like an idiot in this pic",
        "pls stop being so nice to me lol",
    ],
)
def test_exclamations_before_harmless_orders_stay_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize(
    "text",
    [
        "i will whip your ass",
        "she gonna whoop yo ass tomorrow",
        "keep talking and i'll kick your ass",
        "ur gonna get ur ass beat",
        "i hate your ass",
        "fuckin hate yo ass",
    ],
)
def test_harm_or_hate_on_your_ass_is_aimed_at_the_reader(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.SECOND_PERSON
    assert verdict.categories[0] in (Category.THREAT, Category.EXCLUSION)


@pytest.mark.parametrize(
    "text",
    [
        "i'll kick your ass in the rematch lol",
        "that boss kicked my ass",
        "we kicked their ass last night",
        "this song kicks ass",
        "my back is killing me, i hate my ass chair",
    ],
)
def test_ass_kicking_in_play_or_about_oneself_stays_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize(
    "text",
    [
        "who the fuck are you",
        "who tf are u even",
        "who the hell do you think you are",
        "shut yo mouth",
        "shut yo ass up",
        "suk my dick",
        "you look like a dog",
        "u look like a whale lmao",
    ],
)
def test_text_speak_put_downs_are_aimed_at_the_reader(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target in (TargetKind.SECOND_PERSON, TargetKind.IMPERATIVE)


@pytest.mark.parametrize(
    "text",
    [
        "who are you going with tonight?",
        "who the hell knows lol",
        "you look like a dog person",
        "my puppy looks like a dog now",
        "i look like a cow in this dress lol",
        "whos the guy who said 'who the fuck are you' in that movie",
    ],
)
def test_near_misses_stay_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize("text", ["wanna fuk?", "do u wanna fuck", "hey wanna fuk"])
def test_the_act_asked_of_the_reader_in_chat_words_is_an_advance(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert Category.SEXUAL_HARASSMENT in verdict.categories


@pytest.mark.parametrize(
    "text",
    ["what the fuck", "are you fucking kidding", "did you fuck up again lol", "i don't wanna fuck"],
)
def test_swearing_asked_about_is_no_advance(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation
