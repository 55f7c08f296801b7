"""The eighteenth speed round gives exactly the answers of the code it replaced (issue 8).

chat6 finds where a single quote may open with `str.find` and a look at the character
before each "'", instead of the regex `[\\s(:]'` scanned over the whole text; the two
must agree on every text, whitespace of every kind among them.
"""

from __future__ import annotations

import random
import re

import pytest

from bot.core.scoring.targeting_chat6 import _opens_quote

_REPLACED = re.compile(r"[\s(:]'")  # the regex the scan replaced
_WHITESPACE = [chr(code) for code in range(0x110000) if chr(code).isspace()]


def _by_regex(folded: str) -> bool:
    return folded.startswith("'") or _REPLACED.search(folded) is not None


def test_isspace_is_the_regex_whitespace_class() -> None:
    """`\\s` of a str pattern and `str.isspace` pick the same characters."""
    regex = [chr(code) for code in range(0x110000) if re.match(r"\s", chr(code))]
    assert regex == _WHITESPACE


@pytest.mark.parametrize(
    ("folded", "opens"),
    [
        ("", False),
        ("'", True),
        ("'noob' is a slur", True),
        ("he said 'ur trash'", True),
        ("you're a loser", False),
        ("you're 'the best'", True),
        ("(''", True),
        ("called me:'idiota'", True),
        ("x\u00a0'quoted'", True),  # a no-break space is whitespace to both
        ("x\u200b'quoted'", False),  # a zero-width space is not
        ("it's ok, isn't it", False),
    ],
)
def test_opens_quote_examples(folded: str, opens: bool) -> None:
    assert _opens_quote(folded) is opens
    assert _by_regex(folded) is opens


def test_opens_quote_agrees_with_the_regex_on_random_texts() -> None:
    alphabet = [*"ab'(:)\u2018\u2019 .x,é\n", *_WHITESPACE, "\u200b", "\x1c"]
    rng = random.Random(18)
    for _ in range(20_000):
        folded = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        assert _opens_quote(folded) is _by_regex(folded), folded
