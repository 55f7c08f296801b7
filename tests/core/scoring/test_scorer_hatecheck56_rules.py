"""Shapes of the hatecheck56 round (hatecheck56_words, read by matching.Matcher and the
lexicon's typo table), at default settings: a group's name or a slur with letters typed
twice anywhere in it ("muuslliims", "woomeeen"), written by its sound ("mozlems",
"joos", "wimmin", "blakks") or, when long, with its double letter written once and a
vowel dropped ("imigrnts"), inside a plain hateful statement, is read as spelled plainly;
the same spellings said kindly or reported, and everyday words near them, stay clean."""

from __future__ import annotations

import time

import pytest

from bot.core.scoring.hatecheck56_words import (
    Anchors,
    anchored_slurs,
    collapsed,
    group_slurs,
    sound_spellings,
    stretched_keys,
    stretched_name,
    stretched_names,
)
from bot.core.scoring.lexicon import Entry
from bot.core.scoring.lexicon_shared import shared_lexicon
from bot.core.scoring.scorer import Scorer
from bot.core.scoring.scorer_config import ScorerConfig
from bot.core.scoring.verdict import Category, TargetKind

HOSTILE = (
    # letters typed twice, as many as the writer likes
    "i hate muusslims",
    "muussliims are a disease",
    "jeewwss should be gassed",
    "woommeen are worthless",
    "immiggrannts should all go back",
    "i hate reffuugees",
    "traanniess are freaks",
    "gaayys should burn",
    "niiggerrs are animals",
    "faaggotts should die",
    "kiikkes are rats",
    # written by sound
    "mozlems are a plague",
    "muzlim scum should be deported",
    "joos are parasites",
    "jooz run the banks",
    "wimmin are too stupid to vote",
    "blakks are all criminals",
    "homozexuals are disgusting",
    "izlamists should all die",
    # a long name's double written once and a vowel dropped
    "imigrnts are vermin",
    "deport every imigrnt",
)

CLEAN = (
    # the same spellings said kindly, neutrally or reported
    "muusslims are celebrating eid",
    "i love my woommeen friends",
    "mozlems are welcome here",
    "joos are my neighbours",
    "calling them mozlems is racist",
    "saying imigrnts are vermin is vile",
    "wimmin's studies starts monday",
    # everyday words near these spellings, stretched too
    "the goose is loose again",
    "i hate mossquitoes",
    "the mussels are disgusting",
    "i hate these jokes so much",
    "the blacksmith is busy",
    "don't gaze at the sun",
    "my moms are the best",
    "immigration law is hard",
    "i'm sooo doone with this level",
    "the bllack cat is cute",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck56_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck56_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def _slur(word: str) -> tuple[str, Entry]:
    entry = Entry(word, (word,), Category.IDENTITY_ATTACK, 0.9, TargetKind.GROUP)
    return word, entry


def test_stretched_name() -> None:
    blame = Entry("blame", ("blame",), Category.IDENTITY_ATTACK, 0.7, None, person_only=True)
    forms = stretched_names({"muslims", "jews", "donne"}, [_slur("kikes"), ("blame", blame)])
    keys = stretched_keys(forms)
    assert collapsed("immigrants") == "imigrants"
    assert stretched_name("muuslliims", forms, keys) == "muslims"
    assert stretched_name("jeeewwss", forms, keys) == "jews"
    assert stretched_name("kiikkes", forms, keys) == "kikes"
    assert stretched_name("muslims", forms, keys) is None  # no letter typed twice
    assert stretched_name("bllame", forms, keys) is None  # not a group-aimed slur
    assert stretched_name("doone", forms, keys) is None  # "donne" -> "done": too short
    assert stretched_name("jeww", forms, keys) is None  # no such name ("jew" not given)


def test_sound_spellings() -> None:
    found = sound_spellings({"moslems", "jews", "blacks", "immigrants", "women"}, {"blaks"})
    assert found["mozlems"] == found["mozlemz"] == "moslems"
    assert found["joos"] == "jews"
    assert found["blakks"] == "blacks"
    assert "blaks" not in found  # taken: an older list's word
    assert found["imigrnts"] == "immigrants"
    assert found["wimmin"] == "women"
    assert "mozlems" not in sound_spellings({"moslems"}, {"mozlems"})


def test_floods_give_a_verdict(scorer: Scorer) -> None:
    start = time.perf_counter()
    for text in ("mm" * 2000, "muuslliims " * 400, "aabb" * 1000, "i hate " + "jeewws " * 500):
        assert isinstance(scorer.score(text).hostile, bool)
    assert time.perf_counter() - start < 5.0


def _scanned(anchors: Anchors) -> frozenset[str]:
    return group_slurs((word, entry) for word, found in anchors.items() for _, entry in found)


@pytest.mark.parametrize(
    ("custom", "allowed"),
    [
        ({}, ()),
        ({}, ("faggots",)),
        ({"zorgs": Category.IDENTITY_ATTACK}, ()),
        ({"faggots": Category.PROFANITY, "zorgs": Category.IDENTITY_ATTACK}, ("kikes",)),
        ({"banana": Category.INSULT}, ("idiot",)),
    ],
)
def test_anchored_slurs_match_a_full_scan(
    custom: dict[str, Category], allowed: tuple[str, ...]
) -> None:
    """The shared map's slurs found once and adjusted by a server's layer are the slurs a
    scan of that server's whole anchor map finds."""
    shared = shared_lexicon(ScorerConfig().languages)
    anchors = shared.layer(custom, allowed).anchors
    assert "faggots" in _scanned(shared.lexicon.anchors)
    assert anchored_slurs(anchors) == _scanned(anchors)
    assert anchored_slurs(anchors) == anchored_slurs(anchors)  # the cached copy agrees
