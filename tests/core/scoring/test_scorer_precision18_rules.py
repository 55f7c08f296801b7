"""Shapes of the precision18 round (targeting_precision18, precision18_words, its fixes
at depth in precision16 and insults12, and its benign lines), at default settings: the
look-alikes that stay clean (a name-call of someone the reader met, "round up" of a team,
what a thing does to anyone, "shut up" in the passive, good news met with "shut up",
"who ever invented X i hate you", "sleep when you're dead"), English and Italian, and
their hostile neighbours, which stay aimed."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a name-call at the reader, no verb of meeting, or a vocative after one
    "you are a real jerk",
    "you're a total idiot",
    "you ran into me you idiot",
    "you met your match, loser",
    "you work like an idiot",
    "you married her? you moron",
    "sei un vero idiota",
    # an identity group named after the name-call
    "you ran into a bunch of dumb muslims",
    # a group rounded up
    "round up the immigrants and deport them",
    "round up all the muslims",
    "they should round up the jews",
    # the reader's looks, deeds and pronouns
    "that haircut makes you look fat",
    "your attitude makes you ugly",
    "what makes you so stupid",
    "believing that makes you stupid",
    "that makes you stupid",
    "makes you stupid",
    "a maga hat makes you racist",
    "religion makes you stupid",
    "fox news makes you dumb",
    "being black makes you ugly",
    "la tua faccia ti rende brutto",
    # orders to be quiet, and orders after which no good news comes
    "just shut up",
    "please shut up",
    "stfu you got reported",
    "shut up, nobody asked",
    # "i hate you" at the reader
    "who ever you are i hate you",
    "who ever invented this i hate you and your family",
    # a threat
    "you are dead",
    "you are dead to me",
)

CLEAN = (
    # a name-call of someone the reader met, dated, married or works with
    "looks like you ran into a real asshole",
    "sounds like you met a real jerk",
    "you're dating a narcissist",
    "ur dating a loser",
    "sounds like you work with idiots",
    "you keep dealing with idiots",
    "you've been working with a bunch of morons",
    "sorry you got stuck with a dumbass teammate",
    "you must have met a real asshole",
    "hai incontrato un vero idiota",
    "ti è capitato un cretino in squadra",
    # people gathered
    "round up the squad for ranked",
    "round up the team for a photo",
    "you round up the kids and ill pack the car",
    # what a thing does to anyone
    "alcohol makes you dumb",
    "sugar makes you fat",
    "social media makes you lazy",
    "this stuff makes you stupid",
    "fortnite makes you dumb",
    "l'alcol ti rende stupido",
    # "shut up" in the passive
    "women won't be shut up anymore",
    "i refuse to be shut up by anyone",
    # good news met with "shut up"
    "shut the fuck up, you got engaged?",
    "stfu you passed??",
    "shut up, congrats",
    # "who ever invented X i hate you"
    "who ever invented mondays i hate you",
    "who ever made this boss i hate you",
    "who ever invented mosh pits i fucking hate you",
    # a saying
    "you can sleep when you are dead",
    "you can sleep when you're dead",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_precision18_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_precision18_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
