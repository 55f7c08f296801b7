"""Shapes of the italian20 round (targeting_italian20, italian20_words, its lexicon lines
and its fixes at depth in italian17_words and italian18_words), at default settings: the
feminine plural nationalities ("le arabe", "le rumene"), a man pointed at by his
nationality ("quel nigeriano"), "quella"/"quel" heading a subject ("quella nigeriana
puzza"), dehumanising comparison and lessened or denied humanity in the singular ("un
nero è una scimmia", "un arabo è meno umano", "un ebreo non è umano"), the singular of the
plural threat lines ("un disabile andrebbe soppresso"), "uno schifo" and dogs ("sei uno
schifo", "i neri sono peggio dei cani"), "fa schifo" said of a member, a threat on a member
met ("se vedo un gay lo pesto"), and a jab at the reader asked then denied with praise;
with the look-alikes that stay clean (adjectives and things, a coffee and a restaurant,
an animal at the zoo, a friend met, a negated threat, a jab kept). Each rule's lines were
written after it and checked once against it."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # feminine plural nationalities
    "le arabe sono sporche",
    "le nigeriane sono tutte ladre",
    "le rumene rubano",
    "le tunisine sono meno umane di noi",
    # a man pointed at by his nationality
    "quel nigeriano è un ladro",
    "quell'arabo è un terrorista",
    "quello rumeno è uno scarafaggio",
    "quell'albanese puzza",
    # "quella"/"quel" heading the subject
    "quella nigeriana puzza",
    "quel gay puzza",
    "quella musulmana puzza di sudore",
    # dehumanising comparison, humanity lessened, in the singular
    "un nero è una scimmia",
    "una zingara è uno scarafaggio",
    "un ebreo è un ratto",
    "un arabo è meno umano",
    "una nera è meno umana di noi",
    # "fa schifo" said of a member
    "un ebreo fa schifo",
    "l'immigrato mi fa schifo",
    "quella lesbica fa schifo",
    # a threat on a member met
    "se vedo un gay lo pesto",
    "quando incontro una trans la picchio",
    "se becco qualche rom in giro lo ammazzo",
    "ogni volta che vedo un negro lo pesto",
    # humanity denied of one member, singular threats, "uno schifo", dogs
    "un ebreo non è umano",
    "una donna non è una persona",
    "un rom non è un essere umano, è una bestia",
    "un disabile andrebbe soppresso",
    "quel rom va pestato",
    "ogni zingara andrebbe sterilizzata",
    "le trans sono uno schifo",
    "sei uno schifo",
    "i neri sono peggio dei cani",
    "le donne sono delle cagne",
    # a jab that is not denied stays
    "sei scarso? no, non sei bravo",
    "fai schifo? sì",
    "sei un idiota? no, sei un cretino",
)

CLEAN = (
    # adjectives, things, languages
    "le cifre arabe sono facili",
    "le rumene che conosco sono gentili",
    "quel cinese è un ladro di prezzi",
    "quel marocchino era buonissimo",
    "quell'arabo è difficile da imparare",
    "quel nigeriano ha segnato un gol fantastico",
    # an animal, a thing
    "la scimmia dello zoo è carina",
    "questo telefono è un ratto",
    "il pesto alla genovese è il migliore",
    # "fa schifo" not said of a member
    "i gay hanno diritti. mi fa schifo chi li insulta",
    "quella maglia fa schifo",
    "il ristorante di un cinese fa schifo",
    "un ebreo mi fa schifo come lo trattano",
    "non è vero che un ebreo fa schifo",
    # no threat, no group, negated
    "se vedo un gay lo saluto",
    "se vedo un gay non lo tocco",
    "se vedo un amico lo abbraccio",
    "ogni volta che vedo un rom lo aiuto",
    # no group, a kind of person named, a denial reported
    "messi non è umano",
    "quel portiere non è umano",
    "un ebreo non è una persona cattiva",
    "non è vero che un nero non è umano",
    "quel cane andrebbe soppresso",
    "l'allenatore va cacciato subito",
    "nessun immigrato va cacciato",
    "questo gioco è uno schifo",
    "io sono uno schifo a giocare",
    "le mie cagne sono dolcissime",
    "non sei uno schifo, sei bravo",
    # a jab asked, then denied with praise or a jest
    "sei una schiappa? ma va, sei fortissimo",
    "sei un noob? no dai sei forte",
    "fai pena? macché, sei il migliore",
    "sei un idiota? scherzo!",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian20_shapes_are_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian20_lookalikes_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
