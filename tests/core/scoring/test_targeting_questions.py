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


# (reader, text, the token read, expected); asked_right_after takes the hit's end, the
# token after it.
CASES = [
    ("gap_asks", "is he a liar? no", "liar", True),
    ("gap_asks", "is he a liar?", "liar", True),  # the text's end after the last token
    ("gap_asks", "is he a liar ?! no", "liar", True),
    ("gap_asks", "he is a liar. no", "liar", False),
    ("gap_asks", "he is a liar", "liar", False),
    ("ends_asking", "does he lie a lot?", "he", True),
    ("ends_asking", "does he lie a lot? he does", "he", True),
    ("ends_asking", "he lies a lot, doesnt he?", "lies", True),
    ("ends_asking", "he lies a lot. why?", "lies", False),  # the next sentence asks
    ("ends_asking", "he lies all the time", "he", False),
    ("asked_right_after", "pudge is clueless?", "clueless", True),
    ("asked_right_after", "bernie is senile ? no way", "senile", True),
    ("asked_right_after", "pudge is clueless lol?", "clueless", False),
    ("asked_right_after", "pudge is clueless", "clueless", False),
]


@pytest.mark.parametrize(("reader", "text", "word", "expected"), CASES)
def test_question_readers(
    lexicon: Lexicon, reader: str, text: str, word: str, expected: bool
) -> None:
    ctx = context(lexicon, text)
    at = ctx.tokens.index(word) + (reader == "asked_right_after")
    assert getattr(ctx, reader)(at) is expected


def test_answered(lexicon: Lexicon) -> None:
    ctx = context(lexicon, "are women stupid? no they are not")
    no = ctx.tokens.index("no")
    assert ctx.answered(no)
    assert ctx.answered(no, frozenset({"no", "nope"}))
    assert not ctx.answered(no, frozenset({"yes"}))
    assert not ctx.answered(ctx.tokens.index("they"))  # no "?" before "they"
