"""Shapes of the italian73 round (targeting_italian73, italian73_words and the round's
Italian lexicon lines), at default settings: a negated verb of bearing or a fed-up phrase
in the first person plural with a named group after it, or before its clitic, is aimed at
the group ("non sopportiamo i cinesi", "gli ebrei non li tolleriamo"); a negated
first-plural opinion verb before "che" denies the claim ("non crediamo che i neri siano
inferiori"); a name-call asked after ("chi te l'ha detto che sei una sfigata?") or said
and denied ("lui è un idiota, dice mia sorella, ma non è vero") is another's words.
Things, counter-speech and reports stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # first-plural intolerance or weariness of a group after it
    "noi non tolleriamo gli albanesi",
    "davvero non sopportiamo i marocchini",
    "siamo stufi di tutti sti rumeni",
    "siamo stanche degli arabi",
    "noi non ne possiamo più degli africani",
    # the group before its clitic, or after it
    "gli ebrei non li tolleriamo proprio",
    "le lesbiche non le sopportiamo",
    "non li tolleriamo i musulmani",
    # the reader, in the first person plural
    "non ti sopportiamo più",
    "non vi sopportiamo",
    # asserted, not denied
    "pensiamo che gli ebrei siano inferiori",
    "ti ho detto che sei un idiota",
    "lui è un idiota, dice mia sorella",
    "siamo stufi di vedere zingari dappertutto",
)

CLEAN = (
    # things
    "noi non tolleriamo i ritardi",
    "siamo stufe di questo caldo",
    "non ne possiamo più di sti lag",
    "non le sopportiamo ste patch",
    # hatred of the group as what is not borne
    "non tolleriamo la violenza contro le donne",
    "siamo stanchi di chi insulta gli ebrei",
    "i commenti contro i musulmani? non li sopportiamo",
    "siamo stufi di vedere i rom derisi",
    # reports and denials
    "dicono che non tolleriamo gli arabi, ma è falso",
    "non crediamo che i neri siano inferiori",
    "non diremo mai che i musulmani sono terroristi",
    "non pensiamo affatto che gli albanesi siano ladri",
    # another's words about the reader, asked after or denied
    "ma chi te l'ha detto che sei una sfigata?",
    "chi vi ha scritto che siete dei perdenti?",
    "lui è un idiota, dice mia sorella, ma non è vero",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian73_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_italian73_aims(scorer: Scorer) -> None:
    assert scorer.score("noi non tolleriamo gli albanesi").target is TargetKind.GROUP
    assert scorer.score("gli ebrei non li tolleriamo proprio").target is TargetKind.GROUP
    assert scorer.score("non vi sopportiamo").target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_italian73_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
