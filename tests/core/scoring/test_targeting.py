"""The targeting rules on their own: who one hit in a short text is aimed at, and which
rule cancels it, without the scorer's matching or weighing around them."""

from __future__ import annotations

import pytest

from bot.core.scoring.folding import TOKEN_RE, fold
from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.lexicon_shared import shared_lexicon
from bot.core.scoring.targeting import Targeter
from bot.core.scoring.targeting_context import IDENTITY_NOTE, SAID_OF_NOTE, Context, Hit
from bot.core.scoring.verdict import TargetKind


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return shared_lexicon(("en", "it")).lexicon


@pytest.fixture(scope="module")
def targeter(lexicon: Lexicon) -> Targeter:
    return Targeter(lexicon)


def aim(lexicon: Lexicon, targeter: Targeter, text: str, word: str) -> tuple[TargetKind, str]:
    """Aim the one-word lexicon entry `word` where it stands in `text`."""
    folded = fold(text)
    words = [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(folded)]
    tokens = [token for token, _, _ in words]
    spans = [(start, end) for _, start, end in words]
    index = tokens.index(word)
    entry = next(entry for _, entry in lexicon.anchors[word] if entry.tokens == (word,))
    ctx = Context(lexicon, folded, tokens, spans, mentioned=False, is_reply=False)
    return targeter.aim(ctx, Hit(entry, index, index + 1, *spans[index]))


@pytest.mark.parametrize(
    ("text", "word"),
    [("you are an idiot", "idiot"), ("idiot", "idiot")],
)
def test_the_reader(lexicon: Lexicon, targeter: Targeter, text: str, word: str) -> None:
    assert aim(lexicon, targeter, text, word) == (TargetKind.SECOND_PERSON, "")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("this stupid kid", "stupid"),  # a person named after the word
        ("look at that moron", "moron"),  # pointed at
        ("Mike is trash", "trash"),  # a judging word: a name may be a thing
    ],
)
def test_third_person(lexicon: Lexicon, targeter: Targeter, text: str, word: str) -> None:
    assert aim(lexicon, targeter, text, word) == (TargetKind.THIRD_PERSON, "")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Mike is an idiot", "idiot"),  # a name as the subject of a noun that names people
        ("he is such a moron", "moron"),
        ("she's useless", "useless"),
        ("he trash", "trash"),  # chat drops the copula
        ("this guy is garbage", "garbage"),
        ("lui è un idiota", "idiota"),
    ],
)
def test_said_of_a_person(lexicon: Lexicon, targeter: Targeter, text: str, word: str) -> None:
    assert aim(lexicon, targeter, text, word) == (TargetKind.THIRD_PERSON, SAID_OF_NOTE)


@pytest.mark.parametrize(
    ("text", "word"),
    [("noob team", "noob"), ("this team is trash", "trash"), ("liberals are idiots", "idiots")],
)
def test_the_room_and_named_groups(
    lexicon: Lexicon, targeter: Targeter, text: str, word: str
) -> None:
    assert aim(lexicon, targeter, text, word) == (TargetKind.GROUP, "")


@pytest.mark.parametrize(
    ("text", "word"),
    [("immigrants are animals", "animals"), ("gli immigrati sono animali", "animali")],
)
def test_identity_groups(lexicon: Lexicon, targeter: Targeter, text: str, word: str) -> None:
    assert aim(lexicon, targeter, text, word) == (TargetKind.GROUP, IDENTITY_NOTE)


@pytest.mark.parametrize(
    ("text", "word"),
    [("you are not an idiot", "idiot"), ("non sei un idiota", "idiota")],
)
def test_negation_cancels_the_hit(
    lexicon: Lexicon, targeter: Targeter, text: str, word: str
) -> None:
    assert aim(lexicon, targeter, text, word) == (TargetKind.SECOND_PERSON, "negated")


@pytest.mark.parametrize(
    ("text", "word"),
    [("he called me an idiot", "idiot"), ('she said "you idiot"', "idiot")],
)
def test_reported_speech(lexicon: Lexicon, targeter: Targeter, text: str, word: str) -> None:
    assert aim(lexicon, targeter, text, word) == (TargetKind.REPORTED, "")


def test_words_said_to_the_reader_about_someone_else(lexicon: Lexicon, targeter: Targeter) -> None:
    assert aim(lexicon, targeter, "ti ho detto che è un idiota", "idiota") == (
        TargetKind.NONE,
        "",
    )


def test_counter_speech(lexicon: Lexicon, targeter: Targeter) -> None:
    # calling out prejudice is no attack on a group: "that" (what was said) is a thing
    assert aim(lexicon, targeter, "that was racist", "racist") == (TargetKind.OBJECT, "")
    # a hateful claim framed as false is denied, not made
    target, note = aim(lexicon, targeter, "it's not true that immigrants are animals", "animals")
    assert note == "negated"
    assert target is not TargetKind.GROUP


@pytest.mark.parametrize(
    ("text", "word", "target"),
    [
        ("this game is stupid", "stupid", TargetKind.OBJECT),
        ("I'm such an idiot", "idiot", TargetKind.SELF),
    ],
)
def test_things_and_oneself(
    lexicon: Lexicon, targeter: Targeter, text: str, word: str, target: TargetKind
) -> None:
    assert aim(lexicon, targeter, text, word) == (target, "")
