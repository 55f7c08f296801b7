"""Insults in replies about someone other than the reader (issue 8, targeting_olid.py).

A reply ("@bob ...") often calls a third person or a group names. The rules, as a
specification:

- A group of people by politics or role, as the subject of a name-call or right
  beside it, is its target even in a reply: "@bob liberals are such liars",
  "@bob antifa thugs", "the refs are liars", "@bob i comunisti sono dei buffoni".
- An article may carry describing words before a name-call said of a person: "she
  is a paid liar", "he is a communist fool".
- People-only words ("the worst", "mentally unstable") said of one person count as
  said of that person: "she is the worst", "he is the worst person".
- A name-call that only names a person, pointed at, is said of that person: "@bob
  this clown", "guarda quel buffone"; "a joke of a president", "che pagliaccio di
  presidente" say it of the person after "of a" / "di".
- "mentally unstable" judges a person only right after a copula whose subject is the
  reader, a person or a group, closing its clause. "crazy" is not an insult here:
  "bro you're crazy" and "you guys are crazy" are praise in chat as often.

Each hostile shape has clean near-misses: things, praise, negation, reported
speech, self-description and compounds.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import Severity, TargetKind


@pytest.mark.parametrize(
    "text",
    [
        "@bob liberals are such liars!",
        "@bob Democrats = thugs",
        "@bob looks like antifa thugs",
        "@bob the refs are liars",
        "trump supporters are such hypocrites",
        "@bob i comunisti sono dei buffoni",
    ],
)
def test_a_group_by_politics_or_role_is_the_target_in_a_reply(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.target is TargetKind.GROUP
    assert verdict.severity < Severity.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "@bob he is a paid liar.",
        "@bob she is a Republican hypocrite!",
        "he is a communist fool",
        "@bob she is the worst",
        "@bob he is the worst person.",
        "he is the worst and a liar",
        "@bob this clown",
        "@bob this clown again",
        "this clown needs to go",
        "look at that liar",
        "what a joke of a president",
        "what a disgrace of a human being",
        "@bob questo pagliaccio",
        "guarda quel buffone",
        "@bob che pagliaccio di presidente",
        "@bob she is mentally unstable.",
        "he is mentally unstable",
    ],
)
def test_a_name_call_said_of_a_person_in_a_reply_is_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.target is TargetKind.THIRD_PERSON
    assert "said of a person" in verdict.explanation


@pytest.mark.parametrize(
    "text",
    [
        "@bob you are fucking mentally unstable",
        "@bob you're mentally unstable",
    ],
)
def test_a_judgement_said_of_the_reader_is_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize(
    "text",
    [
        "liberals are mentally unstable",
        "@bob you guys are mentally unstable",
    ],
)
def test_a_judgement_said_of_a_group_is_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.target is TargetKind.GROUP


@pytest.mark.parametrize(
    "text",
    [
        # untargeted swearing and things
        "@bob this is fucking crazy",
        "@bob omg that's fucking crazy.",
        "Crazy.",
        "@bob crazy!",
        "your ideas are crazy",
        "the game is crazy tonight",
        "crazy rich asians is a great movie",
        "20 crazy things people do on holiday",
        # praise and banter
        "you're crazy good at this",
        "you're crazy man!",
        "you are crazy lol",
        "bro you're crazy",
        "@bob you guys are crazy",
        "@bob you are fucking crazy",
        "mentally unstable people need care, not jokes",
        "@bob my friends are crazy lol",
        # describing words that are no name-call, things after "of a"
        "he is a friend of a liar",
        "he is one of the least hateful people on this planet",
        "he is the worst defensive catcher I've seen",
        "he is the worst at golf",
        "@bob what a joke of a game",
        "that idiot of a printer",
        "quel coglione di mio fratello",
        "@bob this clown show was great",
        "the clown at the party made my kid laugh",
        # negation, reported speech, counter-speech, oneself
        "@bob liberals are not liars",
        "@bob he is not a liar",
        "@bob they called him a liar",
        "@bob he said she is the worst",
        "calling someone a clown is never ok",
        "@bob I'm not a liar",
        "i am crazy",
    ],
)
def test_near_misses_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


@pytest.mark.parametrize(
    ("said_of", "direct"),
    [
        ("@bob she is a paid liar", "@bob you are a paid liar"),
        ("@bob this clown", "@bob you clown"),
        ("@bob she is the worst", "@bob you are the worst"),
    ],
)
def test_said_of_weighs_less_than_said_to_the_reader(
    scorer: Scorer, said_of: str, direct: str
) -> None:
    assert scorer.score(said_of).score < scorer.score(direct).score
