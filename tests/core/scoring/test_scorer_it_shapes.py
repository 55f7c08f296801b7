"""The Italian shapes with their own targeting rules ("che idiota che sei", a clitic before a
speech verb, participles, "sei" as a number), with languages=("en", "it") as a bilingual
server is set up.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

# --- rules for Italian shapes the English rules do not cover ----------------------------


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        ("che idiota che sei", True),  # like "what a loser you are"
        ("che pirla che sei", True),
        ("idiota che non sei altro", True),  # idiom: the negator does not deny it
        ("che idiota che è", False),  # third person
        # gamechat6 (issue 8): exclaimed alone, like "what an idiot" (hostile in English)
        ("che idiota", True),
        ("che idiota sono", False),  # said of oneself
    ],
)
def test_exclamative_che_che_sei(scorer: Scorer, text: str, hostile: bool) -> None:
    assert scorer.score(text).hostile is hostile


@pytest.mark.parametrize(
    ("text", "hostile", "target"),
    [
        ("ti ho chiamato idiota perché lo sei", True, TargetKind.SECOND_PERSON),
        ("ti ho dato del cretino", True, TargetKind.SECOND_PERSON),
        ("ti ho detto che sei un idiota", True, TargetKind.SECOND_PERSON),
        ("ti ho detto che è un idiota", False, TargetKind.NONE),  # the words said decide
        ("non ti ho mai chiamato idiota", False, TargetKind.SECOND_PERSON),  # negated
        ("mi ha chiamato idiota", False, TargetKind.REPORTED),
        ("gli ho dato del cretino", False, TargetKind.REPORTED),
    ],
)
def test_clitic_before_speech_verb_speaks_to_the_reader(
    scorer: Scorer, text: str, hostile: bool, target: TargetKind
) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile is hostile
    assert verdict.target is target


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        ("due ragazzi ammazzati ieri a Napoli", False),  # a participle after an agreeing noun
        ("tre impiccati in piazza", False),  # after a number
        ("ammazzati", True),
        ("Marco ammazzati", True),  # a name does not agree: still an order
        ("ma ammazzati", True),
        ("vai, ammazzati", True),
    ],
)
def test_participle_is_not_an_order(scorer: Scorer, text: str, hostile: bool) -> None:
    assert scorer.score(text).hostile is hostile


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("sei idioti hanno votato", TargetKind.THIRD_PERSON),  # "sei" is six: a plural verb
        ("sei idioti sono venuti", TargetKind.THIRD_PERSON),
        ("sei idiota", TargetKind.SECOND_PERSON),
        ("sei idioti", TargetKind.SECOND_PERSON),
        ("sei idiota, hanno ragione", TargetKind.SECOND_PERSON),  # verb in another clause
    ],
)
def test_sei_the_number(scorer: Scorer, text: str, target: TargetKind) -> None:
    """Six idiots are other people (hostile at a lower weight), "sei idiota" is the reader."""
    verdict = scorer.score(text)
    assert verdict.target is target
    assert verdict.hostile
