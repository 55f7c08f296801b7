"""Shapes of the hatecheck25 round (targeting_hatecheck25, hatecheck25_words, the
matcher's and the scorer's run-together readings, lexicon_typos' "gya", its
identity_attack.txt lines), at default settings: an English functional hate suite's
statements with their spaces deleted ("allwomenaretrash", "deathtoallmuslims",
"womenmakemesick", "idespise jews", "gay people make mesick"), "gay" with two letters
swapped ("gya"), and a group named in an earlier sentence sent away through "them" with
"gone"; with the look-alikes that stay clean: the same spellings in neutral or positive
statements, hashtags and long tokens that say no hostility, friendly run-together
typing, "them all gone" of things. English only: the Italian rounds read their own
run-together shapes ("odioledonne").
"""

from __future__ import annotations

import pytest

from bot.core.scoring.lexicon_compile import build_lexicon
from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # the statement one token, opening with a quantifier
    "allwomenaretrash", "allrefugeesarevermin", "everyjewisaliar",
    "alltranspeoplearedisgusting", "thesemuslimsarescum",
    # the statement one token, its hostility a phrase
    "deathtoalljews", "deathtoallimmigrants", "muslimsshouldallbeshot",
    "womenmakemesick", "immigrantsshouldbehanged",
    # two words of a phrase run together, the rest spaced
    "gay people make mesick", "refugees makeme sick", "jews should all beshot",
    "muslims belongin a zoo", "trans people are lesserbeings",
    "i would nevertrust immigrants",
    # a group or a people word run into its copula
    "black peopleare disgusting", "jewsare vermin",
    # a group run into the word of a phrase beside it
    "womenshould die", "jewsmake me sick", "i can't standjews",
    "gay peopleshould be hanged",
    # "i" run into a hate verb
    "idespise women", "idetest refugees", "iloathe jews",
    # "gay" with two letters swapped
    "I hate gya people", "gya people are disgusting", "kill all gya people",
    # a group named before, sent away through "them" with "gone"
    "So many immigrants around here. I want them all gone.",
    "refugees everywhere now. i want them gone",
)  # fmt: skip

CLEAN = (
    # the same spellings in neutral or positive statements
    "allwomenarewelcome", "muslimsarewelcome", "allgaypeopleshouldbefree",
    "#gaypeoplemakemehappy", "#blackwomenmakemeproud", "gya people are great",
    "everyrefugeedeservesahome", "black peopleare awesome", "womenshould be paid more",
    "blackwidow is the worst hero", "blackbird singing",
    # hashtags and long tokens that say no hostility
    "#blacklivesmatter", "#refugeeswelcome", "#deathtoracism", "#stopkillingblackpeople",
    "alllivesmatter", "#transpeopledeservebetter", "my username is blackpanther2009",
    # friendly run-together typing
    "this song makeme cry every time", "im sickof this weather", "idespise this map lol",
    "i wouldnever do that", "killall the mobs first", "this boss is acancer to fight",
    "shutup lol", "omg shutup no way",
    # "them all gone" of things, or with no earlier sentence naming a group
    "So many ants in the kitchen. I want them all gone.",
    "too many weeds in the garden, i want them all gone",
    "i want them gone",
    "how you gone marry a bitch that cheats in public?",  # "gone" a loose word, as before
    "the refugees found homes and now they are all gone from the camp",
)  # fmt: skip


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck25_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck25_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_gone_stays_unknown() -> None:
    """ "gone" anchors only "want them (all) gone", read with a group named before: no
    known word to the other rules, which read "how you gone ..." as before."""
    lexicon = build_lexicon(("en",))
    assert "gone" in lexicon.index_words
    assert "gone" not in lexicon.known_words
    assert "gone" not in lexicon.rule_words


def test_phrase_runs_are_read_apart() -> None:
    """Two words of a phrase said of people run together are split at their seam;
    short runs and words of any list are left whole."""
    lexicon = build_lexicon(("en",))
    assert lexicon.joined["makeme"] == len("make")
    assert lexicon.joined["idespise"] == 1
    assert "ina" not in lexicon.joined
    assert "shutup" not in lexicon.joined  # chat's own word: banter as often as an order
    assert "therapist" not in lexicon.joined
