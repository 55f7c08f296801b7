"""The sixth game-chat round's rules (issue 8, targeting_gamechat6.py, lexicon_insult_u.py
and the lexicon lines under "gamechat6"), as tables.

Each shape has its hostile lines and the clean near-misses that must stay clean: plans
and one's own story, advice, deeds told of, things judged, self-blame, friendly
profanity and gaming talk. Written fresh, English and Italian.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

# Chat's "u" for "you" in the insult phrases that name the reader.
U_INSULTS: tuple[str, ...] = (
    "fk u",
    "fk u jett",
    "whats wrong with u",
    "what is wrong with u seriously",
    "wtf is wrong with u",
    "u guys suck",
    "u all suck",
)
U_CLEAN: tuple[str, ...] = (
    "nothing wrong with u taking a break",
    "is something wrong with u r mic",
    "u guys are the best",
    "fk lag",
    "fk me that hurt lol",
)

# An order to learn the game or the language: a put-down when it ends its clause.
LEARN_ORDERS: tuple[str, ...] = (
    "learn to play",
    "learn to play noob",
    "LEARN TO PLAY KID",
    "learn the game pls",
    "learn how to play, idiot",
    "learn english",
    "learn english sf",
    "learn to speak english bro",
    "learn to read",
    "impara a giocare",
)
LEARN_CLEAN: tuple[str, ...] = (
    "i want to learn to play jungle",
    "how do i learn to play invoker",
    "you should learn to play around his ult",
    "learn to play jungle on a smurf first",
    "we gotta learn the game before ranked",
    "i need to learn english for school",
    "trying to learn english lol",
    "learn english grammar first, then speaking",
    "l2p",
)

# Sent back to the bottom ranks or to a child's game.
SEND_OFFS: tuple[tuple[str, TargetKind], ...] = (
    ("go back to bronze", TargetKind.IMPERATIVE),
    ("go back to bronze where u belong", TargetKind.IMPERATIVE),
    ("go back to silver kid", TargetKind.IMPERATIVE),
    ("go play fortnite kid", TargetKind.IMPERATIVE),
    ("just go back to your cave", TargetKind.IMPERATIVE),
    ("u should go back to iron", TargetKind.SECOND_PERSON),
    ("vai a giocare a minecraft", TargetKind.IMPERATIVE),
    ("torna in bronzo scarso", TargetKind.IMPERATIVE),
)
SEND_OFF_CLEAN: tuple[str, ...] = (
    "lets go play minecraft after this",
    "i wanna go back to silver to chill",
    "we could go play fortnite later",
    "go back to base",
    "go back to mid and farm",
    "go play support this game",
    "dopo andiamo a giocare a minecraft",
    "voglio giocare a fortnite stasera",
)

# The reader's connection or account attacked: a threat when the writer says they will.
ATTACK_THREATS: tuple[str, ...] = (
    "ill ddos u",
    "i will ddos you",
    "im gonna hack ur account",
    "imma ddos ur ip kid",
)
ATTACK_CLEAN: tuple[str, ...] = (
    "someone tried to hack ur account?",
    "they ddosed the server again",
    "did someone ddos u? ur ping spiked",
    "how to stop someone from hacking your account",
)

# Harm wished on the reader's things, said in a match.
WISHES: tuple[str, ...] = (
    "hope your pc explodes mid match",
    "hope your pc explodes next round",
)
WISH_CLEAN: tuple[str, ...] = (
    "hope your pc doesnt explode in this heat lol",
    # gaming talk stays as the earlier rules read it: a kill or a death in the match
    "i will kill you next round",
    "hope you die next round",
)

# The team called a joke or hopeless; "soo" before the gamechat5 verdicts.
TEAM_AND_SO: tuple[tuple[str, TargetKind], ...] = (
    ("this team is a joke", TargetKind.GROUP),
    ("our team is such a joke", TargetKind.GROUP),
    ("ff this team is hopeless", TargetKind.GROUP),
    ("ur soo bad", TargetKind.SECOND_PERSON),
    ("omg ur sooo trash", TargetKind.SECOND_PERSON),
    ("this jungler is soo bad", TargetKind.THIRD_PERSON),
    ("ur dog water", TargetKind.SECOND_PERSON),
)
TEAM_AND_SO_CLEAN: tuple[str, ...] = (
    "this patch is a joke",
    "this game is a joke lol",
    "the servers are hopeless today",
    "im soo bad today sorry",
    "my ping is sooo bad",
    "my bad",
)

# Italian name-calls exclaimed with "che", like "what a noob".
CHE_EXCLAIMED: tuple[str, ...] = (
    "che noob",
    "che idiota!",
    "che gran coglione",
    "che noob raga",
    "che coglione, mi ha ucciso",
)
CHE_CLEAN: tuple[str, ...] = (
    "che idiota sono",
    "che scarso oggi",
    "che idiota, ho sbagliato io",
    "ho sbagliato strada. che idiota",
    "che stupida domanda",
    "che cazzo",
    "ha detto che idiota sono",
    "cazzo che partita",
)

# A name-call after a rank names a player: the reader when "you" is bound to it.
RANKED: tuple[tuple[str, TargetKind], ...] = (
    ("2k trash", TargetKind.THIRD_PERSON),
    ("bronze noob", TargetKind.THIRD_PERSON),
    ("silver scrub", TargetKind.THIRD_PERSON),
    ("boosted noob", TargetKind.THIRD_PERSON),
    ("1k noob", TargetKind.THIRD_PERSON),
    ("ur 2k trash", TargetKind.SECOND_PERSON),
    ("arent you 2k trash", TargetKind.SECOND_PERSON),
    ("you are 6k trash", TargetKind.SECOND_PERSON),
)
RANKED_CLEAN: tuple[str, ...] = (
    "2k kid what?",
    "6k player here",
    "ak trash",  # the rifle
    "guardian dogs",
    "im 2k trash lol",
    "bronze was so hard to climb",
)


@pytest.mark.parametrize("line", U_INSULTS + LEARN_ORDERS + ATTACK_THREATS + WISHES + CHE_EXCLAIMED)
def test_hostile(scorer: Scorer, line: str) -> None:
    verdict = scorer.score(line)
    assert verdict.hostile, verdict.explanation


@pytest.mark.parametrize(
    "line",
    U_CLEAN
    + LEARN_CLEAN
    + SEND_OFF_CLEAN
    + ATTACK_CLEAN
    + WISH_CLEAN
    + TEAM_AND_SO_CLEAN
    + CHE_CLEAN
    + RANKED_CLEAN,
)
def test_near_misses_stay_clean(scorer: Scorer, line: str) -> None:
    verdict = scorer.score(line)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize(("line", "target"), SEND_OFFS + TEAM_AND_SO + RANKED)
def test_aimed_at(scorer: Scorer, line: str, target: TargetKind) -> None:
    verdict = scorer.score(line)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is target, verdict.explanation


def test_che_exclaimed_at_the_reader(scorer: Scorer) -> None:
    assert scorer.score("che noob").target is TargetKind.SECOND_PERSON


def test_explanations_name_the_rule(scorer: Scorer) -> None:
    assert "plan" in scorer.score("lets go play minecraft after this").explanation
    assert "advice" in scorer.score("you should learn to play around his ult").explanation
    assert "told of" in scorer.score("someone tried to hack ur account?").explanation
