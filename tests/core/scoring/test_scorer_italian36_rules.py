"""Shapes of the italian36 round (targeting_italian36, italian36_words and its lexicon
lines), at default settings: disgust at an identity group's ordinary act ("mi fa schifo
vedere due gay che si baciano", "è disgustoso che i gay si bacino in pubblico") and
contact or a chance refused to a group member ("non voglio un collega gay", "non darei
mai lavoro a un nero", "non farei mai giocare mio figlio con un rom", "I wouldn't let
my kids play with black kids"); with the look-alikes that stay clean (no group, a kind
or neutral act, denied, asked, quoted, reported, harm refused, the disgust at a doer,
a thing named by the group word)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # disgust at a group's ordinary act
    "mi fa schifo vedere due gay che si baciano",
    "è disgustoso che i gay si bacino in pubblico",
    "mi disgusta vedere due lesbiche al parco",
    "mi fa ribrezzo vedere i rom in metro",
    "fa schifo quando i gay si tengono per mano",
    "che schifo vedere due uomini gay in tv",
    # a member refused: "non voglio" / "I don't want"
    "non voglio un collega gay",
    "non voglio un vicino musulmano",
    "non voglio un medico nero",
    "non voglio vicini rom",
    "non voglio gay nella mia squadra",
    "non voglio i gay nella mia famiglia",
    "I don't want a muslim neighbour",
    "I don't want a gay teacher for my son",
    # the writer's conditional refusals
    "non darei mai lavoro a un nero",
    "non farei mai giocare mio figlio con un rom",
    "non lascerei mai mia figlia con un badante musulmano",
    "non prenderei mai in casa un immigrato",
    "I wouldn't let my kids play with black kids",
    "I'd never give a job to an immigrant",
)

CLEAN = (
    # no group
    "mi fa schifo vedere due che si picchiano",
    "non voglio un collega maleducato",
    "non voglio un lavoro",
    "non farei mai giocare mio figlio con un coltello",
    "non voglio un gatto nero in casa",
    "è disgustosa questa pizza",
    "I wouldn't let my kids play with matches",
    "I don't want a noisy neighbour",
    # a kind or neutral act; the member's phrase goes on
    "che bello vedere due gay che si baciano",
    "non voglio un collega gay triste, voglio che stia bene",
    # denied, asked, quoted, reported
    "non mi fa schifo vedere due gay che si baciano",
    "non è disgustoso che i gay si bacino",
    "ti fa schifo vedere due gay che si baciano?",
    '"non voglio un collega gay" è una frase omofoba',
    "mio zio dice che non darebbe mai lavoro a un nero, che vergogna",
    "chi dice non voglio un vicino nero è razzista",
    "would you let your kids play with black kids?",
    "my mom wouldn't let me play with black kids, so racist",
    # harm refused; the disgust at the doer or the wrong
    "non farei mai del male a un gay",
    "non lascerei mai solo un amico nero",
    "I would never let a gay friend down",
    "mi fa schifo vedere due gay picchiati per strada",
    "mi fa schifo vedere come trattano i gay",
    "mi fa schifo vedere una donna che picchia il marito",
    # a thing named by the group word
    "I wouldn't let you near a gay bar lol",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian36_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian36_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
