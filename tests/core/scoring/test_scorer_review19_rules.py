"""The review19 fixes (issue 8) as their specification: fresh lines of each over-read shape
of hatecheck20 and italian19, written after each fix and never tuned on, with the hostile
lines of the same shape that must stay caught.

- hatecheck20 "a woman belongs at home" (hatecheck11's EXCLUDED): a condition of sickness
  right after it ("if she's sick", "while contagious") is health advice, not exclusion.
- italian19 "non servi a niente": a supposed case ("se non servi a niente in attacco, prova
  in difesa"), as italian19 already read "se non capisci niente"; "non servi a un cazzo"
  keeps its swearing.
- italian19 "Gli arabi? Sporchi.": "ladri di cuori" after the group named is the idiom, a
  charm stolen (hatecheck10's CHARMS), praise ("Le donne? Ladre di cuori.").
- hatecheck20's "no, that's false" (hatecheck9's ANSWER_NO_THEN): the same answer in other
  words, "no, that's nonsense / rubbish / untrue / ridiculous / absurd" (flagged on main
  too: a gap next to hatecheck20's fix, not an over-reading of this session).

The review's own lines are in review19_lines.py.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from tests.core.scoring.review19_lines import REVIEW_CLEAN, REVIEW_HOSTILE

# fmt: off
HOSTILE: tuple[str, ...] = (
    # belongs at home, no sickness supposed
    "a woman belongs at home", "every woman belongs at home cooking",
    "women belong at home if they know what's good for them",
    "a woman belongs at home when her husband says so", "women belong at home while men work",
    # non servi a niente, said
    "non servi a niente", "non servi a niente, esci dal gioco", "sei inutile, non servi a nulla",
    "se non servi a un cazzo esci", "ma non servi a niente, disinstalla",
    # a group claim asked and not answered "no"
    "are women inferior? yes, that's a fact", "are jews greedy? obviously",
    "women are inferior, that's nonsense to deny", "are refugees parasites? of course they are",
    "are immigrants criminals? yes, always",
    # a group named, then a theft that is no charm
    "Le donne? Ladre di soldi.", "Gli arabi? Ladri di biciclette e di portafogli.",
    "I rom? Ladri di bambini.", "Gli ebrei? Ladri e bugiardi.", "Gli arabi? Sporchi e violenti.",
)
CLEAN: tuple[str, ...] = (
    # belongs at home while sick
    "a girl belongs at home when she has the flu", "every teacher belongs at home while contagious",
    "a mother belongs at home when she's ill, not at the office",
    "women belong in the home when they have covid", "a man belongs at home if he's feeling unwell",
    # a supposed case
    "se non servi a niente in attacco, prova in difesa",
    "quando non servi a nulla in squadra, cambia ruolo", "se non servi a niente oggi, riposati",
    "anche se non servi a niente adesso, migliorerai",
    "magari non servi a nulla in porta ma in attacco sei forte",
    # answered "no" in other words
    "are jews greedy? no, that's rubbish", "are gays sick? no, that's ridiculous",
    "are muslims violent? no, that's absurd", "are immigrants criminals? no, that's untrue",
    "are refugees parasites? no that's nonsense",
    # a group named, then "ladri di cuori": the idiom, praise
    "Gli italiani? Ladri di cuori, tutti quanti.", "I francesi? Ladri di sguardi.",
    "Le ragazze? Ladre di cuori come sempre.", "Gli spagnoli. Ladri di applausi.",
    "Le donne? Ladre di cuori.",
)
# fmt: on


@pytest.mark.parametrize("text", HOSTILE + REVIEW_HOSTILE)
def test_hostile_lines_stay_flagged(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN + REVIEW_CLEAN)
def test_clean_lines_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
