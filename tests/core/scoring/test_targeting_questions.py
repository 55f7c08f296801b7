"""The question marks `Context` reads for the rules (tidy16): a "?" after a token
(`gap_asks`), a sentence that ends asking (`ends_asking`, olid12's and formspring's
check), a "?" right after a hit (`asked_right_after`, gamechat12's and olid9's) and a
question the writer answers (`answered`)."""

from __future__ import annotations

import pytest

from bot.core.scoring.folding import TOKEN_RE, fold
from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.lexicon_shared import shared_lexicon
from bot.core.scoring.targeting_context import Context


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return shared_lexicon(("en", "it")).lexicon


def context(lexicon: Lexicon, text: str) -> Context:
    folded = fold(text)
    words = [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(folded)]
    tokens = [token for token, _, _ in words]
    spans = [(start, end) for _, start, end in words]
    return Context(lexicon, folded, tokens, spans, mentioned=False, is_reply=False)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("is he a liar? no", "liar", True),
        ("is he a liar?", "liar", True),  # the text's end after the last token
        ("is he a liar ?! no", "liar", True),
        ("he is a liar. no", "liar", False),
        ("he is a liar", "liar", False),
    ],
)
def test_gap_asks(lexicon: Lexicon, text: str, word: str, expected: bool) -> None:
    ctx = context(lexicon, text)
    assert ctx.gap_asks(ctx.tokens.index(word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("does he lie a lot?", "he", True),
        ("does he lie a lot? he does", "he", True),
        ("he lies a lot, doesnt he?", "lies", True),
        ("he lies a lot. why?", "lies", False),  # the next sentence asks, not this one
        ("he lies all the time", "he", False),
    ],
)
def test_ends_asking(lexicon: Lexicon, text: str, word: str, expected: bool) -> None:
    ctx = context(lexicon, text)
    assert ctx.ends_asking(ctx.tokens.index(word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("pudge is clueless?", "clueless", True),
        ("bernie is senile ? no way", "senile", True),
        ("pudge is clueless lol?", "clueless", False),
        ("pudge is clueless", "clueless", False),
    ],
)
def test_asked_right_after(lexicon: Lexicon, text: str, word: str, expected: bool) -> None:
    ctx = context(lexicon, text)
    assert ctx.asked_right_after(ctx.tokens.index(word) + 1) is expected


def test_answered(lexicon: Lexicon) -> None:
    ctx = context(lexicon, "are women stupid? no they are not")
    no = ctx.tokens.index("no")
    assert ctx.answered(no)
    assert ctx.answered(no, frozenset({"no", "nope"}))
    assert not ctx.answered(no, frozenset({"yes"}))
    assert not ctx.answered(ctx.tokens.index("they"))  # no "?" before "they"
