"""The fourteenth speed round's gates give exactly what the ungated reading would (issue 8).

Each gate is a cheap test that the slower reading behind it could only answer "no":
a run-together token ends in a group's name before `group_at_end` splits it; a
political group word is in the message before olid4 looks for one said of; a mention
word is in the message before vulgar reads an unquoted word as mentioned.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.hateprobe7_words import group_at_end
from bot.core.scoring.scorer import Scorer


def _tokens(scorer: Scorer) -> list[str]:
    """Run-together tokens that end in every group and people word, and some that do not."""
    matcher = scorer._matcher
    lexicon = matcher._lexicon
    named = sorted(matcher._groups | lexicon.cues["people"])
    heads = ["odiole", "hatethe", "odioi", "killall", "ihate", "xx"]
    tails = ["", "s", "people", "x", "ed"]
    return [head + word + tail for head in heads for word in named for tail in tails]


def test_group_tail_gate_rejects_only_tokens_group_at_end_cannot_split(scorer: Scorer) -> None:
    matcher = scorer._matcher
    groups, people = matcher._groups, matcher._lexicon.cues["people"]
    rejected = 0
    for token in _tokens(scorer):
        if token[-3:] not in matcher._named_tails and not token.endswith(matcher._short_named):
            rejected += 1
            assert group_at_end(token, groups, people) is None, token
    assert rejected > 0  # the gate is exercised


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("odioledonne", True),  # the run-together hatred still splits behind the gate
        ("odiotuttiineri", True),
        ("liberals are so clueless", True),  # olid4's political group, behind its gate
        ("the left is full of morons", True),
        ("that movie is so clueless lol", False),
        ("the term retard is a slur", False),  # vulgar's mentioned word, behind its gate
        ("'retard' is not a word to use", False),
        ("you are a retard", True),
    ],
)
def test_gated_readings_hold(scorer: Scorer, text: str, flagged: bool) -> None:
    assert scorer.score(text).hostile is flagged
