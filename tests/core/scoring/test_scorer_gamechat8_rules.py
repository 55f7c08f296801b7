"""The gamechat8 rules (issue 8, targeting_gamechat8.py and the "gamechat8" lexicon lines)
as their specification: each shape with fresh lines in English and Italian, and the
clean near-misses beside it (lanes, AIs and Discord bots, things owned, the writer's own
rank, praise)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.scoring.verdict import TargetKind

# fmt: off
HOSTILE: tuple[tuple[str, TargetKind], ...] = (
    # "bot" said of the reader or a player
    ("ur a pocket bot", TargetKind.SECOND_PERSON),
    ("u r such a useless bot", TargetKind.SECOND_PERSON),
    ("missed every shot u bot", TargetKind.SECOND_PERSON),
    ("you're a dumb bot", TargetKind.SECOND_PERSON),
    ("you are a bot every game", TargetKind.SECOND_PERSON),
    ("ur all bots", TargetKind.SECOND_PERSON),
    ("this random is a bot", TargetKind.THIRD_PERSON),
    ("kick him he is a bot", TargetKind.THIRD_PERSON),
    ("our jett is a bot", TargetKind.THIRD_PERSON),
    ("siete tutti dei bot", TargetKind.SECOND_PERSON),
    ("sei proprio un bot", TargetKind.SECOND_PERSON),
    # a verdict on a player named by hero, role or lane
    ("our rein is garbage", TargetKind.THIRD_PERSON),
    ("jungle diff ur hecarim is a joke", TargetKind.THIRD_PERSON),
    ("why is our jg so braindead", TargetKind.THIRD_PERSON),
    ("bot lane is a joke", TargetKind.THIRD_PERSON),
    ("top gap our darius is useless", TargetKind.THIRD_PERSON),
    ("il nostro adc è proprio scarso", TargetKind.THIRD_PERSON),
    # a short line's closing verdict on a player
    ("reyna instalocker trash", TargetKind.THIRD_PERSON),
    ("afk genji useless", TargetKind.THIRD_PERSON),
    ("tilted sage idiot", TargetKind.THIRD_PERSON),
    ("tilted trash kid", TargetKind.THIRD_PERSON),
    # "worst" before a hero's name
    ("worst sova ive seen", TargetKind.THIRD_PERSON),
    ("worst yasuo na", TargetKind.THIRD_PERSON),
    # ranked slang, aimed by the usual rules
    ("our adc is boosted", TargetKind.THIRD_PERSON),
    ("ur so boosted lol", TargetKind.SECOND_PERSON),
    ("ur boosted and u know it", TargetKind.SECOND_PERSON),
    ("u have zero game sense", TargetKind.SECOND_PERSON),
    ("hold this L kid", TargetKind.SECOND_PERSON),
    ("ur a joke", TargetKind.SECOND_PERSON),
    ("sei boostato", TargetKind.SECOND_PERSON),
    ("sei una chiavica", TargetKind.SECOND_PERSON),
    ("gioca meglio", TargetKind.IMPERATIVE),
    ("fai proprio schifo a giocare", TargetKind.SECOND_PERSON),
)

CLEAN: tuple[str, ...] = (
    # "bot" as a lane, an AI, a Discord bot or a question
    "dive bot", "bot lane is winning", "gank bot pls", "i go top you bot", "are you a bot?",
    "r u a bot or human", "you are a bot, right?", "add the music bot", "the bot is down again",
    "the bots in this mode are hard", "bot games are free xp", "vado bot",
    # a thing owned or a place judged
    "our base is garbage", "their ult is trash", "ur build is a joke lol", "this map is a joke",
    "my wifi is garbage", "new skin trash", "ranked queue trash",
    # "worst" of a thing
    "worst map ever", "worst day of my life", "worst patch in years",
    # the writer's own rank, a boosted account, praise and banter
    "i was boosted by my duo ngl", "im hardstuck plat lol", "boosted acc for sale",
    "you boosted into the wall lol",
    "wp creep", "nice try lol", "sono boostato lo ammetto",
    # reported speech, counter-speech
    "he called me a bot lol", "dont call him a bot thats rude",
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


def test_a_server_can_allow_bot() -> None:
    """ "bot" is a lexicon term like any other: a server's allowed terms switch it off."""
    allowed = Scorer(ScorerConfig(allowed_terms=frozenset({"bot"})))
    assert not allowed.score("ur a pocket bot").hostile
