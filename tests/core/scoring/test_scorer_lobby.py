"""Issue 8's game chat beyond Dota, as a specification: the team and the players of
any game's match (targeting_lobby.py).

- A curse right before the team, closing its clause, is aimed at the team ("shit
  team", "fuckin my team"); swearing beside the team or praising it is not.
- A name-call said of a player a determiner points at ("our reyna is useless",
  "this yasuo is a clown", "il nostro jungler è inutile") is said of a person,
  whatever the game calls its heroes; an ordinary word after the determiner is a
  thing, and after "this"/"that" an unknown word may be one ("that quiz was ez").
- "these idiots", "questi idioti": a noun that only names people, pointed at in a
  chat-length sentence, is aimed at people in the room.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import Severity, TargetKind


@pytest.mark.parametrize(
    "text",
    [
        "shit team",
        "fucking team",
        "shitty teammates",
        "what a shit team",
        "fuckin my team",
        "shit squad",
        "FUCKING LOBBY",
        "gg. fucking team",
    ],
)
def test_a_curse_said_of_the_team_is_aimed_at_the_group(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.target is TargetKind.GROUP
    assert verdict.severity is Severity.LOW


@pytest.mark.parametrize(
    "text",
    [
        "best fucking team ever",
        "shit, team, they're behind us",
        "fucking team carried me",
        "holy shit team that was amazing",
        "oh shit the team fight is starting",
        "we need a fucking team effort",
    ],
)
def test_swearing_beside_or_for_the_team_stays_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


@pytest.mark.parametrize(
    "text",
    [
        "our reyna is useless",
        "this yasuo is a clown",
        "that widowmaker is a moron",
        "this jungler is trash",
        "your kirito is garbage",
        "ur zenyatta is so useless",
        "these kids are trash",
        "our healers are useless",
        "our awper is an idiot",
        "il nostro jungler è inutile",
        "sto zilean è un coglione",
    ],
)
def test_a_name_call_said_of_a_pointed_at_player_is_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize(
    "text",
    [
        "this patch is trash",
        "our base is trash",
        "this iphone is trash",
        "our mid is trash this patch",
        "that map is garbage",
        "this yasuo skin is trash",
        "that quiz was ez",
        "this dlc is trash",
        "this yasuo is trash",  # a champion may be judged as a pick: "this yasuo" is unsure
        "questa mappa è inutile",
        "our reyna is cracked",
        "is our reyna useless? no, she carried",
    ],
)
def test_a_thing_or_praise_after_a_determiner_stays_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


@pytest.mark.parametrize(
    "text",
    [
        "can't carry these idiots",
        "report these noobs",
        "end it, i'm done with those morons",
        "look at these losers",
        "questi idioti non ascoltano",
    ],
)
def test_people_nouns_pointed_at_in_chat_are_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile


@pytest.mark.parametrize(
    "text",
    [
        "these bastards took my loot lol",
        "those stupid creeps keep pulling",
        "never call your teammates idiots, they're people too",
        'he said "these idiots" about us, not cool',
    ],
)
def test_pointing_at_things_or_quoting_stays_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


@pytest.mark.parametrize(
    "text",
    [
        "trash kid",
        "useless player",
        "what a useless player",
        "garbage teammate",
        "giocatore di merda",
        "che supporto del cazzo",
        "jungler di merda",
    ],
)
def test_a_chat_line_of_a_name_call_and_a_player_is_said_of_them(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize(
    "text",
    [
        "trash game",
        "sucks man",
        "partita del cazzo",
        "mappa di merda",
        "the trash kid on the corner of my street",
        "trash talk",
        "i'm a useless player today, sorry",
    ],
)
def test_a_name_call_beside_a_thing_or_an_address_stays_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


@pytest.mark.parametrize(
    "text",
    [
        "fucking turks",
        "fuck brazilians",
        "stupid russian kids",
        "turks are animals",
        "fucking peruvian",
        "shit pinoy",
        "i hate koreans",
    ],
)
def test_nationalities_flamed_on_shared_servers_are_identity_groups(
    scorer: Scorer, text: str
) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.target is TargetKind.GROUP


@pytest.mark.parametrize(
    "text",
    [
        "turks won the major",
        "playing with brazilians tonight, they're so good",
        "koreans are cracked at this game",
        "the russian team played well",
        "i'm peruvian, gg",
        "don't say 'fucking turks', it's not ok",
    ],
)
def test_neutral_and_positive_mentions_of_nationalities_stay_clean(
    scorer: Scorer, text: str
) -> None:
    assert not scorer.score(text).hostile


@pytest.mark.parametrize(
    "text",
    ["vote kick the noob", "easy win from the noob", "ban the idiot", "report the loser"],
)
def test_the_noob_closing_a_chat_line_is_someone_in_the_match(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize(
    "text",
    [
        "i'm the noob here",
        "don't be the idiot",
        "the noob tutorial is long",
        "the idiot in the movie was funny",
        'he called me "the idiot" lol',
    ],
)
def test_the_noob_said_of_oneself_or_a_thing_stays_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        ("il tank è un deficiente", True),  # as "the healer is a clown"
        ("il supporto è scarso", True),
        ("la mappa è una merda", False),  # a thing
        ("il mid è pieno di gente", False),
        ("il jungle è inutile questa patch", False),  # a lane judged this patch
    ],
)
def test_italian_articles_before_a_role_name_a_player(
    scorer: Scorer, text: str, hostile: bool
) -> None:
    assert scorer.score(text).hostile is hostile
