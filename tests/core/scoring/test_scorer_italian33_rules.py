"""Shapes of the italian33 round (targeting_italian33, italian33_words and its lexicon
lines), at default settings: an Italian group named, then attacked in a later clause or
sentence ("ho visto dei rom alla stazione, facevano schifo", "conosco delle donne che
meriterebbero solo botte"); a member named one, then insulted ("ho un collega gay ed è
un malato"); a group shut out by a verbless call opening its sentence ("niente più
stranieri nelle nostre scuole", "nessun rom nel nostro quartiere"); with the look-alikes
that stay clean (no group, another subject, a team, denied, asked, reported, quoted,
counter-speech, things shut out, everyday swearing)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # the group named, attacked in the next clause
    "Ho visto dei rom alla stazione, facevano schifo.",
    "Ho conosciuto due ebrei ieri e mi hanno fatto schifo.",
    "Al parco c'erano dei gay e mi facevano vomitare.",
    "Ho incontrato dei musulmani, mi hanno fatto ribrezzo.",
    "Conosco degli immigrati che meriterebbero solo botte.",
    "Ho conosciuto una famiglia rom e facevano schifo.",
    # ... or in the next sentence
    "Ho visto degli ebrei in centro. Mi hanno fatto schifo.",
    "Gli immigrati? Facevano schifo.",
    # a member named one, then insulted
    "Ho un collega gay ed è un malato.",
    "Mia cugina è lesbica e per me è una malata.",
    "Il mio vicino è musulmano ed è una bestia.",
    # a group shut out
    "Niente più stranieri nelle nostre scuole.",
    "Niente più musulmani in Italia!",
    "Nessun rom nel nostro quartiere.",
    "Nessun rom qui.",
    "Mai più immigrati in Italia.",
    "Mai più ebrei!",
    "Niente moschee in Italia.",
)

CLEAN = (
    # no group, or another subject
    "I piatti facevano schifo.",
    "I giocatori facevano schifo ieri.",
    "Gli immigrati mi hanno detto che i piatti facevano schifo.",
    "I ristoranti cinesi facevano schifo.",
    "Le donne hanno fatto schifo in finale.",
    "Abbiamo giocato contro i francesi e hanno fatto schifo.",
    "Ho un amico ed è un malato di calcio.",
    "Mio nonno è malato e mi fa pena.",
    "Il cane è nero ed è una bestia.",
    # denied, asked, quoted, reported, kind
    "I miei vicini rom non mi hanno mai fatto schifo.",
    "I musulmani hanno fatto schifo? No.",
    "Ho un collega gay ed è un amico fantastico.",
    "Chi scrive 'niente più rom' è un razzista.",
    "Niente più ebrei?",
    "Gli immigrati a casa loro? No, restano qui con noi.",
    # the call at a thing, the group told of, a claim after the place
    "Niente più odio contro i musulmani.",
    "Mai più fascismo in Italia.",
    "Mai più guerre nel nostro paese.",
    "Nessun immigrato dovrebbe morire in mare.",
    "Nessun immigrato.",
    "Nessun ebreo in Italia fu risparmiato.",
    "Nel 1938 niente più ebrei nelle scuole italiane.",
    "Nessun problema qui.",
    # everyday swearing, counter-speech
    "Cazzo che partita!",
    "Porca miseria, ho perso il treno.",
    "Dire che i rom rubano è razzismo.",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian33_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian33_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
