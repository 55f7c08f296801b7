"""Shape of the precision22 round (targeting_precision22, precision22_words), at default
settings: an insult that is someone else's opinion of the writer's side or of a crowd not
in the thread ("they treat us like idiots", "politicians think voters are idiots") stays
clean; the writer's own opinion, the reader labelled, no opinion verb, or the believers
called names in the same breath stay aimed."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # the writer's own opinion
    "i think you are a moron",
    "we think they are idiots",
    "i see you as a clown",
    "i treat them like morons because they are morons",
    # the reader labelled
    "everyone thinks you're stupid",
    "they all see you as a moron",
    "people treat you like an idiot because you are one",
    "do you think we are stupid? you are the idiot",
    # the believers called names too
    "they think we're stupid but they are the stupid ones",
    "they treat us like idiots, the idiots",
    "the devs think gamers are morons, the devs are morons",
    "those morons think we are dumb",
    # no opinion verb
    "voters are idiots",
    "gamers are so stupid",
    "we are surrounded by morons",
    "you are an idiot",
)

CLEAN = (
    # someone else's opinion of the writer's side
    "they treat us like morons",
    "they must think we're stupid",
    "they really think we are that dumb",
    "they take us for idiots",
    "the government treats us like idiots",
    "do they think we are idiots",
    "they dont think we're stupid",
    "stop treating us like idiots",
    "they think we are nothing more than fucking idiots",
    # someone else's opinion of a crowd not in the thread
    "politicians think voters are stupid",
    "the devs treat players like morons",
    "ea thinks gamers are idiots",
    "the company treats its customers like idiots",
    "they think the public are morons",
    "the government thinks the average voter is an idiot",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_precision22_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_precision22_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
