"""Shapes of the gamechat37 round (targeting_gamechat37, gamechat37_words and its lexicon
lines), at default settings: game chat that generalises about the players of a
nationality in the lobby ("typical russians", "russians in a nutshell", "another peruvian
in my team", "4 peruvians in my team") or sends them away ("go back to ur peru servers",
"stop playing dota pinoys", "no russians allowed"); with the look-alikes that stay clean
(the writer's own nationality, servers and languages, a kind word, a thing after it,
asked, reported, quoted, denied, and game talk that shares the words). English only: the
data is Dota chat on shared regional servers."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a frame before the nationality
    "typical russians",
    "typical pinoys again",
    "dem peruvians",
    "as always russians",
    "as usual brazilians",
    "so many pinoys in this game",
    "too many russians on eu west",
    "full peruvians",
    "omg another peruvian",
    "another russian in my team",
    "ugh ruskis",
    "every game peruvians",
    "TYPICAL RUSSIANS",
    # a count, said of the team
    "4 peruvians in my team",
    "3 pinoys on our team",
    # the nationality opening, a tail that generalises
    "russians in a nutshell",
    "peruvians everywhere",
    "russians again ffs",
    "pinoys always flame",
    "brazilians as usual",
    # sent away
    "go back to ur peru servers",
    "GO BACK TO UR FUCKIN PERU SERVERS",
    "go back to russia",
    "go back to your russian server",
    "go back to sea pinoys",
    "pinoys go back to sea",
    "stop playing dota peruvians",
    "stop dota pinoys",
    "no russians allowed",
)

CLEAN = (
    # the writer's own
    "im russian too",
    "i'm peruvian lol",
    "we pinoys play at night",
    # servers, languages, the country
    "russian server?",
    "anyone speak russian",
    "peru server is down again",
    "another game on the peru server",
    "i live in brazil",
    # no frame, or a kind word
    "gg peruvians wp",
    "two peruvians carried us wp",
    "russians are so nice in this game",
    "typical russians so friendly wp",
    # a thing or a deed after it, a count off the team
    "typical russian winter lol",
    "russians win ti again",
    "4 russians duo queue",
    # asked, reported, quoted, denied, countered
    "are you russian?",
    "another peruvian?",
    "he said typical russians",
    '"russians in a nutshell" is such a lazy take',
    "not all russians are bad",
    "stop saying go back to peru, it's racist",
    # game talk that shares the frames
    "go back to base",
    "stop playing dota and go sleep",
    "so many wards in this game",
    "typical pudge hook",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat37_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat37_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
