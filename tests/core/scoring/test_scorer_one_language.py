"""A server restricted to one language gets a verdict for every message (issue 8).

Cue sections only one language's cue file writes ("order_opener" is English) are
absent from another language's cues: a rule that read such a section with `[]`
raised KeyError on an Italian-only server for plain lines like "che idioti".
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer, ScorerConfig

_LINES = (
    ("it", "Che razza di imbecille, ma crede che sia vero?", True),
    ("it", "sei un idiota", True),
    ("it", "che bella partita", False),
    ("en", "omg just shut up loser", True),
    ("en", "wtf get outa here bitch", True),
    ("en", "omg just get the objective", False),
)


@pytest.mark.parametrize(("language", "text", "hostile"), _LINES)
def test_one_language_server_judges_the_line(language: str, text: str, hostile: bool) -> None:
    verdict = Scorer(ScorerConfig(languages=(language,))).score(text)
    assert verdict.hostile is hostile


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        # gamechat6 (issue 8): "che" + a name-call opening the line is exclaimed at
        # someone ("what idiots"), as "what idiots" is in English
        ("che idioti", True),
        ("che idioti....cmq, non importa", True),
        ("ugh shut up idiot", False),  # English words on an Italian-only server
        ("omg", False),
    ],
)
def test_italian_only_server_never_raises_on_an_opener(text: str, hostile: bool) -> None:
    verdict = Scorer(ScorerConfig(languages=("it",))).score(text)
    assert verdict.hostile is hostile  # a verdict, not a KeyError
