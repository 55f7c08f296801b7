"""The controls3 rules (issue 8, targeting_controls3.py): friendly profanity and banter
stay clean. Fresh lines written for each rule (Discord, game chat, tweets; English and
Italian where the shape exists), with the hostile near-misses that must stay flagged.
Default settings (`Scorer()`).
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.targeting_controls3 import BANTER_NOTE, DISBELIEF_NOTE

# A swear noun friends call each other, said as a vocative after affection, praise or
# good wishes (singular or plural), or after a greeting that opens the line (plural:
# the room is greeted).
BANTER_CLEAN = (
    "nice one you bastard",
    "love you bitch",
    "love ya bitch, see you saturday",
    "miss you fuckers so much",
    "gg you crazy bastard",
    "well played you sneaky bastard, didn't see that coming",
    "happy birthday you old bastard",
    "congrats you bastard, you earned it",
    "morning fuckers",
    "good morning bitches",
    "sup bitches",
    "night fuckers, see you tomorrow",
    "thanks bitches, that was a blast",
    "hey bastards, who's up for ranked",
    "love you too, dickhead",
    "ti voglio bene stronzo",
    "ti voglio bene stronza",
    "che culo bastardo",
    "grande bastardo, che tiro",
    "auguri vecchio bastardo",
    "buongiorno stronzi",
    "ciao merde, stasera si gioca",
    "buonanotte bastardi",
)
BANTER_HOSTILE = (
    "you bastard",  # bare: no warmth
    "you dickhead",
    "hey bitch",  # a greeting names the room only in the plural
    "morning bitch",
    "nobody likes you bastard",
    "nobody loves you bitch",  # affection denied
    "nice try bitch",  # sarcastic praise
    "good job bitch, you ruined it",
    "thanks for nothing you useless fuck",
    "gg ez bitch",  # a taunt
    "nice bitch",  # praise said as a taunt, no "you"
    "love you bitch, now shut up",  # other hostility in the line
    "happy birthday bitch, nobody likes you",
    "you are a bastard",  # a predicate, not a vocative
    "good job idiot, you lost us the game",  # a name-call that judges: sarcasm
    "love you too loser lol jk, you're a fucking moron",
    "morning fuckers, you are all worthless",
    "sei uno stronzo",
    "ciao stronzo",  # a greeting to one person
    "bravo stronzo",  # praise right before the noun: a taunt, like "nice bitch"
    "brava stronza, grazie a te abbiamo perso",
    "vaffanculo stronzo",
    "nessuno ti vuole bene stronzo",
)


@pytest.mark.parametrize("text", BANTER_CLEAN)
def test_a_warm_vocative_is_banter(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize("text", BANTER_HOSTILE)
def test_a_bare_cold_or_predicated_name_call_stays_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile


def test_banter_is_named_in_the_explanation(scorer: Scorer) -> None:
    verdict = scorer.score("nice one you bastard")
    assert BANTER_NOTE in verdict.explanation


# "fuck me" opening a line, said about a situation.
FUCK_ME_CLEAN = (
    "fuck me that hurt",
    "fuck me, it's cold",
    "oh fuck me, I left the stove on",
    "fuck me sideways, what a goal",
    "holy fuck me what a comeback",
    "fuck me i'm tired",
)
FUCK_ME_HOSTILE = (
    "fuck me",  # alone: it may be meant
    "come fuck me",
    "you wanna fuck me baby",
    "fuck me daddy",
    "fuck me, you worthless bitch",
    "@sam fuck me that hurt",  # said to someone
)


@pytest.mark.parametrize("text", FUCK_ME_CLEAN)
def test_fuck_me_exclaimed_is_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize("text", FUCK_ME_HOSTILE)
def test_fuck_me_said_to_someone_stays_flagged(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile


# An Italian curse-order before an exclamative "che".
CURSE_EXCLAIMED_CLEAN = (
    "vaffanculo che bello",
    "vaffanculo che partita ragazzi",
    "fanculo che freddo stamattina",
    "vaffanculo che spettacolo",
)
CURSE_EXCLAIMED_HOSTILE = (
    "vaffanculo",
    "vaffanculo che sei un idiota",
    "vaffanculo, che cazzo vuoi",
    "vaffanculo che ti odio",
    "vaffanculo che schifo di persona che sei",
    "@luca vaffanculo che bello",
)


@pytest.mark.parametrize("text", CURSE_EXCLAIMED_CLEAN)
def test_an_italian_curse_before_an_exclamation_is_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize("text", CURSE_EXCLAIMED_HOSTILE)
def test_an_italian_curse_at_the_reader_stays_flagged(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile


# "go away" for a trip, named by its time.
TRIP_CLEAN = (
    "go away for the weekend, you deserve it",
    "you should go away for a week, relax",
    "go away for christmas this year",
)
TRIP_HOSTILE = (
    "go away",
    "go away for good",
    "go away forever, nobody wants you",
    "go away for the weekend and never come back loser",
)


@pytest.mark.parametrize("text", TRIP_CLEAN)
def test_go_away_for_a_trip_is_advice(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize("text", TRIP_HOSTILE)
def test_go_away_as_a_send_off_stays_flagged(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile


# "shut up" meeting good news with disbelief: "no way" right after it, or a cheer.
DISBELIEF_CLEAN = (
    "shut up, no way!",
    "stfu no way you got the job",
    "shut the fuck up, no way! congrats!!",
    "omg shut up i love it",
    "wait shut up, for real?",
    "shut up congrats!!",
)
DISBELIEF_HOSTILE = (
    "shut up",
    "stfu",
    "omg shut up already",
    "shut up, no one asked",
    "shut up no way you are this dumb",
    "shut up i love it when you cry",
    "shut up and die",
    "nobody cares, shut up",  # the order does not open the line
)


@pytest.mark.parametrize("text", DISBELIEF_CLEAN)
def test_shut_up_in_disbelief_is_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize("text", DISBELIEF_HOSTILE)
def test_shut_up_as_an_order_stays_flagged(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile


def test_disbelief_is_named_in_the_explanation(scorer: Scorer) -> None:
    assert DISBELIEF_NOTE in scorer.score("shut up, no way!").explanation
