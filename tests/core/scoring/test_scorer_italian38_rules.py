"""Shapes of the italian38 round (targeting_italian38, italian38_words and its lexicon
lines), at default settings: an Italian identity group given a habitual bad behaviour
("i musulmani si lamentano sempre", "i rom non si lavano mai") or othered ("i neri non
sono come noi", "un nero non sarà mai italiano"); with the look-alikes that stay clean
(no identity group, a pronoun or the self, neutral habits, denied, asked, quoted,
reported, a thing). Italian only: the English shapes are older rounds'."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a habitual bad behaviour
    "i musulmani si lamentano sempre",
    "i rom non si lavano mai",
    "gli zingari non si lavano",
    "le donne si lamentano di tutto",
    "gli ebrei pensano solo ai soldi",
    "i rumeni mentono sempre",
    "gli immigrati pretendono sempre tutto",
    "i meridionali non hanno mai voglia di lavorare",
    "gli africani fanno sempre casino",
    "gli zingari? non si lavano mai",
    # othered
    "i neri non sono come noi",
    "i musulmani non saranno mai come noi",
    "un nero non sarà mai italiano",
    "una marocchina non sarà mai italiana",
    "questi stranieri non sono dei nostri",
    "uno zingaro non sarà mai uno di noi",
)

CLEAN = (
    # no identity group
    "i politici si lamentano sempre",
    "i miei figli non si lavano mai lol",
    "i clienti si lamentano sempre",
    "i miei colleghi pensano solo ai soldi",
    "quei due non sono come noi",
    # a pronoun or the self
    "loro non sono come noi, sono della roma",
    "loro si lamentano sempre",
    "io mi lamento sempre",
    "noi italiani ci lamentiamo sempre",
    # neutral or kind habits
    "i musulmani digiunano durante il ramadan",
    "i rom ci aiutano sempre",
    # denied, asked, quoted, reported
    "non è vero che i rom non si lavano",
    "i musulmani si lamentano sempre?",
    "perché dici che gli immigrati non sono come noi?",
    '"i musulmani si lamentano sempre" è solo un pregiudizio',
    "mio zio dice che i rom non si lavano mai, che vergogna",
    # a thing or an animal
    "la lavatrice non si lava mai da sola",
    "il mio cane non sarà mai italiano ahah",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian38_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian38_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
