"""Shapes of the italian65 round (targeting_italian65, italian65_words, it/cues.txt), at
default settings: Italian groups the group lexicon did not know (nationalities, religions,
disabilities, ages and bodies) read by the older shapes ("gli eritrei sono animali", "odio
i cattolici", "gli atei sono tutti uguali"), the everyday words "anziani", "vecchi",
"ciechi", "sordi" only between an article and a verb or the end ("gli anziani sono
inutili", "odio i vecchi"); neutral and positive mentions, the everyday senses ("vecchi
amici", "i vecchi telefoni", "vicoli ciechi"), counter-speech and reports stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the plain groups, in the older shapes
    "gli eritrei sono animali",
    "i siriani sono feccia",
    "i libici sono tutti delinquenti",
    "odio i filippini",
    "i polacchi sono bestie",
    "gli iracheni dovrebbero essere cacciati",
    "i cattolici sono parassiti",
    "gli atei sono tutti uguali",
    "i mormoni sono dei fanatici",
    "gli evangelici fanno schifo",
    "gli autistici sono animali",
    "gli obesi sono dei maiali",
    "perché i turchi sono così sporchi?",
    # the everyday groups between an article and a verb or the end
    "gli anziani sono dei parassiti",
    "i vecchi devono morire",
    "odio gli anziani",
    "i ciechi sono inutili",
    "questi sordi fanno schifo",
    "i vecchi sono feccia",
)

CLEAN = (
    # neutral and positive mentions
    "i siriani fuggono dalla guerra",
    "gli anziani vanno protetti",
    "i cattolici festeggiano la pasqua",
    "gli eritrei hanno vinto la maratona",
    "gli atei hanno gli stessi diritti di tutti",
    "i ciechi leggono con le dita",
    # the everyday senses
    "siamo vecchi amici",
    "è cieco di rabbia",
    "fa orecchie da mercante, è sordo",
    "un vecchio telefono che fa schifo",
    "i vecchi telefoni facevano schifo",
    "odio i vecchi film",
    "i miei vecchi sono stanchi morti",
    "questi vicoli ciechi fanno schifo",
    "i soci anziani sono inutili alla riunione",
    # negations, counter-speech and reports
    "dire che gli eritrei sono animali è razzismo",
    "non è vero che i cattolici sono parassiti",
    "ha scritto che gli anziani sono parassiti ed è stato bannato",
    "gli atei non sono feccia",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian65_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_italian65_aims_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("gli eritrei sono animali").target is TargetKind.GROUP
    assert scorer.score("odio gli anziani").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_italian65_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
