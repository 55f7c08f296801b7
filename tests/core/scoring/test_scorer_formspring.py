"""Cyberbullying among teenagers (issue 8, Formspring), as a specification of the rules.

Q&A transcripts: "Q:" and "A:" labels are turn boundaries, so a name-call that is a
whole turn is said to the reader. Text-speak: "u", "ur", "yhu", "soo", "mad ugly" and
the exclusion and self-harm phrases written with them ("nobody likes u", "kill urself").
Put-downs bound to the reader ("you're mean", "your face is nasty", "ur a dumb hoe int
ya") are hostile. Questions about the reader are not name-calls: what the reader likes
("do you like dogs?"), would be ("if you were an animal"), thinks ("do you think you're
annoying?") or was called by someone else ("has anyone ever called you lazy?"). A mild
name-call said with affection ("lmao ur such a dork love you") is teasing; a slur, a
body insult, a strong name-call or laughter alone never soften anything.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.segmenting import segment
from bot.core.scoring.turns import has_turns, split_turns
from bot.core.scoring.verdict import Category, TargetKind


@pytest.mark.parametrize(
    "text",
    [
        "Q: LOSER A: ok whatever",
        "Q: you should just die A: lol no",
        "Q: slut. A: who is this",
        "Q: hi A: hello Q: creep A: ???",
    ],
)
def test_a_name_call_that_is_a_whole_turn_is_said_to_the_reader(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target in (TargetKind.SECOND_PERSON, TargetKind.IMPERATIVE)


@pytest.mark.parametrize(
    "text",
    [
        "Q: what's your favourite song? A: too many to pick",
        "Q: do you like cats? A: yes a lot",
        "Q: are you going to the game? A: nah",
        "Plan A: we meet at noon",  # a label only when it stands alone, upper case
    ],
)
def test_q_and_a_talk_stays_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


def test_turn_labels_become_full_stops_and_offsets_stay() -> None:
    text = "Q: LOSER A: ok"
    assert has_turns(text)
    assert not has_turns("time: 10:30, ratio 3:1")
    assert split_turns(text) == ".  LOSER .  ok"
    assert len(split_turns(text)) == len(text)


def test_a_hit_in_a_turn_points_at_the_original_text(scorer: Scorer) -> None:
    text = "Q: hey A: you are such a LOSER"
    verdict = scorer.score(text)
    assert verdict.hostile
    assert [text[m.start : m.end] for m in verdict.matches] == ["LOSER"]


@pytest.mark.parametrize(
    "text",
    [
        "nobody likes u",
        "everyone hates u",
        "u have no friends",
        "go kill urself",
        "kill yo self",
        "ur not welcome here",
        "no body likes you",
        "ur friendless",
        "you got no friends lol",
        "go play in traffic",
    ],
)
def test_exclusion_and_self_harm_in_text_speak_are_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert {Category.EXCLUSION, Category.SELF_HARM} & set(verdict.categories)


@pytest.mark.parametrize(
    "text",
    [
        "nobody likes mondays",
        "u have so many friends",
        "everyone loves u",
        "i will kill u in fortnite",
    ],
)
def test_text_speak_near_misses_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


@pytest.mark.parametrize(
    "text",
    [
        "you're so mean",
        "YOU ARE RUDE",
        "ur so mean",
        "u are sooo nasty",
        "you are nasty",
        "your face is nasty",
        "ur nose is so ugly",
        "your hair looks gross",
        "yourr stupid lol",
        "why are you soo dumb",
        "your mad ugly",
        "ur a dumb hoe int ya",
        "yhu are a loser",
        "fuck yourself",
        "yo momma",
        "you have a big nose",
        "shut up pizza face",
    ],
)
def test_put_downs_bound_to_the_reader_are_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target in (TargetKind.SECOND_PERSON, TargetKind.IMPERATIVE)


@pytest.mark.parametrize(
    "text",
    [
        "what do you mean",
        "i mean it",
        "you mean the blue one?",
        "that was a nasty fall",
        "this pizza is nasty",
        "my face is ugly today",
        "your face is cute",
        "your hair looks great",
        "he has a big nose",
        "my big nose is red from the cold",
        "a pizza face mask",  # no one named
    ],
)
def test_put_down_near_misses_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        ("do you like dogs?", "you are dogs"),
        ("would you like animals as pets?", "you are animals"),
        ("if you were an animal what would you be?", "you are an animal"),
        ("whats your favorite animal?", "you animal"),
        ("has anyone ever called you lazy?", "you are so lazy"),
        ("the girl who called you a slut moved away", "i called you a slut"),
        ("do you think you are annoying?", "you are annoying"),
        ("why do u think ur ugly?", "ur ugly"),
        ("do you think lesbians are gross?", "lesbians are gross"),
    ],
)
def test_questions_about_the_reader_are_no_name_calls(
    scorer: Scorer, asked: str, said: str
) -> None:
    assert not scorer.score(asked).hostile, scorer.score(asked).explanation
    assert scorer.score(said).hostile, scorer.score(said).explanation


@pytest.mark.parametrize(
    "text",
    [
        "if you weren't such an idiot",  # negated: no longer imagined
        "called you a loser lol",  # the writer's own words
        "you look like an animal",
        "do you think anyone likes you, loser?",  # the question is not the name-call
    ],
)
def test_name_calls_near_those_questions_stay_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, scorer.score(text).explanation


@pytest.mark.parametrize(
    "text",
    [
        "lmao ur such a dork love you",
        "you big loser <3 see u tomorrow",
        "you're an idiot jk",
        "i miss u, dummy",
        "haha ur weird and a nerd but ily",
    ],
)
def test_a_mild_name_call_said_with_affection_is_teasing(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize(
    "text",
    [
        "love u, you worthless bitch",  # judged: no banter (controls3 reads "love u bitch" so)
        "ur ugly <3",  # body shaming is never teasing
        "lol ur a loser",  # laughter alone: bullies laugh too
        "kys <3",
        "you're a slut jk",
        "nobody likes you lol",
    ],
)
def test_affection_or_laughter_never_softens_real_hostility(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile


@pytest.mark.parametrize(
    ("idiom", "hostile"),
    [
        ("that song will blow me away", "blow me"),
        ("in the end you will be fine", "i will end you"),
        ("there is a hole in the wall", "you are an a hole"),
    ],
)
def test_idioms_holding_hostile_words_stay_clean(scorer: Scorer, idiom: str, hostile: str) -> None:
    assert not scorer.score(idiom).hostile
    assert scorer.score(hostile).hostile


@pytest.mark.parametrize(
    "text",
    ["you are a s l u t", "u r a l o s e r", "ur a f r e a k"],
)
def test_spaced_letters_split_past_a_short_word_of_another_language(
    scorer: Scorer, text: str
) -> None:
    """ "uraloser" splits as "ur a loser" although the greedy "al" (Italian) dead-ends."""
    assert scorer.score(text).hostile


def test_segment_tries_the_next_split_on_a_dead_end() -> None:
    known = {"al", "ur", "a", "loser", "u", "r"}
    assert [p for p, _, _ in segment("uraloser", known, {"a", "u"}, 16)] == ["ur", "a", "loser"]
    assert segment("uraloserx", known, {"a", "u"}, 16) == []


@pytest.mark.parametrize(
    ("fond", "meant"),
    [
        ("ur such a dork, just kidding", "ur such a dork, not kidding"),
        ("you're a loser lol just joking", "you're a loser and i'm not joking"),
    ],
)
def test_only_a_retraction_softens(scorer: Scorer, fond: str, meant: str) -> None:
    assert not scorer.score(fond).hostile
    assert scorer.score(meant).hostile


@pytest.mark.parametrize(
    ("said", "thing"),
    [
        ("your fucking stupid like for real", "your fucking stupid phone"),
        ("your dumb tho", "your dumb cat"),
        ("your so dumb too", "your stupid and ugly car"),
    ],
)
def test_your_before_a_judging_word_is_youre_unless_a_thing_follows(
    scorer: Scorer, said: str, thing: str
) -> None:
    assert scorer.score(said).hostile, scorer.score(said).explanation
    assert not scorer.score(thing).hostile, scorer.score(thing).explanation


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        ("Q: sei una merda A: va bene", True),
        ("Q: ciao A: stai zitta, cretina", True),
        ("Q: ti piacciono i gatti? A: sì tanto", False),
        ("Q: che musica ascolti? A: di tutto un po'", False),
    ],
)
def test_italian_q_and_a_turns_read_the_same_way(scorer: Scorer, text: str, hostile: bool) -> None:
    assert scorer.score(text).hostile is hostile
