"""The wishes7 shapes (issue 8, targeting_wishes7.py and the "wishes7" lexicon lines):
hostility with no insult word. Fresh examples for each rule, English and Italian where
the shape exists, with the near-misses that must stay clean. Default settings.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.targeting_wishes7 import ADVICE_NOTE, DENIED_NOTE, NOT_SHUT_OUT_NOTE
from bot.core.scoring.verdict import Category

# Harm wished on the reader or on what is theirs.
WISH_HOSTILE = (
    "honestly hope u choke",
    "i really hope you get hit by a truck tomorrow",
    "hope ur house burns to the ground",
    "hope your house catches fire while you sleep",
    "i hope you lose everything you care about",
    "hope ya break your neck on the stairs",
    "hope your phone explodes in your hand",
    "hope ur family disowns you",
    "spero proprio che ti investano domani",
    "spero che ti venga un infarto mentre giochi",
    "spero che ti brucino la casa stanotte",
    "spero che tu soffra",
)
WISH_CLEAN = (
    "hope your house sale goes through",
    "i hope you get the part in the play",
    "hope the lag doesn't make me choke again",
    "i hope your phone gets fixed soon",
    "hope u feel better after the surgery",
    "spero che ti vada tutto bene domani",
    "spero che la casa ti piaccia",
    "ho paura che ti investano se attraversi lì",  # feared, not wished
    "non voglio che tu soffra",  # denied
)

# Orders to quit, mute, delete or vanish aimed at the reader.
ORDER_HOSTILE = (
    "delete your account loser",
    "mute yourself, nobody wants to hear it",
    "you should just quit",
    "you should quit honestly",
    "quit the server already",
    "just quit lol",
    "do us all a favor and leave",
    "disappear forever",
    "cancellati",
    "cancella il tuo account e basta",
)
ORDER_CLEAN = (
    "you should quit vaping, it's bad for you",  # a habit
    "mute yourself while you eat pls",  # a time: advice
    "you should leave now if you want to catch the bus",
    "just quit the launcher and reopen it",  # a thing to quit
    "uninstall and reinstall the drivers",  # a fresh start
    "dont delete your account!!",  # denied
    "don't quit, you're getting better",
    "i should quit this game lol",  # the writer
    "you should leave early to avoid the queue",
    "disinstalla e reinstalla il gioco",
)

# The reader shut out by a sentence that opens with "nobody" / "nessuno".
SHUT_OUT_HOSTILE = (
    "nobody on this server likes you",
    "no one in the guild wants you here",
    "nobody in this chat would miss you",
    "nobody here even cares about you",
    "nessuno in questo server ti vuole",
    "nessuno qui ti sopporta",
)
SHUT_OUT_CLEAN = (
    "she likes you, just ask her out",
    "everyone here likes you",
    "we will miss you so much",
    "nobody likes tuesdays",  # not the reader
    "lei ti vuole bene",
    "tua madre ti vuole a cena",
    "he told me nobody likes you and i cried",  # reported
)


@pytest.mark.parametrize("text", WISH_HOSTILE + ORDER_HOSTILE + SHUT_OUT_HOSTILE)
def test_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", WISH_CLEAN + ORDER_CLEAN + SHUT_OUT_CLEAN)
def test_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("mute yourself when you eat", ADVICE_NOTE),
        ("you should quit smoking", ADVICE_NOTE),
        ("dont delete your account", DENIED_NOTE),
        ("she likes you", NOT_SHUT_OUT_NOTE),
    ],
)
def test_explained(scorer: Scorer, text: str, note: str) -> None:
    """The verdict says which rule kept the line clean."""
    assert note in scorer.score(text).explanation


def test_wish_is_a_threat(scorer: Scorer) -> None:
    assert Category.THREAT in scorer.score("hope you choke").categories


def test_shut_out_is_exclusion(scorer: Scorer) -> None:
    assert Category.EXCLUSION in scorer.score("nobody in this fandom likes you").categories
