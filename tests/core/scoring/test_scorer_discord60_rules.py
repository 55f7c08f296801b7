"""Shapes of the discord60 round (targeting_discord60, discord60_words), at default
settings: a mentioned member kept out with a ban word before "let" and the joining after
the mention ("never let <@101> rejoin, mods", "no one let <@202> back into this server"),
or a user mention opening its line denied a place in the server ("<@404> should not even
be allowed in this server", "<@505> doesnt even belong here"); game talk, chores, a rank
or a channel, timing, the writer, reports, questions and quotes stay clean, and the older
rounds' "let him in", "be teachers" and "in camps" lines keep their readings."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a ban word before "let", a user mention and the joining
    "never let <@101> rejoin, mods",
    "no one let <@202> back into this server",
    "dont ever let <@303> join the vc again pls",
    "noone should let <@707> back in here",
    # a user mention opening its line, denied a place in the server
    "<@404> should not even be allowed in this server",
    "<@505> doesnt even belong here",
    "ok <@606> shouldnt be in this discord",
    "<@808> does not belong in our server anymore",
    # the older rounds' readings kept
    "no one let him in",
    "never let him join again",
    "we shouldnt let <@5> join again",
    "gay people shouldnt be teachers",
    "muslims belong in camps",
    "dont let him in the server",
)

CLEAN = (
    # the same words with a game, a chore or a wish
    "never let <@101> win a 1v1 lol",
    "no one let <@202> near the aux cord",
    "you should let <@303> join, hes chill",
    "never let me down",
    "never let <@909> back in the lobby, he quits every match",
    # a question, a report, a quote or the writer
    "why does nobody let <@404> back in?",
    "i said <@808> shouldnt be here",
    '"<@909> shouldnt be here" is such a weird thing to say',
    "i shouldnt even be here lol",
    "he should not be here",
    # a rank, a skill, timing or a channel instead of the server
    "<@606> shouldnt be allowed to cook like that",
    "<@707> doesnt belong in plat, he's a diamond player",
    "<@111> should not be here yet, the raid starts at 8",
    "<@222> shouldnt be in the art channel, can a mod fix her role",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord60_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_discord60_aims(scorer: Scorer) -> None:
    assert scorer.score("never let <@101> rejoin, mods").target is TargetKind.MENTION
    assert scorer.score("<@505> doesnt even belong here").target is TargetKind.MENTION


@pytest.mark.parametrize("text", CLEAN)
def test_discord60_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


# The member said to be in another server after the call: the servers sorted, no one kept
# out; another reason after the call keeps the call.
ELSEWHERE_HOSTILE = (
    "<@121> should not be in this server, hes a creep",
    "never let <@131> join this server again, he is in the kkk",
)
ELSEWHERE_CLEAN = (
    "<@121> should not be in this server, he's in the eu one",
    "<@141> doesnt belong here, shes on the na server",
    "never let <@131> join this server again, theyre in our other discord",
)


@pytest.mark.parametrize("text", ELSEWHERE_HOSTILE)
def test_discord60_another_reason_keeps_the_call(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.MENTION


@pytest.mark.parametrize("text", ELSEWHERE_CLEAN)
def test_discord60_member_in_another_server(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
