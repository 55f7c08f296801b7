"""The reply-subject rule (targeting_replysubj.py) as a table: a verdict in a reply or
after a mention whose sentence opens with "the"/"il"/"la" + words + a copula is said of
that subject; a person, role, player, pronoun, agent noun, a name-call noun, or a
reader addressed in the sentence keep it aimed."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.targeting_replysubj import THING_JUDGED_NOTE
from bot.core.scoring.verdict import TargetKind, Verdict

THINGS = [
    "<@123> the update is trash",
    "<@123> the new update is garbage",
    "@USER the plan is stupid",
    "@USER the bill is idiotic",
    "@USER the servers are garbage",
    "@USER the ranked queue is absolute trash",
    "@USER the camera is awful and stupid",
    "@USER the old login screen looks like garbage",
    "@luca la patch è una schifezza",
    "@luca la legge è stupida",
    "@luca il libro è noioso e stupido",
]
PEOPLE = [
    "@USER the ref is stupid",
    "@USER the mods are trash",
    "@USER the new kid is dumb",
    "@USER the manager is stupid",
    "@USER the journalist is trash",
    "@USER the new one is garbage",
    "@USER the host is a moron",
    "@USER the plan is stupid and so are you",
    "@USER the healer is garbage",
    "@USER your plan is stupid, you idiot",
    "@luca il moderatore è stupido",
    "@luca l'arbitro è un idiota",
    "@luca il nuovo è stupido",
    "@USER the celebrity chef is an arrogant prick",
    "@USER the kicker is useless, cut him",
    "@USER the plumber is stupid",
    "@USER the gop is garbage",
]


def _reply(scorer: Scorer, line: str) -> Verdict:
    """Scored as the bot scores a reply, with a mention when the line has one."""
    return scorer.score(line, mentions_someone="@" in line, is_reply=True)


@pytest.mark.parametrize("line", THINGS)
def test_a_thing_judged_in_a_reply_is_not_aimed(scorer: Scorer, line: str) -> None:
    verdict = _reply(scorer, line)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize("line", PEOPLE)
def test_a_person_judged_in_a_reply_stays_aimed(scorer: Scorer, line: str) -> None:
    verdict = _reply(scorer, line)
    assert verdict.hostile, verdict.explanation


def test_the_reply_without_a_mention_gives_way_too(scorer: Scorer) -> None:
    verdict = scorer.score("the new patch is trash", is_reply=True)
    assert not verdict.hostile
    assert verdict.target is TargetKind.OBJECT
    assert verdict.explanation.endswith(repr("trash")) or THING_JUDGED_NOTE in verdict.explanation


def test_the_note_names_the_thing_judged(scorer: Scorer) -> None:
    verdict = _reply(scorer, "@USER the idea is dumb")
    assert THING_JUDGED_NOTE in verdict.explanation


def test_bad_input_still_gets_a_verdict(scorer: Scorer) -> None:
    for line in ("@USER the \u200b", "@USER the is is stupid", "the " * 500 + "is trash"):
        assert _reply(scorer, line).hostile in (True, False)
