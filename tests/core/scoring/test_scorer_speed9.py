"""Speed round 9's shortcuts on the hit path answer as the rules did without them (issue 8).

Each shortcut skips a rule's token walk when a word the rule cannot do without is absent
from the message, or skips chat6's quote regex when no quote can open. The quote check
is compared with the regex over random strings; the word gates by the shapes they guard,
each still read, and near-misses that stay as they were.
"""

from __future__ import annotations

import random

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.targeting_chat6 import _SHORT_QUOTE_RE, _opens_quote
from bot.core.scoring.verdict import TargetKind

_PIECES = ["'", "'", " ", "(", ":", "\n", "\t", "\xa0", "\u2003", "’", ".", "!", ",", ")", "a", "b"]


def test_no_quote_opening_means_no_short_quote() -> None:
    rng = random.Random(9)
    for _ in range(20000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))
        if _SHORT_QUOTE_RE.search(text) is not None:
            assert _opens_quote(text), repr(text)


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("'noob' is banned", True),  # the text's start
        ("he said 'ur trash'", True),  # after a space
        ("(called me 'idiot')", True),
        ("word:'idiot'", True),
        ("line\n'idiot' again", True),
        ("you're trash", False),  # every "'" inside a word
        ("a'b" * 1333, False),  # many, none opening: one C-level scan, not a loop per "'"
        ("tab\t'idiot'", True),
        ("nbsp\xa0'idiot'", True),  # whitespace beyond ASCII, as the regex's \s
        ("don't be an idiot, it's rude", False),
        ("no quotes at all", False),
    ],
)
def test_quote_opening(text: str, opens: bool) -> None:
    assert _opens_quote(text) is opens


_SCORER = Scorer()


@pytest.mark.parametrize(
    ("text", "hostile", "target"),
    [
        # chat6: a short quote (the quote regex still runs where a quote may open)
        ("he literally said 'ur trash'", False, TargetKind.REPORTED),
        ("is 'noob' considered toxic here?", False, TargetKind.REPORTED),
        ("you're trash", True, TargetKind.SECOND_PERSON),  # an apostrophe, no quote
        ("ur 'friend' is an idiot", True, TargetKind.SECOND_PERSON),
        # chat6: "so are you", a relative-clause subject, players, "full of", a subject
        ("your art is garbage and so are you", True, TargetKind.SECOND_PERSON),
        ("whoever griefed my base is a loser", True, TargetKind.THIRD_PERSON),
        ("chi ha rubato i diamanti è un coglione", True, TargetKind.THIRD_PERSON),
        ("bedrock players are all braindead kids", True, TargetKind.GROUP),
        ("this server is full of toxic idiots", True, TargetKind.GROUP),
        ("reyna diff, this girl is useless", True, TargetKind.THIRD_PERSON),
        ("vaffanculo a te", True, TargetKind.SECOND_PERSON),
        # forum2: someone's person called, the Reddit idioms
        ("your husband is a pig", True, TargetKind.THIRD_PERSON),
        ("this OP is a liar", True, TargetKind.THIRD_PERSON),
        ("Found the incel", True, TargetKind.SECOND_PERSON),
        ("my brother is an idiot lol", False, TargetKind.OBJECT),  # banter stays banter
        # forum: a curse at an illness
        ("fuck you cancer", False, TargetKind.OBJECT),
        # teen: the reader's looks
        ("your face is nasty", True, TargetKind.SECOND_PERSON),
        ("ur nose is so big and ugly", True, TargetKind.SECOND_PERSON),
        ("he is so stupid", True, TargetKind.THIRD_PERSON),
    ],
)
def test_gated_shapes_still_read(text: str, hostile: bool, target: TargetKind) -> None:
    verdict = _SCORER.score(text)
    assert (verdict.hostile, verdict.target) == (hostile, target)
