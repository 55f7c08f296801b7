"""Review fixes of the seventh session's rounds (issue 8, fixes7): each finding's line,
fresh lines of the same shape, and lines the round meant to read that must stay read.

Each entry: lines that must be flagged, lines that must stay clean. Lines starting "R:"
are replies.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer


def _hostile(scorer: Scorer, line: str) -> bool:
    reply = line.startswith("R:")
    return scorer.score(line.removeprefix("R:"), is_reply=reply).hostile


RULES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # 1. fondness counts only right after the name-call, in its sentence
    "fond teasing": (
        (
            "he's such an idiot, nobody could love him",
            "he's a moron, i'd love him to leave forever",
            "he's a loser, his mom must love him",
            "he is an idiot. she is a moron. they are all losers. love him though",
            "she is a clown, who could ever love her",
            "he's such a loser, no one will love him",
        ),
        (
            "he's such an idiot, love him",
            "she's such a dork but i love her",
            "he is a dummy, i still love him",
            "marco è un cretino, gli voglio bene",
        ),
    ),
    # 2. a benign phrase ("dick clark", "piss off the") does not cross a pause
    "benign phrase across a pause": (
        (
            "you're a dick, clark",
            "stop being a dick, tracy",
            "piss off, the adults are talking",
            "you absolute dick, tracy",
            "piss off, the rest of us are busy",
        ),
        (
            "you're a dick clark fan",
            "it will piss off the voters, sadly",
            "i watched dick tracy, it was fine",
        ),
    ),
    # 3. a curse beside a claim of ownership blames whoever took it
    "shouted curse with a claim": (
        (
            "the last hit was mine, motherfucker",
            "this is my lane, son of a bitch",
            "that buff was mine, son of a bitch",
            "this is our jungle, motherfucker",
            "quella kill era mia, pezzo di merda",
        ),
        (
            "son of a bitch, the power went out",
            "this is my life now, son of a bitch",
            "my phone died again, piece of crap",
            "vaffanculo, la macchina non parte",
        ),
    ),
    # 4. a "you" after a word mentioned aims it, whatever names it as a word
    "word mentioned, then you": (
        (
            "slurs like faggot are too nice for you",
            "slurs like faggot are too good for you",
            "slurs like faggot fit you perfectly",
        ),
        (
            "the term feminazi is a figure of speech",
            "slurs like tranny and spic are gross",
        ),
    ),
    # 5. disbelief ends the line or is asked; else the order stands
    "order met by disbelief": (
        (
            "fuck off, for real",
            "gtfo no way you're still here",
            "fuck off, you didnt",
            "fuck off, for real this time",
            "piss off no way you came back",
        ),
        (
            "fuck off, no way",
            "fuck off, no way!",
            "fuck off, for real?",
            "shut the fuck up, you're kidding me",
        ),
    ),
    # 6. a maker before the thing is judged, not the thing
    "thing as subject, maker first": (
        (
            "whoever made this app is a moron",
            "whoever designed this car is a clown",
            "whoever built this website is a moron",
        ),
        (
            "the movie is a piece of crap",
            "his comments are idiotic",
            "il film è una schifezza",
        ),
    ),
    # 7. an if-clause ends at a subject and copula; "keep acting like" says they do
    "if-clause": (
        (
            "if u want my opinion hes a clown",
            "if you keep acting like a little bitch",
            "if you ask me she is a moron",
            "if you still act like a jerk, nobody will invite you",
        ),
        (
            "if you act like a jerk at the counter they make you wait longer",
            "if you drive like a maniac on this road the cops will stop you",
            "if you want my opinion it is a stupid idea",
        ),
    ),
    # 8. "nobody asked but" with "you" after it is said to the reader
    "nobody asked but you": (
        (
            "nobody asked but here you are yapping again",
            "nobody asked but u keep talking",
            "no one asked, but you still posted it",
        ),
        (
            "nobody asked but here's my cat",
            "no one asked, but i finished it",
            "nessuno ha chiesto ma ecco il mio gatto",
        ),
    ),
    # 9. hounding: "gets"/"logs" leave only with off/out/banned; a ping until someone
    # arrives or answers wants them, a ping until they leave drives them out
    "hounding": (
        (
            "report him until he gets banned",
            "spam ping him until he logs off",
            "lets dm her every hour until she quits",
            "ping her every minute till she quits",
            "lets all spam him until he leaves",
            "ping him until he leaves",
        ),
        (
            "ping him until he gets online",
            "dm her until she logs in, we need her for the raid",
            "tag them till they get here",
            "message them until they get back to you",
            "ping her until she gets home",
        ),
    ),
    # 16. "your character" is as often a game's or a story's as the reader's
    "reader's traits": (
        ("ur personality is trash", "your whole vibe is pathetic", "ur attitude is pathetic"),
        (
            "your character is so stupid",
            "your character is so ugly in that armor",
            "ur character is so dumb lol",
        ),
    ),
    # 10. the writer's own "gotta"/"i have to" before a send-off is their own leaving
    "own leaving": (
        ("you gotta leave the vc", "get out of the vc", "leave this server", "leave the vc loser"),
        (
            "gotta leave the vc, dinner",
            "i have to leave the call, bye",
            "ill leave the chat for a bit",
            "we gotta leave the vc now",
        ),
    ),
    # 11. in replies, "that" + verb makes a person only of person-only words or after
    # verbs only people do; praise after the clause and awe in an exclamation block it
    "relative clause in replies": (
        (
            "R:the moron who wrote this",
            "R:the clown that should be in prison",
            "R:the liar that lied under oath",
            "R:the idiot that voted for this",
            "R:what a loser he is",
        ),
        (
            "R:the garbage that was on the street finally got picked up",
            "R:the clowns who came to the party were amazing",
            "R:what a monster he is",
            "R:the trash that was left in the park",
            "R:what a beast he is",
        ),
    ),
    # 12. "left"/"right" are no party in game talk or beside a map's words
    "left and right": (
        (
            "the left is full of morons",
            "@USER the far right are lunatics",
            "liberals are so clueless",
            "the left is garbage",
        ),
        (
            "the left is garbage, push right",
            "far left is stupid open, push now",
            "the right is trash, rotate mid",
            "left side is garbage, flank right",
        ),
    ),
    # 13. "worst" + hero + a thing of the hero's judges the thing
    "worst hero's thing": (
        ("worst sova ive seen", "worst yasuo na", "worst jett in the lobby"),
        (
            "worst jett skin ever",
            "worst omen lineup ever",
            "worst neon patch ever",
            "worst sova ult design ever",
        ),
    ),
    # 14. "bot" in a line about an account or a program names no player
    "bot as a program": (
        ("kick the silver he is a bot", "this guy is a bot", "ur a pocket bot"),
        (
            "that account is a bot",
            "he is a bot, mee6 i mean",
            "this guy is a bot it's a chatgpt account",
            "that profile is a bot",
            "she is a bot, it's an ai account",
        ),
    ),
    # 15. a hero's ability in a short line is judged, not the player
    "short line, an ability": (
        ("reyna instalocker trash",),
        ("reyna ult useless", "jett dash useless", "sage kit garbage"),
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


def test_one_said_of_weight() -> None:
    """olid4's floor lifts from the weight weighing.py gives a name-call said of someone
    (17: one constant, not a copy that may drift)."""
    from bot.core.scoring import weighing
    from bot.core.scoring.targeting_context import SAID_OF_WEIGHT
    from bot.core.scoring.targeting_olid4 import outright_weight

    assert weighing._SAID_OF == SAID_OF_WEIGHT
    assert outright_weight(0.4) == pytest.approx(0.4 * SAID_OF_WEIGHT)
    assert outright_weight(0.9) == pytest.approx(0.9 * SAID_OF_WEIGHT)
