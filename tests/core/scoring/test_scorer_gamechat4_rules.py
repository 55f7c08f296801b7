"""The rules written for the second game-chat probe (issue 8, targeting_gamechat4.py and
the lexicon lines under "gamechat4"): each shape with fresh examples, English and
Italian where the shape exists, and the clean near-misses that must stay clean.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import Category, TargetKind


# A superlative fused with a player noun names a player.
@pytest.mark.parametrize(
    "line",
    [
        "worst support ever",
        "worst jungler in eu",
        "zeus is the worst player i have ever seen",
        "ur actually the dumbest person alive",
        "why do we always get the dumbest randoms",
        "worst healer ive seen all week, learn ur rotation",
    ],
)
def test_a_superlative_player_noun_names_a_player(scorer: Scorer, line: str) -> None:
    assert scorer.score(line).hostile


@pytest.mark.parametrize(
    "line",
    [
        "worst game ever",
        "the worst lag ever",
        "worst team comp i have seen",  # the comp, not the team
        "im the worst support ever lol",  # said of oneself
        "i was the dumbest player out there",
        "who is the worst carry in pro dota",  # a question about players in general
        "not the worst player tbh",
        "what's your worst habit",
    ],
)
def test_a_superlative_about_a_thing_or_oneself_stays_clean(scorer: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile


def test_a_superlative_player_said_of_a_hero_is_said_of_a_person(scorer: Scorer) -> None:
    verdict = scorer.score("worst carry ever")
    assert verdict.target is TargetKind.THIRD_PERSON
    assert "said of a person" in verdict.explanation


# A name-call, then a pointer and a player closing the line.
@pytest.mark.parametrize(
    "line",
    [
        "what a noob this guy",
        "such a clown that healer",
        "che nabbo sto jungler",
        "che idiota sta tizia",
    ],
)
def test_a_name_call_pointing_at_a_player_after_it(scorer: Scorer, line: str) -> None:
    assert scorer.score(line).hostile


@pytest.mark.parametrize(
    "line", ["what a noob this map", "che schifo sto lag", "what a joke this patch"]
)
def test_a_name_call_pointing_at_a_thing_stays_clean(scorer: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile


# A role or person noun opening a short chat line, the name-call right after it.
@pytest.mark.parametrize(
    "line", ["support di merda muoviti", "tank di merda svegliati", "healer useless again"]
)
def test_a_role_then_a_name_call_opens_the_line(scorer: Scorer, line: str) -> None:
    assert scorer.score(line).hostile


@pytest.mark.parametrize(
    "line", ["partita di merda", "server di merda stasera", "i'm a useless healer today"]
)
def test_a_thing_or_oneself_then_a_name_call_stays_clean(scorer: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile


# An Italian pointing pronoun as the subject of a noun that only names people.
def test_an_italian_pointing_pronoun_names_a_person(scorer: Scorer) -> None:
    assert scorer.score("questo è un imbecille, reportatelo").hostile
    assert scorer.score("questa è proprio una deficiente").hostile
    assert not scorer.score("questo è uno schifo").hostile  # judges a thing
    assert not scorer.score("questo è un casino").hostile


# "random <name>" is a player of the match.
def test_random_points_at_a_player(scorer: Scorer) -> None:
    assert scorer.score("random jett is useless").hostile
    assert scorer.score("random pudge is so trash").hostile
    assert not scorer.score("random map is trash").hostile  # an ordinary word: a thing


# Classes that name a player in other games are roles.
def test_a_class_name_points_at_a_player(scorer: Scorer) -> None:
    assert scorer.score("this sniper is braindead").hostile
    assert scorer.score("our medic is useless").hostile
    assert scorer.score("this pug is full of morons").hostile
    assert not scorer.score("this map is braindead").hostile
    assert not scorer.score("the sniper rifle is useless at range").hostile


# Lexicon lines: women denied the ability to play, "ur so bad", the reader named with
# a swear word, the reader's family cursed, death wished on the reader's family.
@pytest.mark.parametrize(
    "line",
    [
        "women cant play this game",
        "girls shouldnt play tank",
        "le donne non sanno giocare",
        "you play like a girl",
        "slark ur so bad",
        "why are u so bad",
        "u fucks",
        "you little shit",
        "i fucked ur mom",
        "u play like shit",
        "hope ur mom dies",
    ],
)
def test_game_chat_abuse_in_the_lexicon(scorer: Scorer, line: str) -> None:
    assert scorer.score(line).hostile


@pytest.mark.parametrize(
    "line",
    [
        "saying girls cant play is sexist",  # counter-speech
        "i can't play tonight",
        "mia sorella non sa giocare",
        "i play like a grandma lol",
        "it hurts so bad",
        "i want you so bad",
        "i played like shit",
        "get ur shit together",
        "fuck ur life",
        "my mom dies laughing at this game",
    ],
)
def test_game_chat_near_misses_stay_clean(scorer: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile


def test_women_denied_play_is_an_identity_attack(scorer: Scorer) -> None:
    verdict = scorer.score("girls cant play healer")
    assert verdict.target is TargetKind.GROUP
    assert Category.IDENTITY_ATTACK in verdict.categories


def test_an_allowed_term_switches_a_gamechat_phrase_off() -> None:
    from bot.core.scoring.scorer import ScorerConfig

    scorer = Scorer(ScorerConfig(allowed_terms=frozenset({"ur so bad"})))
    assert not scorer.score("slark ur so bad").hostile


# A player opening the sentence is what "sucks".
@pytest.mark.parametrize(
    "line", ["this healer sucks", "our jungler really sucks", "he sucks", "that pudge sucks"]
)
def test_a_player_that_sucks_is_named(scorer: Scorer, line: str) -> None:
    verdict = scorer.score(line)
    assert verdict.hostile
    assert verdict.target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize(
    "line", ["this song sucks", "lag sucks", "warzone sucks", "this map sucks", "i suck"]
)
def test_a_thing_that_sucks_stays_clean(scorer: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile
