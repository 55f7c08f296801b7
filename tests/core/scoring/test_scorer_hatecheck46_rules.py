"""Shapes of the hatecheck46 round (hatecheck46_words and the spellings it names), at default
settings: a group's name or a slur written obfuscated inside a hateful statement is read
as spelled plainly (dotted letters, a starred name two spellings fit, "!" and "|" for
"i" and "l", "9" and "6" for "g" in a slur, with the older tables' swaps, drops, leet
and spaces), and the same spellings in neutral or kind statements, counter-speech and
words that only look like a name stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.hate_spelling import starred_group_name
from bot.core.scoring.hatecheck46_words import marked_group_names
from bot.core.scoring.scorer import Scorer
from bot.core.scoring.targeting_marks import outside_words
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # dotted letters, the dots no stops
    "m.u.s.l.i.m.s are vermin",
    "the j.e.w.s are parasites",
    "all r.e.f.u.g.e.e.s should be deported",
    "M.E.X.I.C.A.N.S are criminals",
    "h. i. n. d. u. s are filthy",
    "j.e.w.s. are scum",
    "m.u.s.l.i.m.s. are disgusting.",
    "i hate w.o.m.e.n",
    "g.4.y.s are disgusting",
    "m.u.s.1.i.m.s should be deported",
    # a starred name two spellings fit
    "wom*n are nothing but trash",
    "m*sl*ms are a plague",
    # marks for letters
    "musl!ms are terrorists",
    "kill all chr!stians",
    "h!ndu5 are filthy",
    "mus|ims are rats",
    "|esbians are disgusting",
    "b|acks are animals",
    # a slur's "g" written "9" or "6"
    "ni99ers should die",
    "kill all fa66ots",
    # the older tables' readings, kept
    "I hate mus1ims",
    "mulsims are a cancer",
    "all immigrnts should be deported",
    "i hatemuslims",
    "m u s l i m s are disgusting",
)

CLEAN = (
    # the same spellings, said kindly, neutrally or against hate
    "m.u.s.l.i.m.s celebrate eid",
    "j.e.w.s. light candles for hanukkah",
    "wom*n are amazing",
    "m*sl*ms are welcome here",
    "musl!ms are my friends",
    "mus|ims are fasting this month",
    "saying g.a.y.s are disgusting is wrong",
    "nobody thinks w0men are stupid",
    "are 1mmigrants welcome here?",
    "m.u.s.l.i.m.s are not terrorists",
    # words that only look like a name, dotted abbreviations, other marks
    "my mom is the best",
    "this muslin fabric is so soft",
    "hinds and stags in the park",
    "u.s.a. won the gold",
    "i.m.o. the movie was great",
    "wow!that was close",
    "a|b testing is fun",
    "i got 99 problems",
    # friendly swearing
    "f.u.c.k yeah we won",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck46_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck46_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_hatecheck46_dotted_name_is_the_group(scorer: Scorer) -> None:
    assert scorer.score("m.u.s.l.i.m.s are vermin").target is TargetKind.GROUP


@pytest.mark.parametrize(
    ("text", "marks", "spans", "kept"),
    [
        ("j.e.w.s are", [1, 3, 5], [(0, 7), (8, 11)], []),
        ("j.e.w.s. are", [1, 3, 5, 7], [(0, 7), (9, 12)], []),
        ("jews. they", [4], [(0, 4), (6, 10)], [4]),
        ("hi. j.e.w.s", [2, 5, 7, 9], [(0, 2), (4, 11)], [2]),
    ],
)  # fmt: skip
def test_outside_words(
    text: str, marks: list[int], spans: list[tuple[int, int]], kept: list[int]
) -> None:
    """Marks inside a rejoined word, or closing a dotted one, are dropped."""
    assert outside_words(text, marks, spans) == kept


@pytest.mark.parametrize(
    ("text", "read"),
    [("musl!ms are bad", "muslims are bad"), ("mus|ims", "muslims"), ("h|ndus", "hindus"),
     ("H!ndu5 ok", "Hindu5 ok"), ("wow!that", None), ("a|b", None), ("jews!!", None)],
)  # fmt: skip
def test_marked_group_names(text: str, read: str | None) -> None:
    names = frozenset({"muslims", "hindus", "jews"})
    assert marked_group_names(text, names) == read


def test_starred_name_two_spellings_fit() -> None:
    names = frozenset({"woman", "women", "muslims", "moslems"})
    assert starred_group_name("wom*n", names) == "woman"
    assert starred_group_name("m*sl*ms", names) == "moslems"
