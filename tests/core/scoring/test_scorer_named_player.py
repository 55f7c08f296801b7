"""Issue 8's game chat: a curse or name-call aimed at a player by name, as a specification.

Game chat names players by hero, champion or nick ("fuck tusk", "stupid pudge",
"pudge noob"), and every game has other names, so no list of names can work. The
rule asks the reverse: in a short chat line, a curse ("fuck", "shit") before a
word, or a name-call before or after it, is aimed at a player when that word is
not one any list knows: no lexicon or cue word, no ordinary English or Italian
word (lexicons/<lang>/words.txt) and no game-chat thing ("lag", "ping", "patch").
Such a line is hostile at low severity, about a third person. Swearing at a thing
or at nothing ("fuck this lag", "shit game", "holy shit gg", "fuck yeah") stays
clean, and so do wonder ("omg comeback", "damn pudge") and longer sentences.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.scoring.verdict import Severity, TargetKind


@pytest.mark.parametrize(
    "text",
    [
        "fuck tusk",
        "shit pudge",
        "fucking zinogre",
        "FUCKING TEEMO",
        "fuck invoker, feed",
        "fuck this huskar",  # pointed at
        "screw that guy",
        "stupid tusk",
        "pudge noob",
        "useless yasuo",
        "idiot ursa",
        "fottuto pudge",
        "pudge idiota",
        "pudge coglione",
        "inutile yasuo",
    ],
)
def test_a_curse_or_name_call_at_a_name_is_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.target is TargetKind.THIRD_PERSON
    assert verdict.severity is Severity.LOW
    assert "aimed at someone named in chat" in verdict.explanation


@pytest.mark.parametrize(
    "text",
    [
        "fuck this lag",
        "fuck this game",
        "fuck this hero",
        "fuck that",
        "shit game",
        "fuck ping",
        "fucking laggg",  # a letter held down is still "lag"
        "stupid lag",
        "shit happens",
        "fuck yeah",
        "holy shit gg",
        "fucking nice shot",
        "kill the tank first",
        "report bug",
        "gg wp",
        "omg comeback",  # wonder, not a curse
        "wtf happened",
        "damn pudge",
        "kill axe",  # an order in the game
        "cazzo che partita",
        "merda di gioco",
        "fuck tusk and his mom said he was late to dinner again",  # no short chat line
    ],
)
def test_swearing_at_a_thing_or_at_nothing_stays_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


def test_a_curse_pointed_at_the_team_is_aimed_at_the_group(scorer: Scorer) -> None:
    verdict = scorer.score("fuck this team")
    assert verdict.hostile
    assert verdict.target is TargetKind.GROUP


def test_a_named_player_weighs_less_than_the_reader(scorer: Scorer) -> None:
    named = scorer.score("stupid tusk")
    direct = scorer.score("you are stupid")
    assert named.hostile and direct.hostile
    assert named.score < direct.score


def test_a_server_that_allows_swearing_lets_a_curse_at_a_name_pass() -> None:
    verdict = Scorer(ScorerConfig()).score("fuck tusk", profanity_ok=True)
    assert not verdict.hostile


def test_an_allowed_term_switches_the_name_call_off() -> None:
    scorer = Scorer(ScorerConfig(allowed_terms=frozenset({"noob"})))
    assert not scorer.score("pudge noob").hostile
