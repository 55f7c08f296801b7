"""Shapes of the italian44 round (targeting_italian44, italian44_words), at default
settings: a named group as a topic of its own, then after a question mark, a comma or a
colon a bare call for its harm ("gli ebrei? da eliminare") or a promised retribution ("i
rom? la pagheranno") is a threat at the group; no named group, a group governed by
another noun, another object or doer after, the laughter idiom, the fragment asked back,
quoted or reported, and kind fragments stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a call for harm after the topic
    "gli ebrei? da eliminare",
    "i disabili? da sopprimere",
    "gli zingari? da bruciare",
    "le donne? da picchiare",
    "i gay? da ammazzare",
    "i musulmani? da eliminare uno per uno",
    "gli immigrati? tutti da eliminare",
    "i rom, da sopprimere",
    "gli ebrei: da bruciare",
    "e i musulmani? da cacciare a calci",
    "ebrei? da eliminare",
    "i musulmani? da cacciare dal paese",
    "gli africani? da affogare in mare",
    # a retribution after the topic
    "i rom? la pagheranno",
    "i musulmani? prima o poi la pagheranno",
    "gli ebrei? la pagheranno cara",
    "i neri? ce la pagheranno",
    "gli immigrati? avranno quello che si meritano",
    "i neri? la pagheranno eccome",
)

CLEAN = (
    # no named group
    "i bug? da eliminare",
    "i noob? da eliminare",
    "i camper? da sopprimere",
    "gli evasori? la pagheranno",
    "i fascisti? la pagheranno",
    "i terroristi? da eliminare",
    # the group governed by another noun, another object or doer after
    "i commenti contro gli ebrei? da eliminare",
    "i disabili? da eliminare le barriere architettoniche",
    "gli immigrati? da eliminare i pregiudizi contro di loro",
    "i rom? la pagheranno i politici che li sfruttano",
    "le donne? la pagheranno sempre loro, purtroppo",
    # the laughter idiom
    "i gay? da ammazzare dalle risate, troppo simpatici",
    # asked back, quoted, reported
    "i musulmani? da eliminare? ma come ti permetti",
    '"gli ebrei? da eliminare" è una frase ignobile',
    "chi scrive 'i rom? la pagheranno' è un razzista",
    "gli ebrei? da eliminare, dicevano i nazisti. che orrore",
    # kind fragments
    "gli ebrei? da rispettare",
    "i disabili? da aiutare",
    "i miei vicini ebrei? da invitare a cena",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian44_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.GROUP, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian44_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
