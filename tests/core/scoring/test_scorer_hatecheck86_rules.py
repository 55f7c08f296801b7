"""Shapes of the hatecheck86 round (targeting_hatecheck86, hatecheck86_words), at default
settings: a claim about a named group attributed to someone and taken up by the writer,
before it ("like my dad says, immigrants are rats", "its true what they say, ...") or
after it ("my uncle says ... and hes not wrong"), is the writer's own; the claim reported
and condemned, reported to the mods, or named and judged by the writer after it ("women
are stupid is such a dumb take") stays clean, as do kind lines after the same leads."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # an agreeing lead before the claim
    "like my grandpa always says, immigrants are vermin",
    "as my aunt said, muslims are rats",
    "just like my dad told me, jews are parasites",
    "as the old saying goes, gypsies are thieves",
    "its true what people say, refugees are animals",
    "what my uncle said is true, women are stupid",
    "my dad said it best, muslims are filth",
    "ngl like my boss says, mexicans are animals",
    # the report, then the writer agreeing
    "my uncle says muslims are rats and he is right",
    "my dad says refugees are vermin and i agree",
    "my grandpa said jews are parasites and he wasnt wrong",
    "my coworker says immigrants are animals and she has a point",
    "my dad says gays are diseased, honestly true",
    "my aunt says jews are parasites and thats exactly how i feel",
)

CLEAN = (
    # the claim reported, then condemned or reported to the mods
    "my uncle says muslims are rats and he is wrong",
    "my dad says refugees are vermin and i dont agree",
    "my grandpa said jews are parasites and it broke my heart",
    "some guy said immigrants are animals, mods pls",
    "my coworker says gays are diseased and its disgusting",
    "the streamer said muslims are rats and chat laughed, vile",
    "my dad says refugees are vermin and thats not true",
    # an agreeing word turned to the writer's own reason or time
    "my aunt says jews are parasites and thats exactly why i stopped visiting",
    "my boss says mexicans are animals and thats right when i quit",
    # the same leads before a kind line, a denial or a report of their own
    "like my grandpa always says, immigrants are welcome here",
    "its true what people say, refugees are great cooks",
    "its not true what people say, refugees are not animals",
    "as my history teacher said, the nazis called jews vermin",
    # a claim named and judged after it
    "muslims are rats is such a stupid take",
    "immigrants are vermin is nazi propaganda",
    "refugees are animals? what a disgusting thing to say",
    "gays are diseased is what my aunt posted and i blocked her",
    # friendly swearing
    "like my dad says, fuck it, we ride at dawn",
)


@pytest.mark.parametrize("line", HOSTILE)
def test_a_claim_the_writer_takes_up_is_aimed_at_the_group(scorer: Scorer, line: str) -> None:
    verdict = scorer.score(line)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.GROUP


@pytest.mark.parametrize("line", CLEAN)
def test_a_claim_reported_or_judged_stays_clean(scorer: Scorer, line: str) -> None:
    verdict = scorer.score(line)
    assert not verdict.hostile, verdict.explanation


# The group the subject of its own clause, the verdict the writer's ("islam is a dangerous
# myth"), against the claim "<group> are <word>" named and judged as a saying after it.
GROUP_JUDGED = (
    "islam is a dangerous myth",
    "muslims are a dangerous lie",
)
CLAIM_JUDGED = (
    "refugees are dangerous is a racist myth",
    "muslims are dangerous is such a dumb myth",
)


@pytest.mark.parametrize("line", GROUP_JUDGED)
def test_a_verdict_on_the_group_itself_is_no_saying_judged(scorer: Scorer, line: str) -> None:
    verdict = scorer.score(line)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.GROUP


@pytest.mark.parametrize("line", CLAIM_JUDGED)
def test_a_copula_claim_judged_as_a_saying_stays_clean(scorer: Scorer, line: str) -> None:
    verdict = scorer.score(line)
    assert not verdict.hostile, verdict.explanation
