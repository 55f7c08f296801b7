"""Shapes of the review14 round, at default settings: readings the session's rounds
(italian15, precision14, hatecheck16, gamechat14, olid10) over-reached with, corrected,
and the hostile lines each correction must leave flagged. Each fix's clean lines were
written after it and checked once against it.

- A claim asked back and denied ("non è vero", "that's not true", "ma smettila") or named
  for what it is ("è un pregiudizio", "that's transphobic"): hatecheck10's
  `_hc9_answered_no`, read by italian15's deeds and claims.
- A claim a paper or a blog writes ("scrive che", "wrote that"): hatecheck9's SAYING.
- hateprobe6's shut-out (widened by hatecheck16), gamechat14's team blame and hatecheck16's
  group lines asked back and answered against (targeting_review14.py).
- "has no brain damage": the body's brain (gamechat14's HAS_NO).
- olid10's villain and judged nouns asked back and answered "no".
- "i'm one of those crazy liberals": the writer one of olid10's crazed group."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

CLEAN = (
    # a claim asked back and denied or condemned
    "gli albanesi rubano? non è vero per niente",
    "i musulmani ammazzano? è solo un pregiudizio",
    "le donne sono un errore? che cosa sessista da dire",
    "i rom spacciano tutti? è razzismo puro",
    "gli ebrei hanno ucciso gesù? non è vero, studia",
    # a claim a paper or a blog writes
    "un sito scrive che i rom rubano i bambini, vergognoso",
    "la destra diceva che gli immigrati rubano il lavoro",
    "the tabloid wrote that immigrants are parasites, disgusting",
    "quel giornalista scrive che i nigeriani spacciano tutti",
    "my uncle writes that muslims are a plague on his blog, i reported it",
    # exclusion, team blame, group lines asked back
    "trans people are not allowed in here? that's transphobic",
    "no muslims allowed? that's not true, read the rules",
    "gg no jungle? nah he was everywhere",
    "women have no brain? no, that's just sexist",
    "refugees are the scourge of europe? no, war is",
    # the body's brain
    "our support has no brain damage after the crash, thank god",
    "the doctor said mid has no brain injury",
    "my carry has no brain swelling, he'll be back next week",
    "tank has no brain bleed, the scan was clear",
    "our adc has no brain trauma from the fall, he's fine",
    # olid10's nouns asked back
    "she's a predator? no, she's a nurse",
    "he is a tyrant? nah, just strict",
    "you're a demon? lol no you're an angel",
    "he is a war criminal? no, he's a veteran",
    "she is a crazy woman? no, she's brave",
    # the writer one of the crazed group
    "i'm one of those demonic democrats apparently lol",
    "guess i'm one of the crazy leftists now",
    "i am proudly one of those crazy liberals",
    "call me one of the crazy liberals, i don't care",
    "yep, i'm one of those crazy democrats",
)

HOSTILE = (
    "gli albanesi rubano? sì, sempre",
    "i rom spacciano tutti",
    "i musulmani ammazzano i cristiani",
    "i rom rubano? that's not racist, it's facts",
    "gays are not allowed in here? that's not homophobic, it's my house",
    "trans people are not allowed in here",
    "no muslims allowed? good",
    "gg no jungle",
    "women have no brain",
    "refugees are the scourge of europe",
    "our support has no brain",
    "she's a predator",
    "he is a tyrant",
    "biden is a dictator? yes",
    "she is a crazy woman",
    "he is one of those crazy liberals",
    "crazy democrats ruin everything",
)


@pytest.mark.parametrize("text", CLEAN)
def test_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile
