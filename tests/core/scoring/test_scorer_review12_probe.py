"""The review12 probe (issue 8): a release review of the seven rounds merged on
2026-12-01. The lines (review12_lines.py) were written before any of those rounds' rule
code was read: for each round, ordinary messages near its shapes that must stay clean
and hostile messages its cancel rules might wrongly clear.

On main before the review (commit c2a1248), 58 hostile and 79 clean lines: 13 missed,
8 flagged, F1 0.811. Six of those 21 were readings today's rounds introduced (3 hostile
lines newly cleared by hatecheck13's reported claim and control12's reported intent; 3
clean lines newly flagged by olid8's harm wished and forum5's plural name-call); the rest
were wrong before them too. After targeting_review12.py and the control12 fix: 7 missed,
4 flagged, F1 0.903. The lines left are kept here as data.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import review12_lines as lines
from tests.core.scoring.probe_checks import assert_known_verdicts, f1, flagged, missed

# Left wrong, none of them a reading today's rounds introduced: a bunch of animals said
# of a political group (olid8's shape stops at "a bunch of"), "have a seat" with more
# after its comma, a hateful claim called "not hateful", a denial of humanity without a
# lexicon word, a singular "the idiot who ..." (forum5 reads plurals), "clowns" (not a
# forum5 plural name: real clowns stand "in" places too), "the dumbass who ...".
KNOWN_MISSES: frozenset[str] = frozenset({
    "have a seat, nobody wants to hear from you",
    "gays are sick and that's not a hateful thing to say, it's the truth",
    "i don't believe black people are human",
})  # fmt: skip
# Left flagged: the first two flagged before today's rounds too; the neighbour is called a
# bigot outright (an arguable label of mine); "people who call others idiots ... are the
# worst" is forum5's "people who ... are NAME" said of a behaviour, arguable both ways.
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "che schifo questa pizza, i napoletani la fanno molto meglio",
    "my neighbor is a racist bigot who hates immigrants",
    "people who call others idiots online are the worst",
})  # fmt: skip

F1_FLOOR = 0.90


class TestReview12Probe:
    def test_known_verdicts(self, scorer: Scorer) -> None:
        assert_known_verdicts(
            scorer, lines.REVIEW_HOSTILE, lines.REVIEW_CLEAN, KNOWN_MISSES, KNOWN_FALSE_FLAGS
        )

    def test_floor(self, scorer: Scorer) -> None:
        hostile, clean = lines.REVIEW_HOSTILE, lines.REVIEW_CLEAN
        score = f1(len(hostile), len(flagged(scorer, clean)), len(missed(scorer, hostile)))
        assert score >= F1_FLOOR

    def test_lines_are_distinct(self) -> None:
        every = lines.REVIEW_HOSTILE + lines.REVIEW_CLEAN
        assert len(set(every)) == len(every)
