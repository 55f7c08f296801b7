"""The second forum round's rules (issue 8, targeting_forum2.py and its lexicon lines),
case by case: fresh examples written for each rule, English and Italian where the
shape exists, with the near-misses that must stay clean. Default settings.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import Category, TargetKind

# A possessive and a person noun, then a copula and a name-call: said of that person.
OWNED_PERSON_HOSTILE = (
    "your fiance is a manipulative asshole",
    "Honestly your boyfriend is a pig.",
    "my roommate is such a bitch",
    "her manager is an absolute moron",
    "NTA, your stepdad is a creep",
    "ESH but your in-laws are vile people",
    "your landlord is a fucking leech",
    "OP's brother is a spoiled little shit",
    "my coworker is a total dumbass lol",
    "il tuo fidanzato è un coglione",
    "tuo fratello è un idiota",
    "la tua coinquilina è una stronza",
)
OWNED_PERSON_CLEAN = (
    "your fiance is a keeper",
    "my roommate is such a sweetheart",
    "your husband is not an idiot, he's scared",
    "my boss is a pain to reach on fridays but nice",
    "my brother is annoying but I love him",
    "my husband is such an idiot lol, he forgot our anniversary again",
    "mio fratello è un idiota, ma gli voglio bene",
    "your boyfriend's behaviour is not okay",
    "your landlord is legally required to return the deposit",
    "my teacher is actually so nice",
    "il mio capo è una brava persona",
    "tuo fratello è un tesoro",
)


@pytest.mark.parametrize("text", OWNED_PERSON_HOSTILE)
def test_a_name_call_said_of_someones_person_is_aimed(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target in (TargetKind.THIRD_PERSON, TargetKind.SECOND_PERSON)


@pytest.mark.parametrize("text", OWNED_PERSON_CLEAN)
def test_kind_or_neutral_words_about_someones_person_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


# A comment opening with a verdict calls the OP what follows, when nobody else is named.
VERDICT_HOSTILE = (
    "YTA and a hypocrite on top of it",
    "YTA, what a selfish brat",
    "ESH, you're both idiots",
    "YTA. Absolute bigot behaviour, honestly",
)
VERDICT_CLEAN = (
    "YTA, you should apologise to her",
    "YTA but it's fixable, talk to him",
    "YTA, the stupid part was not telling her first",
    "NTA, what a great dad you are",
    "YTA for this one, sorry OP",
    "ESH, but your sister is a sweetheart",
)


@pytest.mark.parametrize("text", VERDICT_HOSTILE)
def test_a_name_call_after_a_verdict_is_aimed_at_the_op(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", VERDICT_CLEAN)
def test_verdicts_without_a_name_call_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


# More than one judging word before a name-call said of a name.
DOUBLY_CALLED_HOSTILE = (
    "Schumer is a senile old fool",
    "Farage is a corrupt old hag",
    "Bezos is a greedy bald idiot",
    "This OP is a troll and a liar",
    "OP is a loser who never got laid",
)
DOUBLY_CALLED_CLEAN = (
    "Schumer is a wise old fox",
    "Messi is a magical little wizard",
    "OP is right about this",
    "this op is a legend",
)


@pytest.mark.parametrize("text", DOUBLY_CALLED_HOSTILE)
def test_a_name_call_said_of_a_name_past_judging_words(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", DOUBLY_CALLED_CLEAN)
def test_warm_words_about_a_name_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


# Reddit's idioms for the commenter answered.
IDIOM_HOSTILE = (
    "Found the bootlicker",
    "found the racist lol",
    "Imagine being this much of a simp",
    "imagine being this stupid lmao",
    "Imagine being such a coward.",
)
IDIOM_CLEAN = (
    "Found the problem, it was a loose cable",
    "found the stupid bug, it was a typo",
    "Imagine being this happy, I'm so glad for you",
    "imagine being stuck in that traffic",
    "I found the idiot's guide to python really useful",
)


@pytest.mark.parametrize("text", IDIOM_HOSTILE)
def test_reddit_idioms_aim_a_name_call_at_the_reader(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", IDIOM_CLEAN)
def test_the_same_openers_about_things_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


# Lexicon lines: nationalities, groups by what they follow, Italian regions, calls for harm.
GROUPS_HOSTILE = (
    ("Serbs are filthy animals", Category.IDENTITY_ATTACK),
    ("Germans are disgusting pigs", Category.IDENTITY_ATTACK),
    ("israelis are vermin", Category.IDENTITY_ATTACK),
    ("palestinians are savages", Category.IDENTITY_ATTACK),
    ("i napoletani sono tutti ladri", Category.IDENTITY_ATTACK),
    ("i siciliani sono dei parassiti", Category.IDENTITY_ATTACK),
    ("Celtics fans are braindead idiots", Category.INSULT),
    ("redditors are pathetic losers", Category.INSULT),
    ("these protesters should be run over", Category.THREAT),
    ("men who do that should be castrated", Category.THREAT),
)
GROUPS_CLEAN = (
    "Germans make the best beer",
    "Israelis and Palestinians both deserve peace",
    "Serbs celebrate Orthodox Christmas in January",
    "i napoletani fanno la pizza migliore",
    "Celtics fans were loud tonight",
    "the protesters marched peacefully",
    "my car got run over by a truck in the game lol",
    "saying 'Serbs are animals' is plain racism",
    "Americans are voting today",
)


@pytest.mark.parametrize(("text", "category"), GROUPS_HOSTILE)
def test_new_group_words_make_derogation_aimed(
    scorer: Scorer, text: str, category: Category
) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert category in verdict.categories


@pytest.mark.parametrize("text", GROUPS_CLEAN)
def test_neutral_mentions_of_the_new_groups_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile
