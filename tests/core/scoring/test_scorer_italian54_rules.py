"""Shapes of the italian54 round (targeting_italian54, italian54_words, its lexicon
lines), at default settings: a named group tied to trouble or a plague ("dove ci sono
<group> ci sono guai", "<group> portano solo guai", "<group> sono come la peste"), not
hired ("non si assumono <group>") or kept away ("tenete <group> lontani da ...") is
hostile, and so is "non meritano nessun diritto"; the same words about things, insects,
medicines and risks, denials, reports and counter-speech stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # trouble where the group is
    "dove ci sono gli africani ci sono sempre guai",
    "dove arrivano i migranti iniziano i problemi",
    "dove vivono i neri ci sono solo rogne",
    # the group brings trouble
    "gli islamici portano solo guai",
    "le lesbiche creano sempre casini",
    "i rom causano solo problemi",
    "un immigrato porta solo guai",
    # likened to a plague
    "gli zingari sono come la peste",
    "i musulmani sono peggio del colera",
    "evitate gli ebrei come la peste",
    "i gay? come la lebbra",
    # not hired
    "ecco perché non si assumono musulmani",
    "non bisogna mai assumere le donne",
    "mai assumere un disabile",
    "in azienda non assumiamo neri",
    # kept away
    "tenete i musulmani lontani dalle vostre figlie",
    "teniamo gli zingari lontani dal paese",
    "i gay teneteli lontani dalle scuole",
    "non fate avvicinare gli immigrati alle scuole",
    # a right denied in the singular
    "i trans non meritano nessun diritto",
)

CLEAN = (
    # the same words about things
    "dove ci sono le zanzare ci sono guai",
    "dove arrivano i temporali iniziano i problemi",
    "questo allenatore porta solo guai",
    "i gatti creano sempre casini in casa",
    "evito il fritto come la peste",
    "tenete i detersivi lontani dai bambini",
    "teneteli lontani dal fuoco",
    # a danger kept from the group, not the group from people
    "tenete i disabili lontani dalle scale",
    "tenete gli anziani lontani dal caldo",
    "non assumete mai farmaci senza ricetta",
    "mai assumere antibiotici senza il medico",
    "ecco perché non si assumono rischi inutili",
    "non fate avvicinare il cane al divano",
    # the group as the one treated so, or not the subject
    "i rom sono trattati come la peste",
    "il razzismo contro i neri è come la peste",
    # denials, questions, reports, counter-speech
    "non è vero che gli immigrati portano solo guai",
    "le donne portano solo guai?",
    "mio nonno diceva che dove ci sono zingari ci sono guai",
    "è illegale che non si assumono donne incinte",
    "chi pensa che i gay sono come la peste sbaglia",
    # neutral mentions
    "dove ci sono i rom ci sono anche tante famiglie povere",
    "i disabili meritano ogni diritto",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian54_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_italian54_trouble_is_aimed_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("i neri portano solo guai").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_italian54_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
