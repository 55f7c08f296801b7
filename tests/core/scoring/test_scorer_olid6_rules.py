"""The olid6 round's rules (issue 8, ninth session: targeting_olid6.py) as their
specification: each shape with fresh lines (written after the rule, never tuned on) and
the clean near-misses beside it (a thing, a question, a denial, a report, a condition,
laughter, a clause that goes on, part of a group). The rules read English only; Italian
lines check that nothing of theirs leaks into Italian chat."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.scoring.verdict import TargetKind

# fmt: off
HOSTILE: tuple[tuple[str, TargetKind], ...] = (
    # a faint name-call noun with its article, said of the reader or one person
    ("@USER Warren is a complete fraud", TargetKind.THIRD_PERSON),
    ("@USER this senator is a disgrace to the state", TargetKind.THIRD_PERSON),
    ("@USER she is an embarrassment to her family", TargetKind.THIRD_PERSON),
    ("@USER he's just a tool", TargetKind.THIRD_PERSON),
    ("@USER you are a sorry excuse for a senator", TargetKind.SECOND_PERSON),
    ("@USER he is a poor excuse for a father", TargetKind.THIRD_PERSON),
    ("@USER you're such a fraud", TargetKind.SECOND_PERSON),
    # what the reader is told they are, with no classic insult word
    ("@USER you are the problem with this city", TargetKind.SECOND_PERSON),
    ("@USER you're part of the problem", TargetKind.SECOND_PERSON),
    ("@USER you are incapable of honesty", TargetKind.SECOND_PERSON),
    # a political group said to be sick, insane, out of control, terrorists
    ("@USER republicans are insane", TargetKind.GROUP),
    ("@USER the GOP is out of control", TargetKind.GROUP),
    ("@USER leftists are sick people", TargetKind.GROUP),
    ("@USER antifa is a domestic terrorist group", TargetKind.GROUP),
    ("@USER these liberals are nuts", TargetKind.GROUP),
    ("@USER democrats are the enemy of the people", TargetKind.GROUP),
    # an exclamation at a person, the whole sentence
    # (said to a mention, the mention is its target; alone, the reader, as the older rules
    # read a bare name-call)
    ("@USER what a spineless coward", TargetKind.MENTION),
    ("@USER what a liar.", TargetKind.MENTION),
    ("what a total sellout", TargetKind.SECOND_PERSON),
    ("@USER what a phony", TargetKind.MENTION),
    ("@USER what a clown", TargetKind.MENTION),
    # someone's mouthpiece, puppet, shill
    ("@USER she's a stooge for the banks", TargetKind.THIRD_PERSON),
    ("@USER you're a shill for the oil industry", TargetKind.SECOND_PERSON),
    ("@USER he is just a puppet of the cartel", TargetKind.THIRD_PERSON),
    ("@USER that senator is a mouthpiece for Moscow", TargetKind.THIRD_PERSON),
    ("@USER you are a puppet for China", TargetKind.SECOND_PERSON),
    # everything wrong with something
    ("@USER you are everything wrong with twitter", TargetKind.SECOND_PERSON),
    ("@USER she's everything that is wrong with the league", TargetKind.THIRD_PERSON),
    ("@USER this guy is everything wrong with politics", TargetKind.THIRD_PERSON),
    ("@USER you're everything that's wrong with america", TargetKind.SECOND_PERSON),
    ("@USER he is everything wrong with modern music", TargetKind.THIRD_PERSON),
    # the reader's lost credibility, integrity, decency
    ("@USER you have no credibility on this", TargetKind.SECOND_PERSON),
    ("@USER you have zero integrity left", TargetKind.SECOND_PERSON),
    ("@USER you have no morals", TargetKind.SECOND_PERSON),
    ("@USER you have no dignity at all", TargetKind.SECOND_PERSON),
    ("@USER you've lost all credibility with me", TargetKind.SECOND_PERSON),
)

CLEAN: tuple[str, ...] = (
    # called: a thing, a question, a denial, a report, a noun that goes on
    "@USER the hammer is a tool", "@USER the fraud unit is a tool for justice",
    "@USER is he a fraud?", "@USER he is not a fraud", "@USER my lawyer said he was a fraud",
    "@USER he is a fraud investigator", "@USER that's a poor excuse for missing class",
    "@USER she reported a fraud to the bank",
    # told: a noun that goes on, good at something, a condition, laughter, a question
    "@USER you are the problem solver we needed", "@USER you're crazy good at this",
    "@USER if you are the problem, say so", "@USER you are the problem lol jk",
    "@USER do you think you are the problem?", "@USER you are sick of it, I get it",
    # game chat's praise: "you're insane", "ur sick", "these guys are nuts"
    "dude you're insane", "ur sick at this game", "you're crazy good",
    "these guys are nuts, what a team",
    # group: part of a group, denied, a thing, one's own kids, tired of something
    "@USER some democrats are sick of it", "@USER not all liberals are insane",
    "@USER gas prices are insane", "@USER my kids are sick",
    "@USER conservatives are sick of taxes", "@USER the traffic is out of control",
    # the second part: "ass" stays profanity, whoever's it is (a third person's "ass" was
    # tried and left out: Civil Comments' and Gab's annotators count "beat his ass" as
    # profanity only)
    "@USER she worked her ass off all year", "@USER he fell on his ass skating",
    "@USER his assets were seized", "@USER my ass is sore from the ride",
    "@USER she laughed her ass off at that",
    # an exclamation about a thing, or that goes on
    "@USER what a night", "@USER what a coward move that was", "@USER what a clown car",
    "@USER what a creep show", "@USER what a hero", "what a clown, im joking",
    # a question, a report, a thing, a denial
    "@USER is he a shill for them? no", "@USER she said he was a puppet of Putin",
    "@USER the puppet for the show is ready", "@USER he is not a shill for anyone",
    # a thing is everything wrong with something; the reader is everything right
    "@USER this is everything wrong with the update",
    "@USER that's everything wrong with the plan",
    "@USER everything wrong with the movie in 10 minutes",
    "@USER is he everything wrong with it? no", "@USER you are everything right with the world",
    # a condition, the writer's own, a report, a thing without credibility
    "@USER if you have no morals, say so", "@USER I have no credibility with my kids",
    "@USER he said you have no decency", "@USER the paper has no credibility",
    # Italian chat the English words must not reach
    "@USER sei un genio", "@USER i prezzi sono pazzeschi", "@USER è un attrezzo utile",
    "@USER che partita", "@USER ha lavorato sodo",
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


def test_said_of_never_outweighs_said_to_the_reader(scorer: Scorer) -> None:
    """A name-call said of someone weighs less than said to the reader."""
    assert scorer.score("@USER he is a fraud").score < scorer.score("@USER you are a fraud").score


def test_a_server_can_allow_the_phrases() -> None:
    allowed = Scorer(ScorerConfig(allowed_terms=frozenset({"a fraud", "are insane"})))
    assert not allowed.score("@USER he is a fraud").hostile
    assert not allowed.score("@USER liberals are insane").hostile
