"""Shapes of the insults25 round (targeting_insults25, insults25_words), at default
settings: a bare list of name-calls reported as names someone heard, was called or hands
out ("moron, idiot, freak, i have heard them all", "loser, freak, weirdo, that is what they
called me in school"), or mentioned after a listing opener ("cyber-bully is it now, as
well as moron, idiot, freak..."), stays clean; the same list given to the reader or by the
writer to someone, or a list with no report, stays aimed."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # no report after the list: hurled at the reader
    "jerk, creep, loser, that is what you are",
    "liar, fraud, you are both",
    "moron, idiot, get out of my thread",
    "clown, fool, moron",
    # the reader in the clause before the report, or called right after the verb
    "creep, freak, you have been called worse",
    "liar, cheat, everybody calls you that",
    "idiot, moron, i said it to you and i meant it",
    "loser, dork, they all say you are one",
    # the names said about the reader later in the clause
    "loser, freak, that's what everyone says about people like you",
    "creep, weirdo, the names girls use for guys like you",
    # a name noun given to the reader
    "liar, fraud, crook, names for you",
    "moron, idiot, words that describe you",
    # the writer calling someone else
    "liar, cheat, fraud, i call him all three",
    "pig, slob, we called her that and she deserved it",
    # "you" in the list
    "you moron, you idiot, i heard you the first time",
    # a mentioned list in a sentence that names the reader
    "you are a liar, as well as cheat, fraud, crook...",
    "you have been everything, including moron, idiot and clown",
)

CLEAN = (
    # an opening list, reported
    "jerk, creep, loser, i heard all of those in school",
    "liar, fraud, crook, i have been called every one",
    "moron, idiot, heard them a thousand times",
    "clown, fool, moron, what my coach called me as a kid",
    "nerd, dork, loser, i got called that constantly",
    "liar, cheat, fraud, the names the tabloids used",
    "loser, creep, freak, my cousin got called that for years",
    "idiot, moron, i call myself that when i mess up",
    "weirdo, creep, call me whatever you like",
    "liar, hypocrite, bigot... i have been called all of it",
    "freak, weirdo, the old nicknames from camp",
    # mentioned after a listing opener, no reader in the sentence
    "troll is it now, as well as liar, hypocrite, bigot...",
    "he got called all kinds of names, such as moron, idiot, loser",
    "the thread had it all, including moron, idiot and clown",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_insults25_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_insults25_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
