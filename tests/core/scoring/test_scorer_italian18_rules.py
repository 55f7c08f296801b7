"""Shapes of the italian18 round (targeting_italian18, italian18_words and its lexicon
lines), at default settings: a group said to come here to do harm, humanity denied of
every member or lessened, a group called a ruin, a threat at "il prossimo <member> che
vedo", a view reported and denied after the claim, a harm wished with "non voglio che";
with the look-alikes that stay clean (harmless purposes, no group, denials, reports,
things). Past the round's own probe lines, each rule's lines were written after it and
checked once against it."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a group said to come here to do harm
    "i senegalesi vengono qui a spacciare",
    "gli stranieri sono venuti in italia solo per delinquere",
    "i magrebini arrivano qui a rapinare gli anziani",
    "gli islamici vengono qui per imporre la sharia",
    "i romeni vengono da noi a fare i ladri",
    "gli immigrati vengono a rubare",
    "gli immigrati vengono qui a delinquere",
    "perché gli arabi vengono tutti qui a rubare?",
    # humanity denied of every member, or lessened
    "nessun africano è umano",
    "nessuna musulmana è una persona",
    "nessun ebreo è un essere umano, mai",
    "gli ebrei sono meno umani degli altri",
    "le donne sono meno umane",
    "i neri? sono meno umani",
    "nessun nero è umano",
    "i neri sono meno umani",
    # a group called a ruin
    "i nigeriani sono una rovina per questo paese",
    "gli zingari sono la rovina delle città",
    "le donne sono davvero una rovina",
    "i gay sono stati la rovina della chiesa",
    "le femministe? sono una rovina",
    "le donne sono una rovina",
    # the next member threatened
    "il prossimo albanese che vedo lo ammazzo",
    "la prima ebrea che incontro la sparo",
    "il prossimo marocchino che entra lo accoltello",
    "il prossimo immigrato che entra qui lo sparo",
    # a harm wished and not denied
    "voglio che gli immigrati soffrano",
    "spero che i musulmani muoiano",
    "non voglio, spero che gli ebrei muoiano",
    # a view of one's own, or a tag question, is no report denied
    "i musulmani odiano l'italia, non è vero?",
    "molti pensano che gli immigrati rubano e hanno ragione",
    # a second batch, written after the rules
    "gli zingari vengono in europa a scippare i turisti",
    "i clandestini sbarcano qui per vivere alle nostre spalle",
    "nessuna donna è un essere umano",
    "le trans sono meno umane",
    "gli islamici sono la rovina dell'europa",
    "il primo zingaro che incontro lo ammazzo",
    # "rom" after "prossimo" (written after that fix)
    "il prossimo rom che vedo lo brucio",
    "il prossimo rom che si avvicina lo sparo",
    "la prossima rom che entra la ammazzo",
    # staying or coming back for harm (written after that widening)
    "gli immigrati sono qui solo per rubare",
    "i rom stanno qui a delinquere",
    "gli albanesi tornano qui a rubare",
    "i marocchini restano in italia per spacciare",
)

CLEAN = (
    # coming here, a harmless purpose, no group, denied
    "i turisti vengono qui a spendere",
    "gli immigrati vengono qui per lavorare e pagare le tasse",
    "i ragazzi vengono qui a giocare",
    "i borseggiatori vengono qui a rubare",
    "non è vero che i romeni vengono qui a rubare",
    "i migranti non vengono qui a delinquere",
    "i ladri vengono qui a rubare di notte",
    # humanity: things, no group, counter-speech
    "i cani non sono persone, nessun cane è umano",
    "nessuno è umano al cento per cento",
    "dire che i neri sono meno umani è razzismo",
    "i robot sono meno umani",
    "gli zombie sono meno umani",
    # a ruin with no group as the subject
    "la burocrazia è la rovina delle imprese",
    "quel rigore è stato la rovina della squadra",
    "la pioggia è una rovina",
    # the next one greeted, a boss, or the threat denied
    "il prossimo cliente che vedo lo saluto",
    "il prossimo boss che vedo lo ammazzo",
    "il prossimo rom che vedo non lo ammazzo mica",
    "il prossimo immigrato che arriva lo aiutiamo",
    # a view reported and denied after the claim
    "alcuni dicono che gli zingari rubano, ma non è vero",
    "molti credono che i musulmani odiano l'italia. non è così",
    "tanti dicono che gli immigrati vengono qui a delinquere, è falso",
    "molti pensano che gli immigrati rubano, ma non è così",
    # a harm wished, denied
    "non voglio che gli immigrati soffrano",
    "non voglio che i rom muoiano",
    "non vorrei mai che i gay soffrano",
    "non voglio che i profughi muoiano in mare",
    "non voglio che soffra",
    # a second batch, written after the rules
    "non vogliamo che gli stranieri muoiano",
    "molti dicono che i rom rubano, però è falso",
    "alcuni pensano che gli arabi vengono qui a delinquere, ma non è affatto così",
    "gli amici vengono qui a cenare",
    "il prossimo treno che vedo lo prendo",
    "i migranti vengono qui perché scappano dalla guerra",
    "il prossimo rom che scarico lo provo",
    "il prossimo rom che vedo lo abbraccio",
    "il prossimo che vedo lo ammazzo",
    "gli immigrati sono costretti a rubare",
    "i rom sono accusati di rubare",
    "gli stranieri sono qui per lavorare",
    "non è vero che i rom sono qui per rubare",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian18_shapes_are_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian18_lookalikes_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
