"""Shapes of the precision16 round (targeting_precision16, precision16_words), at default
settings: a judging word said of what a third person did or said ("his stupid actions"),
"i hate you" closing a joking condition on a habit ("if you put pineapple on pizza i hate
you", "se metti l'ananas sulla pizza ti odio"), and a player praised as "ridiculous" for
a play; with the look-alikes that stay aimed: the person's body, mind or kin, the reader's
words, a group's own, a condition on who the reader is, and "ridiculous" said of a person
with no play named. English and Italian where the shape is both."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a condition on the reader's being here or speaking is no habit (coordinator)
    "if you keep talking i hate you",
    "if you respond one more time i hate you",
    "if u post again i hate you",
    "se parli ancora ti odio",
    # the person judged, not the deed
    "his stupid face again",
    "her idiotic husband showed up",
    "their pathetic boss fired everyone",
    "your stupid remarks, you clown",
    "you and your idiotic comments, moron",
    "liberals and their stupid opinions",
    "his pathetic excuse for a brain",
    "he's stupid",
    # a condition on who the reader is, or more said after the hate
    "if you're trans i hate you",
    "if you are white i hate you",
    "if u r a boy i hate you",
    "if you're a muslim i hate you",
    "if you date a black guy i hate you",
    "whoever you are, i hate you",
    "if you read this i hate you and your family",
    "i hate you",
    "se sei ebreo ti odio",
    "ti odio",
    # "ridiculous" of a person, no play named
    "he is ridiculous",
    "the ref is ridiculous",
    "you're ridiculous",
    "shes ridiculous",
)

CLEAN = (
    # a judging word said of a deed or a saying
    "his stupid remarks got him fired",
    "her idiotic policies hurt the town",
    "their pathetic excuses for the delay",
    "the governor's ridiculous speech",
    "his dumb decisions lost the match",
    "her moronic tweets again",
    "his asinine rant on the radio",
    "their stupid, pointless stunts",
    # a joking condition on a habit
    "if you leave dishes in the sink i hate you",
    "if you put your feet on the seat i hate you lol",
    "if u queue dodge i hate you",
    "whoever invented group projects i hate you",
    "anyone who spoils endgame, i hate you",
    "se lasci i piatti nel lavandino ti odio",
    "chi ha inventato i compiti ti odio",
    # a player praised for a play
    "kane is ridiculous, another hat trick",
    "tenz is absolutely ridiculous with the sniper",
    "she's ridiculous at this game",
    "jokic is just ridiculous this season",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_precision16_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_precision16_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
