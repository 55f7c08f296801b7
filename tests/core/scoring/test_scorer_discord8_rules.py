"""Discord chat talk (issue 8, discord8): the specification of targeting_discord8.py, its
words and lexicon lines, in fresh lines (not the probe's), English and Italian.

Each rule has lines it must flag and lines of the same shape it must leave alone.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.targeting_discord8 import FIX_NOTE, NOT_HOUNDING_NOTE, OWN_PREFACE_NOTE

M = "<@311122223333444455>"


def _hostile(scorer: Scorer, line: str) -> bool:
    return scorer.score(line, mentions_someone="<@" in line).hostile


RULES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # harm called down on the reader keeps the reader
    "harm on the reader": (
        (
            "i really hope someone strangles you",
            "hope somebody smacks u",
            "i hope someone punches you",
        ),
        (
            "i hope someone helps you",
            "hope someone answers you soon",
            "i hope someone tells you the truth",
        ),
    ),
    # send-offs from a server's places, unless a fix follows
    "send-offs": (
        (
            "get out of this server",
            "leave the chat already",
            "get off discord",
            "esci dalla chat",
            "fuori dal server",
        ),
        (
            "leave the call and rejoin, ur audio is broken",
            "i had to leave the vc early",
            "how do i leave a server on mobile",
            "esci dalla call e rientra",
            "i might leave this server tbh",
        ),
    ),
    # hounding until someone leaves
    "hounding": (
        (
            "lets spam her until she leaves",
            "keep pinging him till he quits",
            "everyone report " + M + " until he leaves",
            "roast him until he cries lmao",
            "insultiamolo finche non esce",
        ),
        (
            "wait until he leaves",
            "dont ping him until he answers",
            "i stayed in vc until she left",
            "ping the mods until they answer",
            "aspetta finche non arriva",
        ),
    ),
    # "nobody asked but" the writer's own news
    "nobody asked but": (
        ("nobody asked, idiot", "nobody asked but you keep talking", "no one asked"),
        (
            "nobody asked but i finally finished the sketch",
            "no one asked but my exam went great",
            "nobody asked, but here's my setup",
        ),
    ),
    # a member named with where they are
    "member placed": (
        (
            "the dude in vc is so annoying",
            "the mods here are clowns",
            "that girl in general is a moron",
            "the guys in chat are so dumb",
        ),
        (
            "the music in vc is trash",
            "the bot in general is broken",
            "the people here are so nice",
            "the mods here are great",
        ),
    ),
    # the reader's traits stand for the reader
    "reader's traits": (
        (
            "ur personality is garbage",
            "your whole vibe is pathetic",
            "ur attitude is disgusting",
            "your voice is so annoying",
        ),
        (
            "ur voice is so pretty",
            "ur mic is trash",
            "your code is trash lol",
            "your personality is great",
        ),
    ),
    # body shaming said of one person
    "body said of": (
        ("she is so fat lmao", "that guy is so ugly", "emily is ugly lol", "he's fat"),
        (
            "my hamster is so fat lol",
            "this font is ugly",
            "she is not fat",
            "he said i'm fat",
            "the logo is ugly",
        ),
    ),
    # things a server curses are no names
    "server things": (
        ("fuck brandon", "fuck this guy"),
        (
            "fuck html",
            "fuck recursion",
            "fuck kanji",
            "fuck chemistry",
            "fuck tiktok",
            "fuck react",
        ),
    ),
    # a negator before a pause does not deny what follows it
    "negation stops at a pause": (
        ("ur not, ur a clown", "you're not, you're a loser", "non, sei stupido"),
        ("ur not dumb", "non sei scemo", "you're not stupid, it's a hard problem"),
    ),
    # a mild name-call of a third person said fondly is teasing
    "fond of them": (
        (
            "he's a moron, i hate him",
            "i don't love him, he is an idiot",
            "she is a bitch, love her",
        ),
        (
            "she's such a dork, i adore her",
            "luca è un cretino, gli voglio bene",
            "he's a moron, love him",
        ),
    ),
    # lexicon lines
    "lexicon": (
        (
            "just off yourself already",
            "i will swat you",
            "keep talking and ill break ur face",
            "everyone would be better if you weren't around",
            "no one wants to hear you talk",
            "albanians are all scammers",
            "go back to tumblr",
        ),
        (
            "it'd be better if you weren't so hard on yourself",
            "beware of scammers in dms",
            "i should go back to reddit lol",
            "turn off your mic pls",
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


def test_notes_say_why(scorer: Scorer) -> None:
    """The cancelling notes name the reading (the explanation says what was meant)."""
    assert FIX_NOTE and NOT_HOUNDING_NOTE and OWN_PREFACE_NOTE
    verdict = scorer.score("nobody asked but i finally finished the sketch")
    assert not verdict.hostile and verdict.score < 0.1
    verdict = scorer.score("lets spam her until she leaves")
    assert verdict.hostile and verdict.target == "third_person"


@pytest.mark.parametrize(
    "line",
    [
        "",
        "until he",
        "finche non",
        "nobody asked but",
        "ur",
        "your whole",
        "the girl in vc is",
        "spam " + "him " * 2000 + "until he leaves",
        "get out of the vc\x00\u200b" * 300,
        "le\u0301ave the server \ud800",
        "n\u0336o\u0336b\u0336o\u0336d\u0336y asked but i",
    ],
)
def test_bad_input_keeps_its_verdict(scorer: Scorer, line: str) -> None:
    scorer.score(line, mentions_someone=True, is_reply=True)
