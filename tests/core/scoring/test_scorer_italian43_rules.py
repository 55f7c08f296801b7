"""Shapes of the italian43 round (targeting_italian43, italian43_words, the italian43
lines of threat.txt and identity_attack.txt), at default settings: an identity group
called fit for removal or harm with "da" ("gli ebrei sono da eliminare"), shut out of
belonging or worth with "mai" ("un nero non sarà mai un vero italiano") and a veiled
threat to the readers ("sappiamo dove abitate", "prima o poi vi troviamo") are hostile;
things to remove, one player, time, plans and presents, counter-speech, denied, asked,
reported and quoted lines stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # "da" and a verb of removal or harm: this round's lines and the older verbs
    "gli ebrei sono da eliminare",
    "questi immigrati sono da rimpatriare tutti",
    "i rom sono tutti da rinchiudere",
    "le femministe sono da zittire",
    "i trans sono da internare",
    "le donne sono da prendere a schiaffi",
    "i gay sono da curare",
    "secondo me gli stranieri sono da buttare fuori",
    "sono da eliminare tutti questi zingari",
    # shut out of belonging or worth with "mai"
    "un nero non sarà mai un vero italiano",
    "una donna non sarà mai all'altezza",
    "un musulmano non potrà mai essere italiano",
    "i neri non diventeranno mai italiani",
    "uno straniero non sarà mai dei nostri",
    "una donna non sarà mai un buon capo",
    # a veiled threat to the readers
    "sappiamo dove abitate",
    "so dove vivete, musulmani",
    "vi veniamo a prendere",
    "vi veniamo a prendere uno per uno",
    "prima o poi vi troviamo",
    "vi troveremo tutti",
    "ti troveremo, ovunque tu sia",
    "sappiamo chi siete e dove abitate",
)

CLEAN = (
    # no group, no harm, denied, asked, reported, quoted
    "i rifiuti sono da eliminare",
    "gli errori sono da correggere",
    "i vecchi file sono da cancellare",
    "i muri sono da abbattere",
    "i profughi sono da accogliere",
    "i pregiudizi contro gli immigrati sono da estirpare",
    "chi dice che gli ebrei sono da eliminare è un criminale",
    "non è vero che i rom sono da rinchiudere",
    "gli immigrati sono da rimpatriare?",
    "gli immigrati sono da rimpatriare, dicono i leghisti",
    '"gli ebrei sono da eliminare" è una frase orribile',
    # one player, time, a thing, no belonging
    "non sarà mai un vero campione se non si allena",
    "non sarà mai troppo tardi",
    "che sarà mai",
    "questa squadra non sarà mai all'altezza",
    "una donna non sarà mai sola se ha buoni amici",
    "un immigrato non sarà mai dimenticato",
    "mio figlio non sarà mai un vero ingegnere",
    "chi pensa che un nero non sarà mai italiano è razzista",
    # plans, presents, pick-ups, meetings, denied, asked
    "sappiamo dove abitate, vi mandiamo gli inviti",
    "vi veniamo a prendere alle otto",
    "vi veniamo a prendere alla stazione",
    "prima o poi vi troviamo un lavoro",
    "vi troviamo al solito bar",
    "tranquilli, vi troviamo",
    "non sappiamo dove abitate, mandateci l'indirizzo",
    "sappiamo dove vivete? no, mandateci la via",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian43_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_italian43_fit_for_is_at_a_group(scorer: Scorer) -> None:
    assert scorer.score("i trans sono da internare").target is TargetKind.GROUP


def test_italian43_veiled_threat_is_at_the_readers(scorer: Scorer) -> None:
    assert scorer.score("sappiamo dove abitate").target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_italian43_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
