"""Shapes of the italian32 round (targeting_italian32, italian32_words and its lexicon
lines), at default settings: trans people denied their gender, a trans woman called a
man ("le donne trans sono uomini", "un trans resta un uomo"), a trans man a woman, the
own gender denied ("le trans non saranno mai donne"); with the look-alikes that stay
clean: the frames affirming, no gender named, self-talk, both genders named, the claim
reported, rejected or quoted. English the same ("trans women are men")."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a trans woman called a man
    "le donne trans sono uomini",
    "un trans è un uomo",
    "una trans resta sempre un maschio",
    "le trans rimangono uomini",
    "i transessuali sono uomini",
    "le donne trans sono e resteranno uomini",
    "le trans sono solo uomini travestiti",
    "secondo me le trans sono uomini",
    # the own gender denied
    "le donne trans non sono donne",
    "una trans non sarà mai una donna",
    "le transessuali non sono donne",
    "una trans non potrà mai essere una donna",
    # a trans man called a woman or denied manhood
    "gli uomini trans sono donne",
    "un uomo trans resta una femmina",
    "un uomo trans non è un uomo",
    # English, the same shape
    "trans women are men",
    "a trans woman is still a man",
    "trans women will never be women",
    "trans men aren't men",
    "trans women are biological men",
)

CLEAN = (
    # the frames affirming
    "le donne trans sono donne",
    "gli uomini trans sono uomini",
    "le donne trans non sono uomini",
    "un uomo trans non è una donna",
    "una trans è una donna",
    "i trans non sono uomini",
    # no gender, or people of no gender named
    "le persone trans sono persone",
    "i trans sono stanchi",
    "le persone trans non sono uomini o donne per forza",
    # both genders named, "e" as "and", a trans person of each
    "i trans sono uomini e donne come noi",
    "donne, trans e uomini",
    "una donna trans e un uomo trans",
    # self-talk, none of the group
    "sono trans e sono un uomo",
    "sono una donna trans e sono una donna",
    "nessuna donna trans è un uomo",
    # reported, rejected, judged, quoted
    "dire che le donne trans sono uomini è transfobia",
    "chi dice che le trans sono uomini è ignorante",
    "non è vero che un trans resta un uomo",
    "le trans sono uomini è una frase transfobica",
    '"le trans non sono donne" è odio',
    "mio zio pensa che le trans sono uomini",
    # other subjects
    "mio padre è un uomo",
    "i miei fratelli sono uomini",
    # English: affirming, "and", reported, the writer's own
    "trans women are women",
    "trans men are real men",
    "trans women aren't men",
    "trans women and men are welcome",
    "trans women deserve respect",
    "saying trans women are men is transphobic",
    "people who say trans women are men are bigots",
    "i'm a trans woman and i'm a woman",
    "no trans woman is a man",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian32_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian32_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
