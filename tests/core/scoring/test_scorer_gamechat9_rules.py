"""The gamechat9 rules (issue 8, targeting_gamechat9.py and the "gamechat9" lexicon lines)
as their specification: each shape with fresh lines (written after its rule, never seen
by it) in English and Italian, and the clean near-misses beside it (denied or asked
gloats, the writer's own throws, things blamed, advice to play better, a fix
after a give-up order)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.scoring.verdict import TargetKind

# fmt: off
HOSTILE: tuple[tuple[str, TargetKind], ...] = (
    # "ez" and its kin gloat at the side that lost
    ("that was so ez lol", TargetKind.GROUP),
    ("eze game", TargetKind.GROUP),
    ("easiest ranked game ever", TargetKind.GROUP),
    ("ez hook ez ff", TargetKind.GROUP),
    ("this was ez", TargetKind.GROUP),
    # blame for a loss laid on a player or the reader
    ("support lost us the fight", TargetKind.THIRD_PERSON),
    ("u cost us the round", TargetKind.SECOND_PERSON),
    ("our awper threw the game", TargetKind.THIRD_PERSON),
    ("we lost thanks to the jungler", TargetKind.THIRD_PERSON),
    ("thanks top for the loss", TargetKind.THIRD_PERSON),
    ("we are 4v5 cause of you", TargetKind.SECOND_PERSON),
    ("per colpa tua abbiamo perso", TargetKind.SECOND_PERSON),
    ("il support ci ha fatto perdere", TargetKind.THIRD_PERSON),
    ("grazie adc per la sconfitta", TargetKind.THIRD_PERSON),
    # a child or a pet said to play better than the reader
    ("my cat could aim better than you", TargetKind.SECOND_PERSON),
    ("my little sister plays better", TargetKind.SECOND_PERSON),
    ("my nan heals better than you", TargetKind.SECOND_PERSON),
    ("my dog aims better lol", TargetKind.SECOND_PERSON),
    ("il mio gatto mira meglio di te", TargetKind.SECOND_PERSON),
    ("mia nonna gioca meglio di te", TargetKind.SECOND_PERSON),
    # orders to give the game up
    ("sell ur pc", TargetKind.IMPERATIVE),
    ("quit league", TargetKind.IMPERATIVE),
    ("stick to casual", TargetKind.IMPERATIVE),
    ("log off", TargetKind.IMPERATIVE),
    ("just alt f4 and never come back", TargetKind.IMPERATIVE),
    ("esci dalla partita nabbo", TargetKind.IMPERATIVE),
    # a burden on the team
    ("the healer on our team is a liability", TargetKind.THIRD_PERSON),
    ("ur a liability", TargetKind.SECOND_PERSON),
    # a verdict on a player in the perfect, with their side, or "the worst" with a record
    ("our support has been useless all game", TargetKind.THIRD_PERSON),
    ("the goalie on red is trash", TargetKind.THIRD_PERSON),
    ("sigma is the worst ive seen", TargetKind.THIRD_PERSON),
    ("our jungler has been garbage every game", TargetKind.THIRD_PERSON),
    ("the tank on our side has been useless", TargetKind.THIRD_PERSON),
    # put-downs of any game's chat
    ("r u blind lol", TargetKind.SECOND_PERSON),
    ("past your bedtime kiddo", TargetKind.SECOND_PERSON),
    ("does ur mom know ur swearing", TargetKind.SECOND_PERSON),
    ("10 year old behaviour", TargetKind.THIRD_PERSON),
    ("our healer is hopeless", TargetKind.THIRD_PERSON),
    ("ur hopeless", TargetKind.SECOND_PERSON),
    # a player told to go back to a country; crybabies
    ("go back to russia noob", TargetKind.IMPERATIVE),
    ("just go back to peru lol", TargetKind.IMPERATIVE),
    ("crybabies", TargetKind.SECOND_PERSON),
    ("stop being a crybaby", TargetKind.IMPERATIVE),
    # gloating orders, playing like a child, a low rank, who boosted them
    ("sit down noob", TargetKind.IMPERATIVE),
    ("keep malding", TargetKind.IMPERATIVE),
    ("ur aiming like a grandma", TargetKind.SECOND_PERSON),
    ("this rein plays like a monkey", TargetKind.THIRD_PERSON),
    ("why are you playing like a toddler", TargetKind.SECOND_PERSON),
    ("u belong in iron", TargetKind.SECOND_PERSON),
    ("who carried u to plat", TargetKind.SECOND_PERSON),
    # a verdict shouted alone
    ("USELESS", TargetKind.THIRD_PERSON),
    ("worthless", TargetKind.THIRD_PERSON),
    ("INUTILE", TargetKind.THIRD_PERSON),
    # typos and name-calls run into the player they name
    ("idoit", TargetKind.SECOND_PERSON),
    ("u sux lol", TargetKind.SECOND_PERSON),
    ("nubteam", TargetKind.GROUP),
    ("garbagekid", TargetKind.THIRD_PERSON),
    ("stfuidiot", TargetKind.SECOND_PERSON),
)

CLEAN: tuple[str, ...] = (
    # gloats denied, asked, said of the enemy's side, reported, or no record beaten
    "it was not ez at all gg", "is the final boss ez?", "ez for them they had a smurf",
    "the easiest route is left", "dont type ez",
    # the writer's own loss, a thing blamed, a throw that is no loss, praise
    "i cost us that round sorry", "we lost cuz of the ping", "he threw a grenade at b",
    "thanks for the res", "because of you i ranked up", "cant win with this comp",
    "abbiamo perso per colpa del lag", "ho perso io per colpa mia",
    # advice, a fact about someone else, the writer's own comparison
    "you aim better than me", "i need to aim better", "she plays better on controller",
    "my grandma plays better than me lol", "try to play better next round",
    "mio fratello gioca meglio di me lol",
    # a fix or a plan after a give-up order, the writer's own
    "alt f4 and rejoin it fixes the bug", "log off and on again", "leave the lobby and requeue",
    "i quit league last year", "stick to the left wall", "i will never queue again",
    "esci dalla partita e rientra",
    # a thing judged over time or with its side, the writer's own, a fact
    "the map has been trash all season", "the servers have been garbage all day",
    "the jungle has been useless this patch", "our base on blue is garbage",
    "this skin has been the worst ever", "im blind lol cant see the map",
    "i need to l2p this hero", "the situation is hopeless", "my mom knows im online",
    # a trip planned, a baby that cries
    "i want to go back to mexico for holidays", "lets go back to poland after the match",
    "my baby is a crybaby", "i cried like a baby at that cutscene",
    # a call to sit, the writer's own play, another verb, a thing boosted
    "sit down and read the rules", "we played like a baby team", "i aim like a grandma lol",
    "the baby sleeps like a baby", "who boosted the server", "kids belong in school",
    # a thing that is a burden, words that only look run together
    "this insurance is a liability", "steam team", "kidding",
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


def test_a_server_can_allow_ez() -> None:
    """ "ez" is a lexicon term like any other: a server's allowed terms switch it off."""
    allowed = Scorer(ScorerConfig(allowed_terms=frozenset({"ez"})))
    assert not allowed.score("this was ez").hostile
