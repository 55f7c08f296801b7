"""The third forum round's rules (issue 8, targeting_forum3.py and its lexicon lines),
case by case: fresh examples written for each rule, English and Italian where the
shape exists, with the near-misses that must stay clean. Default settings.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import Category, Severity, TargetKind

# A name (one to three words no list knows) or a described person, then "is" / "was",
# a few describing words and a name-call closing the clause: said of that person.
SAID_OF_HOSTILE = (
    "Paul Ryan is an utter fool",
    "I completely agree, Marla Jenkins is a moron.",
    "since Coates is a hypocrite, nothing he says counts",
    "Kowalski was a coward and everyone on the team knew it",
    "the ref tonight was a blind idiot",
    "Her sister is a manipulative witch, cut contact.",
    "the guy in the video is a pathetic loser",
    "The mod who deleted my post is a power hungry loser.",
    "their new coach is an arrogant clown who knows nothing",
    "This reporter is a shameless liar.",
    "the landlord is a greedy scumbag",
    "Kinda hate how the coach is a total moron with subs.",
    "quel giornalista è un buffone",
)
SAID_OF_CLEAN = (
    "Paul Ryan is not an idiot, he knows what he is doing",
    "I don't think Trump is a liar.",
    "Windows is a stupid mess on this laptop",
    "the patch is a joke",
    "Rice Chex is an abomination",
    "the plan is idiotic",
    "the villain in that film is a disgusting creep, great acting",
    "my brother is an idiot lol",
    "Marla is a genius",
    "the goalie was a hero tonight",
    "Hillary is a pioneer amongst lawyers",
    "the guy in the video is a nurse",
    'she said "Kowalski is a coward" and walked out',
)


@pytest.mark.parametrize("text", SAID_OF_HOSTILE)
def test_a_name_call_said_of_a_named_or_described_person_is_aimed(
    scorer: Scorer, text: str
) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", SAID_OF_CLEAN)
def test_things_negations_and_banter_about_someone_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, scorer.score(text).explanation


def test_a_vulgar_name_call_of_a_public_figure_is_left_to_the_other_rules(
    scorer: Scorer,
) -> None:
    """The annotators of forum data call "X is a dick" vulgarity, the profanity-only
    class: this rule does not make it said of a person."""
    assert scorer.score("Bill Lumbergh is a dick").target is not TargetKind.THIRD_PERSON


# Reddit's put-downs of the commenter answered, and the idiom named as a phrase.
IDIOM_HOSTILE = (
    "cope and seethe",
    "Keep seething, pal.",
    "seethe harder lmao",
    "ok boomer",
    "okay boomer, sure",
    "touch grass, seriously",
    "go touch grass you weirdo",
    "stay mad",
    "cry harder",
)
IDIOM_CLEAN = (
    "ok boomer jokes are so 2019",
    "Touch grass is honestly good advice, me included.",
    "I had to touch grass after that marathon, worth it",
    "i need to touch grass lol",
    "stay mad is such a weak comeback",
)


@pytest.mark.parametrize("text", IDIOM_HOSTILE)
def test_reddit_put_downs_are_aimed_at_the_commenter(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target in (TargetKind.SECOND_PERSON, TargetKind.IMPERATIVE)


@pytest.mark.parametrize("text", IDIOM_CLEAN)
def test_the_idioms_named_or_said_of_oneself_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, scorer.score(text).explanation


# "you are so <name-call>", "imagine being this <name-call>": how much of it the reader is.
DEGREE_HOSTILE = (
    "imagine being this dense",
    "Are you always this dense or is today special?",
    "you're so dense it hurts",
    "you are just that clueless",
    "imagine being this stupid and proud of it",
)
DEGREE_CLEAN = (
    "the forest is so dense here",
    "this book is dense but worth it",
    "are you this good at every game?",
    "imagine being this good at 14",
    "you're so sweet",
)


@pytest.mark.parametrize("text", DEGREE_HOSTILE)
def test_a_degree_of_a_name_call_said_of_the_reader_is_aimed(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", DEGREE_CLEAN)
def test_degrees_of_things_and_praise_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, scorer.score(text).explanation


# "Typical <group> [behaviour]" opening a sentence: the group's people summed up.
TYPICAL_HOSTILE = (
    "Typical woman behavior, can't park.",
    "Typical Republican, can't read a bill.",
    "Typical liberal response.",
    "typical boomer nonsense",
    "Typical incel behaviour lmao",
    "Just typical feminist whining.",
)
TYPICAL_CLEAN = (
    "Typical British weather, rain all week.",
    "Typical Monday, the coffee machine broke again.",
    "typical Italian food is so good",
    "That's typical of white supremacists, sadly.",
    "a typical woman in 1850 could not vote",
    "typical Friday traffic",
    "Typical muslims celebrate eid with family.",
)


@pytest.mark.parametrize("text", TYPICAL_HOSTILE)
def test_typical_of_a_group_sums_its_people_up(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.GROUP
    assert Category.IDENTITY_ATTACK in verdict.categories


@pytest.mark.parametrize("text", TYPICAL_CLEAN)
def test_typical_of_days_things_and_history_stays_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, scorer.score(text).explanation


# Harm called down on a person or a group: "someone should <harm> <person>", "hope
# someone <harms> <person>", "<person> deserves to get <harmed>"; orders to harm oneself.
HARM_HOSTILE = (
    "someone should punch that guy",
    "Somebody should run him over.",
    "i really hope someone stabs him",
    "he deserves to get punched",
    "someone needs to beat these people",
    "Drown yourself.",
    "shoot yourself",
)
HARM_CLEAN = (
    "someone should shoot a documentary about this",
    "someone should fix the servers",
    "she deserves to get the job",
    "I hope someone finds my dog",
    "somebody needs to hit the gym lol",
    "if someone should punch him it would be you",
    "I don't think someone should punch him",
    '"someone should shoot him" is what he said, and I reported it',
)


@pytest.mark.parametrize("text", HARM_HOSTILE)
def test_harm_called_down_on_someone_is_a_high_severity_threat(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.severity is Severity.HIGH


@pytest.mark.parametrize("text", HARM_CLEAN)
def test_no_harm_or_no_person_or_no_call_stays_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, scorer.score(text).explanation
