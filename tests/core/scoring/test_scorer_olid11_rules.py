"""The olid11 round's rules (issue 8, fourteenth session: targeting_olid11.py) as their
specification: each shape with fresh lines (written after the rule, never tuned on) and
the clean near-misses beside it (a thing judged, a question, a denial, a report, a
quote, a joke mark, a word inside a sentence, a swear word alone). The rules read
English only; Italian lines check that nothing of theirs leaks into Italian chat."""

from __future__ import annotations

import pytest

from bot.core.scoring import olid11_words as w
from bot.core.scoring.lexicon import category_file
from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import Category, TargetKind

_READER = TargetKind.SECOND_PERSON
_THIRD = TargetKind.THIRD_PERSON
_MENTION = TargetKind.MENTION
_GROUP = TargetKind.GROUP

# fmt: off
HOSTILE: tuple[tuple[str, TargetKind], ...] = (
    # a judging word said of a name (or of a pronoun, too faintly before)
    ("@USER Schumer is so dishonest", _THIRD), ("@USER Clapper is a criminal", _THIRD),
    ("@USER Maxine is the absolute worst", _THIRD), ("@USER Avenatti is a joke", _THIRD),
    ("@USER Comey is the worst director ever", _THIRD), ("@USER he is the very worst", _THIRD),
    ("@USER Brennan is crooked and a liar", _THIRD), ("@USER Feinstein is unfit", _THIRD),
    # a name-call noun as a whole sentence after another, or taunted with "much?"
    ("@USER You voted for it last year. Hypocrite.", _MENTION),
    ("@USER Took the money and ran. Sellout!", _MENTION), ("@USER Liar much?", _MENTION),
    ("@USER He preaches love and spreads hate. Bigot.", _MENTION),
    ("@USER Says one thing, does another. #hypocrite", _MENTION),
    # a political group judged by a word the older rules read only of a person
    ("@USER democrats are so fake", _GROUP), ("@USER the liberals are a joke", _GROUP),
    ("@USER leftists are petty", _GROUP), ("@USER conservatives are just terrible", _GROUP),
    ("@USER republicans are so heartless", _GROUP),
    # the same words asked of a group or a name as a reproach
    ("@USER why are leftists so vicious?", _GROUP), ("@USER why is Kamala so dishonest?", _THIRD),
    ("@USER why are republicans so heartless?", _GROUP), ("@USER why are dems so fake", _GROUP),
)

CLEAN: tuple[str, ...] = (
    # a thing judged, a question, a denial, a report, a quote, a joke mark
    "@USER homework is a joke lol", "@USER the ending is the worst part",
    "@USER traffic is the worst", "@USER mondays are the worst", "@USER the system is corrupt",
    "@USER the file is corrupt", "@USER my worst fear is spiders", "@USER is Comey a criminal?",
    "@USER Comey is not a criminal", "@USER she said Beto is a joke",
    "@USER Beto is a joke lol jk", "@USER the food is terrible",
    # a name-call word inside a sentence, a film's title, a quote, a swear word alone
    "@USER the movie had a great hypocrite character", "@USER we watched it. Liars was good",
    '@USER "Liar." she said, laughing', "@USER Hypocrites in the film were funny",
    "@USER Shit.", "@USER holy crap. Damn.",
    # a plural thing, some of a group, a report, a description that goes on
    "@USER prices are terrible", "@USER some liberals are petty", "@USER he said liberals are fake",
    "@USER my kids are so petty lol", "@USER liberals are terrible at math",
    "@USER not all liberals are fake", "@USER why is the wifi so terrible?",
    "@USER why are my plants so awful this year", "@USER why is homework so terrible",
    "@USER why are liberals so fake about it",
    # Italian chat the English words must not reach
    "@USER Beto è un tipo simpatico", "@USER che partita, il peggio è passato",
)
# fmt: on

# A fresh line the rule missed when first written ("Senator Booker is a joke": olid7's
# walk takes a name only opening its clause) led to the title reading; fresh lines for it:
TITLED: tuple[str, ...] = (
    "@USER Senator Booker is a joke",
    "@USER Governor Brown is so corrupt",
    "@USER Judge Moore is a criminal",
    "@USER Mayor Garcetti is the worst",
    "@USER Speaker Ryan is a joke",
)
TITLED_CLEAN: tuple[str, ...] = (
    "@USER Senator Booker is not a joke",
    "@USER is Senator Booker a joke?",
    "@USER she said Senator Booker is a joke",
)


@pytest.mark.parametrize(("text", "target"), HOSTILE)
def test_hostile_shapes(scorer: Scorer, text: str, target: TargetKind) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is target, verdict.explanation


@pytest.mark.parametrize("text", CLEAN)
def test_clean_near_misses(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


def test_the_rule_and_the_lexicon_agree() -> None:
    """Every term the rules read is an English insult line (a typo in either would leave
    the rule reading nothing)."""
    terms = {entry.term for entry in category_file("en", Category.INSULT)[0]}
    missing = sorted((w.JUDGED | w.EXCLAIMED_NOUNS | w.GROUP_JUDGED) - terms)
    assert not missing, missing


@pytest.mark.parametrize("text", TITLED)
def test_a_title_before_the_name(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is _THIRD, verdict.explanation


@pytest.mark.parametrize("text", TITLED_CLEAN)
def test_a_title_before_the_name_denied_or_asked(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
