"""Shapes of the italian15 round (targeting_italian15, italian15_words and its lexicon
lines), at default settings: an order of harm with a clitic for a group named just
before it ("gli immigrati? cacciateli"), a deed said of a group with no insult word ("gli
immigrati rubano", "l'immigrato ruba"), a claim said of a group ("i gay sono un errore"),
an order in the singular with a group right after it ("uccidi tutti i gay"), the singular
nouns "islamico" and "clandestino" as groups, and "meglio morto che islamico"; with the
look-alikes that stay clean (game and chore orders, one person's deeds, denied claims,
languages). Past the round's own probe lines, each rule's lines were written after it
and checked once against it."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a clitic order of harm for a group named before it
    "gli immigrati? cacciateli",
    "i rom? bruciateli",
    "le lesbiche? impiccatele",
    "gli islamici, deportateli",
    "i trans? eliminateli tutti",
    "i neri? affogateli in mare",
    "le femministe? picchiatele",
    "bruciateli tutti, questi zingari",
    "gli immigrati? rimandateli a casa",
    "i disabili? sopprimeteli",
    "i rom? rimandiamoli a casa",
    # a deed said of a group
    "gli immigrati rubano",
    "l'immigrato ruba",
    "l'immigrato stupra",
    "i nigeriani spacciano tutti",
    "i musulmani ammazzano i cristiani",
    "il clandestino spaccia",
    "gli albanesi rubano",
    "il clandestino ruba sempre",
    "gli stranieri spacciano ovunque",
    "i musulmani violentano le nostre ragazze",
    "le donne devono obbedire agli uomini",
    "la donna deve obbedire",
    "gli immigrati? rubano tutti",
    "odio gli zingari, rubano sempre",
    "i clandestini? spacciano e basta",
    "ho visto dei nigeriani in stazione. spacciano tutti",
    "conosco gli albanesi, rubano ovunque",
    "gli islamici? ammazzano i cristiani",
    # a claim said of a group as its subject
    "i gay sono un errore",
    "le donne dovrebbero essere schiave",
    "un ebreo morto è un buon ebreo",
    "perché i disabili non se ne stanno a casa?",
    "gli omosessuali sono uno sbaglio",
    "gli immigrati dovrebbero essere schiavi",
    "un musulmano morto è un buon musulmano",
    "perché gli stranieri non restano a casa loro?",
    "le persone trans sono un errore",
    "i trans dovrebbero vergognarsi",
    "i neri dovrebbero tornare in africa",
    "gli ebrei meritano l'olocausto",
    "le donne hanno il cervello piccolo",
    "gli ebrei hanno ucciso gesù",
    "gli immigrati portano solo crimine",
    "le lesbiche dovrebbero vergognarsi",
    "gli africani dovrebbero tornare in africa",
    "i musulmani meritano il gas",
    "gli stranieri portano solo degrado",
    "i rom portano criminalità",
    "gli zingari sono la razza peggiore",
    "i cinesi sono la razza peggiore",
    # an order in the singular with a group right after it
    "uccidi tutti i gay",
    "stermina i rom",
    "fucila tutti i negri",
    "massacra gli islamici",
    "annega tutti i clandestini",
    "gasa gli ebrei",
    "impicca tutti i froci",
    # the singular nouns as groups
    "l'islamico è un terrorista",
    "ogni islamico è un pericolo",
    "il clandestino è un delinquente",
    "nessun islamico è pacifico",
    "nessun clandestino è onesto",
    "perché gli islamici sono così violenti?",
    # a generalisation denied, then taken back; death still wished
    "not all women are stupid, most are",
    "non tutti i musulmani sono terroristi ma tutti i terroristi sono musulmani",
    "non tutte le donne sono stupide, ma quasi",
    "non tutti i neri sono scimmie, ma molti sì",
    "not all jews are greedy, but most are",
    "non tutti gli ebrei devono morire",
    # disgust said of the group itself
    "che schifo i neri",
    "i neri, che schifo",
    "che schifo gli ebrei e le loro banche",
    "che schifo, i rom sono tutti ladri",
    "disgusting muslims everywhere",
    "provo un odio enorme per i rom",
    "provo odio per i rom",
    # "sn" for "sono" (lexicon_italian5's chat spellings)
    "i gay sn malati",
    "gli zingari sn tutti ladri",
    "i musulmani sn terroristi",
    "gli ebrei sn avidi",
    "i rom sn tutti ladri",
    "i trans sn malati di mente",
    # better dead than one of the group
    "meglio morto che islamico",
    "meglio un figlio morto che musulmano",
    "preferirei un figlio morto che disabile",
    "meglio morto che zingaro",
)

CLEAN = (
    # clitic orders with no group named
    "gli zombie? ammazzateli tutti",
    "bruciateli con la magia di fuoco",
    "cacciateli dalla nostra base",
    "i bug? eliminateli subito",
    "le zanzare? uccidetele",
    "i vecchi file, eliminateli",
    "i commenti contro gli ebrei? cancellateli",
    'chi dice "gli immigrati? cacciateli" è un razzista',
    "i gatti randagi? sopprimeteli",
    "i vecchi processi, sopprimeteli",
    "i ragazzi? rimandateli a casa, è tardi",
    # one person's deeds, denied claims, other subjects
    "l'immigrato ruba la scena nel film",
    "il gatto ruba il cibo",
    "mio fratello ruba sempre le patatine",
    "il gatto ruba il prosciutto",
    "non è vero che gli stranieri spacciano",
    "gli immigrati non delinquono più degli italiani",
    "la squadra ruba palla e segna",
    "non è vero che gli immigrati rubano",
    "chi dice che gli immigrati rubano è razzista",
    "ammazza che gol",
    "mi ruba sempre il posto",
    "i giocatori? rubano tutti",
    "ho aiutato gli immigrati. rubano la scena",
    "i ladri? rubano tutti",
    "il mio gatto? ruba sempre",
    "parlavo dei rom con lei, ruba la scena a tutti",
    "i corvi? rubano il cibo ai cani",
    "gli immigrati? no, non rubano",
    # claims with no group, or denied
    "i voti sono un errore",
    "un nemico morto è un buon nemico",
    "le donne non dovrebbero essere schiave",
    "dire che i gay sono un errore è vergognoso",
    "quei ragazzi non se ne stanno a casa",
    "queste regole sono un errore",
    "un virus morto è un buon virus",
    "i miei figli non se ne stanno a casa mai",
    "non è vero che le donne dovrebbero essere schiave",
    "quelle scelte sono uno sbaglio",
    "i politici dovrebbero vergognarsi",
    "i gay non dovrebbero vergognarsi",
    "i romani hanno ucciso gesù",
    "i turisti portano degrado",
    "gli immigrati vogliono tornare al loro paese",
    "i calciatori dovrebbero vergognarsi",
    "i migranti sognano di tornare al loro paese un giorno",
    "i soldati romani hanno ucciso gesù",
    "non è vero che gli immigrati portano degrado",
    "le piogge portano degrado alle strade",
    "i pitbull sono la razza peggiore",
    "le zanzare sono la razza peggiore di insetti",
    "non è vero che i neri sono la razza peggiore",
    # a generalisation denied, English and Italian
    "non tutti i musulmani sono terroristi",
    "not all muslims are terrorists",
    "non tutte le donne sono stupide",
    "non tutti gli immigrati sono criminali",
    "non tutti i gay sono malati",
    "non tutte le persone trans sono malate",
    "non tutti i rom rubano",
    "not all women are whores",
    "not all muslims are extremists",
    "non tutti i rom sono ladri",
    "not all trans people are mentally ill",
    "non tutte le donne sono puttane",
    "not all black people are criminals",
    # the abstract noun is a topic, not a group (left out of the group nouns)
    "l'omosessualità non è una malattia",
    "l'omosessualità è stata depenalizzata",
    "l'omosessualità è un tema delicato",
    "studio l'omosessualità nella storia antica",
    "l'omosessualità esiste in natura",
    # disgust at a thing done to a group
    "che schifo il razzismo contro i neri",
    "che schifo la censura sui gay nei film",
    "che schifo la censura sull'omosessualità nei film",
    "che schifo le battute sugli ebrei",
    "vergognosi i commenti contro gli immigrati",
    "disgusting the hate against trans people",
    "che schifo la violenza sulle donne",
    "odio la propaganda contro i musulmani",
    # "sn" said of oneself or of friends
    "sn stanco morto",
    "sn malati i miei gatti",
    "sn in ritardo",
    "sn contento oggi",
    "i miei amici sn malati di calcio",
    "sn tutti a casa",
    # a claim said false
    "è falso che i rom rubano i bambini",
    "è una bugia che i rom rubano",
    "è falso che gli immigrati sono criminali",
    "è una menzogna che i musulmani sono terroristi",
    "è falso che le donne sono inferiori",
    # singular orders at things and game foes
    "uccidi il boss",
    "brucia le foglie",
    "fucila il nemico col cecchino",
    "massacra il boss finale",
    "elimina le foto vecchie",
    "brucia la legna nel camino",
    "annega il dolore nel vino",
    # the singular nouns said plainly, languages
    "il mio vicino islamico è gentilissimo",
    "ogni clandestino ha una storia",
    "parlo arabo e cinese",
    "l'arabo è una lingua difficile",
    "mia madre è cinese",
    # better dead said of the saying
    "dire meglio morto che ebreo è orribile",
    "il film 'meglio morto che negro' è razzista",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian15_shapes_are_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian15_lookalikes_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
