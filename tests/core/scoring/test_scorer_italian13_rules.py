"""Shapes of the italian13 round (targeting_italian13, italian13_words and its lexicon
lines), at default settings: a first name or a mention that "fa schifo", "<name> è un
<call>", "quel/quella <call> di <name>", "sta zitto" as an order, diminutives and
regional name-calls, "zitto tu", "tornatene a casa tua"; with the look-alikes that stay
clean (things that "fa schifo", praise, silence reported, a thing after "quella ... di").
Past the round's own probe lines, each rule's lines were written after it and checked
once against it."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a first name or a mention that "fa schifo"
    "davide fa schifo",
    "@giorgia fa proprio schifo",
    "quella martina fa cagare",
    "tommaso fa davvero schifo",
    "elena fa schifo, punto",
    "<@1> fa davvero schifo",
    # "<name> è un <call>"
    "davide è un fallito",
    "martina è proprio una sfigata",
    "giorgio è un pirla",
    "luca è uno stupidone",
    "sara è una scema.",
    # "quel/quella <call> di <name>"
    "quel pirla di davide",
    "quella puttana di martina",
    "quel cretino di tuo cugino",
    "quella zoccola di elena",
    # "sta zitto" as an order, "zitto tu"
    "sta zitto coglione",
    "sta zitta cretina",
    "sta zitto idiota",
    "zitta tu",
    # diminutives, augmentatives, regional calls
    "sei uno scemotto",
    "che stupidone che sei",
    "sei un imbecillotto",
    "sei un bischero",
    "che scemone",
    "sei un tamarro",
    "vaff",
    "ma che mona che sei",
    "marco che mona",
    "che mona quel tizio",
    # sent home
    "tornatene a casa tua",
    "vattene a casa tua sfigato",
)

CLEAN = (
    # things that "fa schifo"
    "la scuola fa schifo",
    "netflix fa schifo",
    "il mio team fa schifo",
    "questa stagione fa davvero schifo",
    "fortnite fa proprio cagare",
    "fa proprio schifo",
    "roblox fa schifo",
    # praise and plain talk of a named person
    "davide è un genio",
    "martina è una bestia a pallavolo",
    "elena è un po' stanca",
    "tommaso è un grande",
    "marco è un mostro a calcio",
    # a thing after "quella ... di"
    "quella troia di mappa",
    "quel casino di ieri",
    "quella merda di patch",
    # silence reported
    "elena sta zitta durante la lezione",
    "il gatto sta zitto finalmente",
    "mio fratello sta zitto tutto il giorno",
    "zitti tutti che inizia il film",
    # the writer's own, a thing, a way home
    "che bischero che sono",
    "che mona che sono, ho perso il treno",
    "una macchina tamarra",
    "se sei stanco tornatene a casa",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian13_shapes_are_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian13_lookalikes_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
