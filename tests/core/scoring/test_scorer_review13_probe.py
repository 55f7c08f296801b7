"""The review13 probe (issue 8): a review of the four rounds merged on 2026-12-01/02
(gamechat13, hatecheck15, person13, lead12b). The lines (review13_lines.py) were written
before any of those rounds' rule code was read: for each round, hostile lines in its
shapes written differently, and the clean near-misses those shapes risk.

Counted twice, at the start (main a5a8068) and at the end: 58 hostile and 68 clean lines,
44 caught and 5 clean flagged both times (F1 0.822). The review's fixes came from its own
probe lines (over-reach the rounds brought: a denied claim, another's refusal, care after
"don't let", a game after "in", an animal past judging words, a topic after a group's
name-call, "crazy good", "a bitch to kill"), none of which this set holds. Before the
session's rounds (d44b40e) the set stood at 29 caught and 4 flagged (F1 0.637). The lines
left wrong are kept here as data.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import review13_lines as lines
from tests.core.scoring.probe_checks import assert_known_verdicts, f1, flagged, missed

# Left missed: EU-language name-calls outside the round's lexicon lines (German, Spanish
# "idiota", Polish inflection), a server insult without "go back", "get rekt", distrust
# with "anything a woman says", "let a gay man babysit", "a good slap", a fat cow and a
# nosy old bitch said of a third person, threats with "snap her neck" and "hunt him down",
# and a denial of equality in "it's a lie that women are equal".
KNOWN_MISSES: frozenset[str] = frozenset({
    "du bist so ein idiot",
    "eres un idiota, vete",
    "jestes debilem",
    "russian server animals as usual",
    "get rekt",
    "don't you ever believe anything a woman says",
    "I'd never let a gay man babysit my kids",
    "the teacher is a fat useless cow",
    "i'll snap her neck if she shows up again",
    "the new neighbour is a nosy old bitch",
    "i will hunt him down and hurt him for real",
    "it's a lie that women are equal to men",
    "it's all a lie that muslims are peaceful",
})  # fmt: skip
# Left flagged: "ez" in a sentence (flagged before the session too); counter-speech "the
# stereotype that ... is false" (the denial comes after the claim; new this session) and
# a rogue's backstab (a game with no game word person13 knows; new this session).
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset({
    "that was an ez fight, nice job everyone",
    "ez clap? nah that was close, gg",
    "i'll stab him in the back with the rogue, he won't see it coming",
})  # fmt: skip

F1_FLOOR = 0.82


class TestReview13Probe:
    def test_known_verdicts(self, scorer: Scorer) -> None:
        assert_known_verdicts(
            scorer, lines.ALL_HOSTILE, lines.ALL_CLEAN, KNOWN_MISSES, KNOWN_FALSE_FLAGS
        )

    def test_floor(self, scorer: Scorer) -> None:
        hostile, clean = lines.ALL_HOSTILE, lines.ALL_CLEAN
        score = f1(len(hostile), len(flagged(scorer, clean)), len(missed(scorer, hostile)))
        assert score >= F1_FLOOR

    def test_lines_are_distinct(self) -> None:
        every = lines.ALL_HOSTILE + lines.ALL_CLEAN
        assert len(set(every)) == len(every)
