"""The chat6 rules (issue 8, targeting_chat6.py), case by case: fresh examples written
for each rule, English and Italian where the shape exists, with the near-misses that
must keep their verdict. Default settings (`Scorer()`).
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

# A judgement of a thing carried over to the reader in the same clause.
CARRIED_HOSTILE = (
    "your drawings are garbage and so are you",
    "this smp is trash and so r u",
    "ur playlist is trash, as are you",
    "ur fave is mid and ur takes are trash and so r u lol",
    "i tuoi disegni sono spazzatura e anche tu",
)
CARRIED_CLEAN = (
    "this patch is trash and so is the new map",  # another thing, not the reader
    "the ending was garbage, so are you coming to the next movie night?",
    "this boss is trash",
)

# A relative clause as the subject of a name-call: the one it describes is called.
RELATIVE_HOSTILE = (
    "whoever stole my netherite is a loser",
    "whoever keeps pinging me is a fucking idiot",
    "the kid who griefed our town is a moron",
    "chi ha rubato i miei diamanti è un coglione",
)
RELATIVE_CLEAN = (
    "whoever made this map is a genius",
    "i'm the kid who always gets called a loser",  # oneself, and reported
    "the guy who called me an idiot got banned",  # the name-call is reported
)

# An Italian curse sent to the reader by a dative; sent to a thing it stays untargeted.
DATIVE_HOSTILE = ("vaffanculo a te", "fanculo a voi due")
DATIVE_CLEAN = ("vaffanculo a sto gioco", "fanculo al lag")

# A word or two quoted in single quotes to report the abuse or ask about the word.
QUOTED_CLEAN = (
    "he literally wrote 'idiot' on my build lol",
    "she called me 'loser' in dms, what do i do",
    "is 'noob' a slur here?",
    "does 'noob' count as toxic?",
    "stop saying 'retard' pls",
    "mi ha scritto 'coglione' in privato",
)
QUOTED_HOSTILE = (
    "ur 'idiot' friend is here",  # scare quotes, no saying verb, still aimed
    "'noob' is what you are",
    "you are an idiot",
)

# A determiner and a noun opening a clause as the subject of a name-call.
SUBJECT_HOSTILE = (
    "gg, this guy is an idiot lol",
    "this streamer is a moron",
    "nice try, that healer is useless",
    "questo tizio è un idiota",
    "il nostro support è un incapace",
)
SUBJECT_CLEAN = (
    "this map is a noob trap",  # the name-call describes a thing
    "this guy is a legend",
    "gg, this guy is insane",
    "this game is a joke",
    "that boss is an absolute unit",
    "gg, this controller is a piece of shit",  # a thing called what things are called
    "questo aggiornamento è una schifezza",
)

# The people in a server, chat or lobby called by "full of".
FULL_OF_HOSTILE = (
    "this lobby is full of idiots",
    "this discord is full of toxic morons",
    "sto server è pieno di coglioni",
)
FULL_OF_CLEAN = (
    "this server is full of nice people",
    "this chest is full of diamonds",
    "questo server è pieno di gente simpatica",
)

# Players named by their game, platform or pick are a group.
PLAYERS_HOSTILE = (
    "console players are all braindead",
    "jett mains are all idiots",
    "i giocatori mobile sono tutti idioti",
)
PLAYERS_CLEAN = (
    "console players are all welcome here",
    "jett mains are so good at entry",
    "i giocatori mobile sono tanti",
)

# A chat adverb between "ur" / a copula and the name-call does not change who is called.
ADVERB_HOSTILE = (
    "ur actually trash at this game",
    "ur literally garbage lol",
    "u r actually trash",
    "ur actual dogshit at ranked",
    "sei davvero inutile",
)
ADVERB_CLEAN = (
    "this patch is literally trash",
    "i'm literally trash at this game",
    "my aim is actually garbage today",
    "literally trash weather today",
    "questo aggiornamento è davvero inutile",
)


@pytest.mark.parametrize(
    "text",
    ADVERB_HOSTILE
    + CARRIED_HOSTILE
    + RELATIVE_HOSTILE
    + DATIVE_HOSTILE
    + QUOTED_HOSTILE
    + SUBJECT_HOSTILE
    + FULL_OF_HOSTILE
    + PLAYERS_HOSTILE,
)
def test_the_shape_aims_the_name_call(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize(
    "text",
    ADVERB_CLEAN
    + CARRIED_CLEAN
    + RELATIVE_CLEAN
    + DATIVE_CLEAN
    + QUOTED_CLEAN
    + SUBJECT_CLEAN
    + FULL_OF_CLEAN
    + PLAYERS_CLEAN,
)
def test_the_near_miss_stays_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("your drawings are garbage and so are you", TargetKind.SECOND_PERSON),
        ("vaffanculo a te", TargetKind.SECOND_PERSON),
        ("whoever griefed my base is a loser", TargetKind.THIRD_PERSON),
        ("the kid who griefed me is a moron", TargetKind.THIRD_PERSON),
        ("questo jett è un incapace", TargetKind.THIRD_PERSON),
        ("this server is full of toxic idiots", TargetKind.GROUP),
        ("bedrock players are all braindead", TargetKind.GROUP),
        ("he literally said 'ur trash' and left", TargetKind.REPORTED),
    ],
)
def test_the_shape_names_who_is_aimed_at(scorer: Scorer, text: str, target: TargetKind) -> None:
    verdict = scorer.score(text)
    assert verdict.target is target, (text, verdict.target, verdict.explanation)


def test_a_quoted_word_is_explained_as_quoted(scorer: Scorer) -> None:
    verdict = scorer.score("is 'noob' considered toxic here?")
    assert not verdict.hostile
    assert "quoted" in verdict.explanation


def test_a_relative_clause_keeps_the_writer_out_of_the_target(scorer: Scorer) -> None:
    """ "me" inside the clause is not who is called: the insult is said of the griefer."""
    verdict = scorer.score("the kid who griefed me is a moron")
    assert verdict.hostile
    assert "said of a person" in verdict.explanation
