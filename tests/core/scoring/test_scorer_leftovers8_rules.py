"""Discord chat's leftover shapes (issue 8, leftovers8): the specification of
targeting_leftovers8.py, its words and lexicon lines, in fresh lines (not the probe's),
English and Italian.

Each rule has lines it must flag and lines of the same shape it must leave alone. Lines
with a user mention are scored with `mentions_someone=True`; REPLY_RULES with
`is_reply=True` too, as the bot scores a reply.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.targeting_leftovers8 import (
    CREATURE_NOTE,
    NOT_PROMISED_NOTE,
    PET_NOTE,
    PRAISED_NOTE,
    THING_CURSED_NOTE,
)

M = "<@411122223333444455>"


def _hostile(scorer: Scorer, line: str, reply: bool = False) -> bool:
    mentions = "<@" in line or "@USER" in line
    return scorer.score(line, mentions_someone=mentions, is_reply=reply).hostile


RULES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # a person named by a job or role, judged as the subject of a closing verdict
    "person judged": (
        (
            "the coach is such a clown lol",
            f"{M} our goalie is a joke",
            "the mailman is so stupid",
            "il bagnino è un idiota",
            "the host is an absolute clown",
            "the streamer is a joke tbh",
            "il prof è una barzelletta, davvero",
        ),
        (
            "the tournament is a clown show",
            f"{M} the update is a joke",
            "the final boss is a joke",
            "the npc healer is useless lol",  # the computer plays it (merge with gamechat9)
            "the npc shopkeeper is such a jerk",
            "our cpu partner is an idiot",
            "questa patch è una barzelletta",
            "the coach is a legend",
        ),
    ),
    # harm wished on someone by a third party
    "harm wished by a third party": (
        (
            "i hope somebody punches you in the throat",
            "i wish someone would smack you",
            "hope someone knocks you out",
            "i hope someone kicks him in the face",
            "i hope someone beats the crap out of you",
            "spero che qualcuno ti meni",
            "i wish somebody would break your jaw",
        ),
        (
            "i hope someone beats you at chess",
            "i hope someone kicks you out of the queue",
            "i wish someone would help me",
            "i wish somebody would carry me",
            "i hope someone hits you up later",
            "ho paura che qualcuno ti picchi",
        ),
    ),
    # harm promised to what the reader owns
    "belongings harmed": (
        (
            "i'm going to torch your car",
            "gonna key ur car tonight",
            "imma smash your windows",
            "ill firebomb your house",
            "ti taglio le gomme",
            "watch me slash your tyres",
        ),
        (
            "you'll break your phone if you drop it again",
            "i'll burn your base down in bloxburg",
            "the hail will wreck your car",
            "i would never key your car",
            "did the storm break your windows?",
        ),
    ),
    # a crowd sent to pile on someone
    "pile-on": (
        (
            "everyone flood his dms",
            "go raid her server lol",
            "everyone flood her inbox",
            "someone tell him he's a clown",
            "go tell him he is a loser",
            "mandatele insulti in privato",
            "send her hate, she deserves it",
        ),
        (
            "everyone flood his dms with birthday wishes",
            "go tell him happy birthday",
            "send her love",
            "he told her she's ugly and got banned",
            "mass report the spam bot pls",
        ),
    ),
    # women called names as a group or as the girls present
    "women present": (
        (
            "bitches in this server be annoying",
            "quelle troie del server",
            "sono tutte troie qui",
            "the bitches in general chat need to shut up",
            "can we ban the hoes in vc",
        ),
        (
            "me and my bitches going out tonight lol",
            "bad bitches only",
            "i miss my hoes in the group chat",
            "there are no bitches here lol",
        ),
    ),
    # a game's thing called a bitch
    "a game's thing cursed": (
        (
            "the cashier is a bitch",
            "this girl is a bitch",
            "the boss is a bitch to everyone at work, i hate him",
        ),
        (
            "this puzzle is such a bitch",
            "the final boss is a bitch",
            "that climb is a bitch",
            "this dungeon is a real bitch lol",
        ),
    ),
    # a pet the message names as the writer's
    "pets": (
        (
            "emma is so ugly, she looks like my dog",
            "jake is so dumb, my dog is smarter",
            "emma is so ugly lol",
        ),
        (
            "mochi is so fat, my cat eats everything",
            "biscuit is such an idiot, my dog ate a sock again",
            "nugget is so dumb lol our hamster keeps falling off the wheel",
        ),
    ),
    # an admiring vocative with a feat praised
    "admiring vocative": (
        (
            "you dumb bastard you lost it",
            "you crazy bastard, you ruined everything",
            "you stupid son of a bitch",
        ),
        (
            "you lucky bastard you actually hit it",
            "you clever bastard, you pulled it off first try",
            "you magnificent bastard you won",
            "you sneaky bastard, nailed it",
        ),
    ),
}

REPLY_RULES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # a reply's person noun is a person, not a thing
    "person nouns in replies": (
        (
            "@USER the lifeguard is so stupid",
            "@USER the bartender is an idiot",
            f"{M} the receptionist is useless",
            "the doorman is a moron",
        ),
        (
            "@USER the update is so stupid",
            "@USER the menu is useless",
            "the server is trash",
        ),
    ),
    # a creature a relative clause houses is no person
    "creatures": (
        ("the idiot who lives next door", "the moron who lives upstairs"),
        (
            "the troll who lives under the bridge",
            "the rat that hides in my walls",
            "the monster that lives in my closet",
        ),
    ),
}


@pytest.mark.parametrize(
    ("rule", "line"), [(rule, line) for rule, (hostile, _) in RULES.items() for line in hostile]
)
def test_flags(scorer: Scorer, rule: str, line: str) -> None:
    assert _hostile(scorer, line), (rule, line)


@pytest.mark.parametrize(
    ("rule", "line"), [(rule, line) for rule, (_, clean) in RULES.items() for line in clean]
)
def test_leaves_clean(scorer: Scorer, rule: str, line: str) -> None:
    assert not _hostile(scorer, line), (rule, line)


@pytest.mark.parametrize(
    ("rule", "line"),
    [(rule, line) for rule, (hostile, _) in REPLY_RULES.items() for line in hostile],
)
def test_flags_in_replies(scorer: Scorer, rule: str, line: str) -> None:
    assert _hostile(scorer, line, reply=True), (rule, line)


@pytest.mark.parametrize(
    ("rule", "line"),
    [(rule, line) for rule, (_, clean) in REPLY_RULES.items() for line in clean],
)
def test_leaves_clean_in_replies(scorer: Scorer, rule: str, line: str) -> None:
    assert not _hostile(scorer, line, reply=True), (rule, line)


def test_person_judged_is_aimed_at_the_person(scorer: Scorer) -> None:
    """The mention gives way to the person the sentence judges, not to a thing."""
    verdict = scorer.score("@USER the lifeguard is an idiot", mentions_someone=True, is_reply=True)
    assert verdict.hostile and verdict.target == "third_person"


@pytest.mark.parametrize(
    ("line", "note", "reply"),
    [
        ("you'll break your phone if you drop it", NOT_PROMISED_NOTE, False),
        ("this jump is a bitch", THING_CURSED_NOTE, False),
        ("you mad bastard you did it", PRAISED_NOTE, False),
        ("the monster who lives in my attic", CREATURE_NOTE, True),
        ("nugget is such an idiot, my dog ate a sock", PET_NOTE, False),
    ],
)
def test_notes_say_why(scorer: Scorer, line: str, note: str, reply: bool) -> None:
    """The cancelling notes name the reading (the explanation says what was meant)."""
    verdict = scorer.score(line, is_reply=reply)
    assert not verdict.hostile
    assert note in verdict.explanation


@pytest.mark.parametrize(
    "line",
    [
        "",
        "hope someone",
        "i wish someone would",
        "hope someone kicks",
        "hope someone beats the",
        "the ref is",
        "is a joke",
        "you crazy bastard",
        "burn your house " * 1500,
        "the monster who\x00\u200b" * 300,
        "i hope someone kicks you \ud800",
        "t\u0336h\u0336e\u0336 ref is a joke",
    ],
)
def test_bad_input_keeps_its_verdict(scorer: Scorer, line: str) -> None:
    scorer.score(line, mentions_someone=True, is_reply=True)
