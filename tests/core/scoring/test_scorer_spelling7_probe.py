"""The spelling7 probe (issue 8): base sentences of every target kind, English and
Italian, each with the spelled variants a functional hate suite uses, at default
settings (`Scorer()`); the lines are in spelling7_probe_lines.py. The goal: a variant
is flagged whenever its base is, and clean lines spelled the same way stay clean.

On main before the round, the studied part (64 hostile bases, 61 flagged, with 384
variants; 30 clean bases with 150 variants): 296 of the 366 variants of flagged bases
caught, no clean line flagged. After spelling7.py: 335 of 366, no clean line flagged.

The held-back part (14 hostile bases with 84 variants, 8 clean bases with 40 variants),
written last and counted only: before, 66 of 84 variants caught, 0 clean flagged;
after, 76 of 84, 0 clean flagged. Only floors are kept for it.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import spelling7_probe_lines as probe
from tests.core.scoring.probe_checks import assert_known_verdicts, flagged, missed

# The studied part's misses after the round, by shape: a letter dropped or two swapped in
# a word of four letters or fewer, or a consonant dropped ("idit", "losr", "fcuk",
# "satb", "czzo": too near other words to read); a word run into one outside the closed
# list ("ofmorons", "tuttiladri", "mavaffanculo") or a judging word only a named group
# makes hostile ("allterrorists"); and bases the rules miss however
# spelled ("my boss is a total asshole", "pudge is trash report him", "do everyone a
# favour and die").
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "I hope you de",
        "I will satb you",
        "I will stb you",
        "all gay people should de",
        "do everyone a favour and d i e",
        "do everyone a favour and d!3",
        "do everyone a favour and de",
        "do everyone a favour and die",
        "do everyone a favour and dieeee",
        "do everyone a favour and eid",
        "do everyone a favour anddie",
        "fcuk you",
        "gli zingari sono tutti ldri",
        "gli zingari sono tuttiladri",
        "he is such a morn",
        "he is such amoron",
        "mavaffanculo",
        "muslims are allterrorists",
        "my boss is a totalasshole",
        "our team is full ofmorons",
        "pudge is tr*sh report him",
        "pudge is tr@5h report him",
        "pudge is traaaash report him",
        "pudge is trash report him",
        "pudge is tràsh report him",
        "pudge is trаsh report him",
        "pudge is tr\u200bash report him",
        "quel tizio è un idita",
        "sei un froco",
        "spero che tu mouia",
        "spero che tu muoa",
        "stai zittostronzo",
        "testa di czazo",
        "testa di czzo",
        "this guy is an idit",
        "tua madre è unaputtana",
        "ur adumbass",
        "you all sck",
        "you all scuk",
        "you are an idit",
        "you should hnag yourself",
        "you should hng yourself",
        "you're such a losr",
        "you're such aloser",
    }
)  # fmt: skip
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

HELD_VARIANTS_FLOOR = 76  # of the 84 variants of held-back hostile bases
HELD_CLEAN_CEILING = 0  # of the 48 held-back clean lines (8 bases, 40 variants)


def _lines(cases: tuple[probe.Case, ...]) -> tuple[str, ...]:
    return tuple(line for base, variants in cases for line in (base, *variants))


def test_studied_part_known_verdicts(scorer: Scorer) -> None:
    assert_known_verdicts(
        scorer,
        _lines(probe.STUDIED_HOSTILE),
        _lines(probe.STUDIED_CLEAN),
        KNOWN_MISSES,
        KNOWN_FALSE_FLAGS,
    )


def test_held_back_part_floors(scorer: Scorer) -> None:
    variants = tuple(v for _, vs in probe.HELD_HOSTILE for v in vs)
    assert len(variants) - len(missed(scorer, variants)) >= HELD_VARIANTS_FLOOR
    assert len(flagged(scorer, _lines(probe.HELD_CLEAN))) <= HELD_CLEAN_CEILING


def test_probe_lines_are_distinct() -> None:
    lines = (
        _lines(probe.STUDIED_HOSTILE)
        + _lines(probe.STUDIED_CLEAN)
        + _lines(probe.HELD_HOSTILE)
        + _lines(probe.HELD_CLEAN)
    )
    assert len(set(lines)) == len(lines)
