"""Teen chat, third round (issue 8, Formspring), as a specification of the rules.

A name-call that ends an order about the writer is said to the reader ("leave me alone
loser", "lasciami in pace sfigato"); naming verbs ("call me a loser") keep it the
writer's own. Put-downs teenagers use on Discord and Instagram are aimed at the reader
in text-speak too: the reader told they will die alone, that everyone at school hates
them, that they are cringe or fake, that they look like shit or are not even pretty,
that their nose is so big; threats and looks in "u"/"ur"/"ya"/"yo" spelling. Words that
only look aimed stay clean: "you suck" as a plain verb or asked, "shut up" said to a
compliment, "you know" as a filler, a judging "-ing" verb with its object, an order
after "make them", the second word a negation denies, a compliment denied only to be
outdone, Markdown emphasis stars, "thee" for "the", the swine flu.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import Category, TargetKind

# --- a name-call ending an order about "me" ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "leave me alone loser",
        "dont text me again creep",
        "stop replying to me idiot",
        "get away from me freak",
        "omg just leave me alone weirdo",
        "pass me the charger and stop staring at me slut",
        "lasciami in pace sfigato",
        "non toccarmi stronzo",
        "stammi lontano sfigata",
    ],
)
def test_a_name_call_ending_an_order_about_me_is_said_to_the_reader(
    scorer: Scorer, text: str
) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize(
    "text",
    [
        "call me a loser all you want",
        "don't call me ugly",
        "stop calling me a freak",
        "tell me im not a loser",
        "he called me a creep",
        "that filter made me look ugly",
        "leave me alone im ugly today",
        "let me be a weirdo in peace",
        "i am such a loser lol",
        "chiamami sfigata quanto vuoi",
    ],
)
def test_the_writers_own_names_stay_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


# --- teen put-downs, English and Italian -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("no one will ever love u", Category.EXCLUSION),
        ("you'll die alone lol", Category.EXCLUSION),
        ("even ur friends hate u", Category.EXCLUSION),
        ("everyone at school hates u", Category.EXCLUSION),
        ("ur mom hates u", Category.EXCLUSION),
        ("nobody likes yuuuuu", Category.EXCLUSION),
        ("nessuno ti amerà mai", Category.EXCLUSION),
        ("morirai da sola", Category.EXCLUSION),
        ("tutta la classe ti odia", Category.EXCLUSION),
        ("nessuno ti caga", Category.EXCLUSION),
        ("ur cringe", Category.INSULT),
        ("you're so fake", Category.INSULT),
        ("ur so fake", Category.INSULT),
        ("sei cringe", Category.INSULT),
        ("sei una falsa", Category.INSULT),
        ("you look like shit", Category.BODY_SHAMING),
        ("u look like crap", Category.BODY_SHAMING),
        ("u have a huge forehead", Category.BODY_SHAMING),
        ("ur not even pretty lol", Category.BODY_SHAMING),
        ("your not even pretty", Category.BODY_SHAMING),
        ("non sei neanche bella", Category.BODY_SHAMING),
        ("why is ur nose so big", Category.BODY_SHAMING),
        ("ur forehead is huge lmao", Category.BODY_SHAMING),
        ("your teeth are so yellow", Category.BODY_SHAMING),
        ("hai il naso enorme", Category.BODY_SHAMING),
        ("imma slap u", Category.THREAT),
        ("ill punch you", Category.THREAT),
        ("hai una faccia di merda", Category.BODY_SHAMING),
        ("sembri un maiale", Category.INSULT),
        ("im gonna beat u up", Category.THREAT),
        ("watch ur back", Category.THREAT),
        ("i will beat ya up", Category.THREAT),
        ("hope u get hit by a car", Category.THREAT),
    ],
)
def test_teen_put_downs_are_aimed_at_the_reader(
    scorer: Scorer, text: str, category: Category
) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.categories[0] is category, verdict.explanation


@pytest.mark.parametrize(
    "text",
    [
        "ur so weird lol ily",
        "that trailer was so cringe",
        "i cringe every time i see my old posts",
        "is this video fake?",
        "nobody will ever love me like my dog does",
        "i'll die alone with my 12 cats and i'm fine with it",
        "my parents hate my music lol",
        "i look like shit today",
        "sembri stanca, tutto ok?",
        "you're not pretty, you're gorgeous",
        "my nose is so big in this pic",
        "why is my forehead so big",
        "ho il naso enorme in questa foto",
        "non sei bella, sei bellissima",
        "who said you're not pretty?",
        "don't ever think you're not cute",
        "ill kill u in the next round gg",
        "ur dead meat in the rematch",
    ],
)
def test_near_misses_of_the_put_downs_stay_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


# --- words that only look aimed ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "do you suck it or bite it?",
        "you suck out the juice first",
        "do you suck at drawing? me too",
        "shut up ur so pretty",
        "stfu you're literally so cute",
        "omg ur so cute stfu",
        "stai zitto sei troppo carino",
        "taci, sei bellissima",
        "cant get greedy you know",
        "the kid behind you keeps annoying you",
        "what makes them go away?",
        "she's not a whore or a bitch, stop saying that",
        "non è una puttana né una stronza",
        "*hugs you*",
        "*feels so tired*",
        "thee best day ever",
        "swine flu is going around school",
    ],
)
def test_words_that_only_look_aimed_stay_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize(
    "text",
    [
        "you suck",
        "why do you suck so much",
        "you suck at this game",
        "shut up ur so ugly",
        "you're prettier than her. stfu",
        "shut up loser",
        "zitta stupida",
        "you are *so* stupid",
        "f*ck you",
        "you a**hole",
        "you are so stupid you know",
        "she's a whore or a bitch, idc",
    ],
)
def test_the_same_words_said_at_the_reader_stay_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation


def test_an_emphasised_word_is_not_read_as_a_masked_one(scorer: Scorer) -> None:
    assert [m.term for m in scorer.score("*hugs you* love u").matches] == []
    assert not scorer.score("*feels dumb*").matches or all(
        m.term != "dumbo" for m in scorer.score("*feels dumb*").matches
    )
