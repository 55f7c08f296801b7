"""Issue 8's clean controls: words that look aimed at someone but are not, as a specification.

The false flags on the control classes (friendly profanity, normal posts) that are
clean by the project's definition, in shapes that are not tied to one data file:
a reclaimed word the writer claims or dedicates to the group, swearing at a thing
rather than a person, a line the writer marks as a joke, "I hate you" laughed off,
speech verbs with the g dropped, and slang idioms in which a swear word names no
one. Each shape has hostile near-misses that must stay flagged.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind


@pytest.mark.parametrize(
    "text",
    [
        "im a dyke",
        "lmao im finna be a dyke",
        "i wanna be a dyke when i grow up",
        "i look like a dyke in my old photos",
        "we were all dykes",
        "someone took my dyke pin",
        "fellow dykes, happy pride",
        "kim lip for the dykes",
        "this is a win for the dykes",
        "stuck in traffic on van dyke avenue",
    ],
)
def test_a_reclaimed_word_claimed_or_dedicated_is_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


@pytest.mark.parametrize(
    "text",
    [
        "you dyke",
        "ur a dyke",
        "i met a dyke",
        "he is a dyke",
        "I am sick of dykes",
        "filthy dykes",
        "dykes are disgusting",
        "i hate dykes",
        "fat dykes make me want to vomit",
        "we should just ban that bald dyke",
        "shut up dyke",
    ],
)
def test_a_reclaimed_word_said_of_others_stays_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile


@pytest.mark.parametrize(
    "text",
    [
        "fuck you traffic",
        "fuck you insomnia",
        "screw you monday",
        "i hate you september",
        "fuck off, mondays",
        "shut up autocorrect",
        "go to hell traffic",
        "fuck robots",
        "fuck insomnia",
        "fuck exams",
        "ti odio lunedì",
        "fanculo traffico",
    ],
)
def test_swearing_at_a_thing_is_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile
    assert verdict.target in (TargetKind.OBJECT, TargetKind.NONE)


@pytest.mark.parametrize(
    "text",
    [
        "fuck you",
        "fuck you john",
        "fuck you pudge",
        "fuck you traffic cop",  # the thing describes a person
        "screw you censors",  # people, plural
        "i hate you",
        "ti odio",
        "fanculo marco",
        "kill yourself monday",  # self-harm is never a curse at a day
        "fuck tusk",
        "fuck lina",
    ],
)
def test_swearing_at_a_person_or_name_stays_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile


@pytest.mark.parametrize(
    "text",
    [
        "fuck you too jk",
        "you're so dumb haha jk",
        "ur an idiot, just kidding",
        "what a loser, im joking",
        "i hate you lmao",
        "i fucking hate you 😂",
        "omg i hate you so much 🤣",
        "sei un idiota, scherzo",
        "ti odio ahahah",
    ],
)
def test_a_line_marked_as_a_joke_is_teasing(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


@pytest.mark.parametrize(
    "text",
    [
        "are you fucking kidding me you idiot",  # "kidding" here is no joke marker
        "you're an idiot lol",  # laughing does not excuse a name-call
        "i will kill you jk",  # threats, self-harm and identity attacks never are
        "kill yourself jk",
        "you dyke jk",
        "jk is an idiot",  # a name, not the end of the line
        "i hate you, you idiot lol",
    ],
)
def test_jokes_do_not_excuse_everything(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        ("she keeps callin me a retard", False),  # reported, the g dropped
        ("stop sayin that word", False),
        ("you retard", True),
        ("she's a bad bitch", False),  # slang praise
        ("my bestie is a badass bitch", False),
        ("back in this bitch again", False),  # a place
        ("why do you bitch about everything", False),  # a verb: complaining
        ("payback's a bitch", False),
        ("you bitch", True),
        ("shut up bitch", True),
        ("she's a stupid bitch", True),
        ("you're from a trash can", False),  # literal trash
        ("stop talking trash and play", False),  # an idiom
        ("you are trash", True),
    ],
)
def test_reported_speech_and_swearing_idioms(scorer: Scorer, text: str, hostile: bool) -> None:
    assert scorer.score(text).hostile is hostile


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        ("please dont kill yourself", False),  # forbidden, not urged
        ("bro pls dont kill yourself", False),
        ("if you kill yourself who will take care of your mom", False),  # said of the reader
        ("you want to kill yourself more days than not, that's not your fault", False),
        ("you're going to kill yourself driving like that", False),
        ("don't kill yourself trying to finish it tonight", False),  # the idiom of overwork
        ("kill yourself", True),
        ("just kill yourself", True),
        ("go kill yourself", True),
        ("you should kill yourself", True),
        ("you need to kill yourself", True),
        ("why dont you kill yourself", True),
        ("kill yourself fucking loser", True),
        ("kys", True),
    ],
)
def test_kill_yourself_only_when_urged(scorer: Scorer, text: str, hostile: bool) -> None:
    assert scorer.score(text).hostile is hostile


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        ("i fucking hate you but i love you", False),  # said with love
        ("i fucking hate you and i always will ❤️", False),
        ("i hate you and everyone loves seeing you fail", True),
        ("RT @bob: EDM music is trash", False),  # the source of retweeted words, no addressee
        ("\u201c@bob: this album is trash\u201d facts", False),
        ("@bob EDM music is trash", True),  # a mention is still an addressee
        ("RT @bob: you are trash", True),  # and so is "you"
        ("RT @ann: lol @bob trash", True),
    ],
)
def test_love_and_retweets(scorer: Scorer, text: str, hostile: bool) -> None:
    assert scorer.score(text).hostile is hostile


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        ("bc im fucking gay", False),  # the writer's own, stressed
        ("i'm so fucking gay lol", False),
        ("we are fucking gay", False),
        ("fucking gay people", True),
        ("fucking gays", True),
        ("you're fucking gay", True),
    ],
)
def test_swearing_that_stresses_a_self_description(
    scorer: Scorer, text: str, hostile: bool
) -> None:
    assert scorer.score(text).hostile is hostile
