"""The reply-subject probe (issue 8): replies and mentions that judge a thing named as
the sentence's subject ("@bob the update is trash"), and replies that must stay flagged
(a person, role, name, pronoun, "you", the reader's own thing, a plain name-call); the
lines are in replysubj_probe_lines.py, scored with the flags the bot passes.

On main before the round, the studied part (117 clean, 118 hostile): 77 clean lines
flagged (69 English, 8 Italian), 11 hostile missed. After targeting_replysubj.py: 10
flagged, the same 11 missed.

The held-back part (40 clean, 40 hostile), written before any rule and never read for
misses: before, 27 clean flagged and 3 hostile missed; after, 2 flagged and 3 missed.
Only floors are kept for it.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import replysubj_probe_lines as probe


def _flagged(scorer: Scorer, lines: Iterable[str]) -> set[str]:
    """The lines flagged as the bot scores them: a mention when "@" is in the line, and
    always a reply."""
    return {
        line
        for line in lines
        if scorer.score(line, mentions_someone="@" in line, is_reply=True).hostile
    }


# The studied part's false flags after the round: the subject is not at the sentence's
# start ("the game was rigged and the refereeing system is garbage", a second clause after
# a comma), a possessive inside it ("the balance team's latest nerf"), "that place" (a
# pointing word read as a person), "the new one" (may be a person), Italian "è idiota"
# (the word is also a noun that names only people), and verdicts the lexicon does not
# mark as judging words, which the rule leaves to the person rules ("ridiculous",
# "dogshit").
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset(
    {
        "@ref the game was rigged and the refereeing system is garbage",
        "@USER the balance team's latest nerf is stupid",
        "<@2> the old version was better, the new one is garbage",
        "@USER the bus was late again, the service is trash",
        "@USER the price is ridiculous and stupid",
        "@USER the new season is dogshit",
        "@marco la proposta è idiota",
        "@USER la regola è idiota",
        "@USER la decisione è idiota",
    }
)
# Missed before the round too: words the lexicon weighs low ("clown", "cretini" after
# "dei"), the reader's trait alone ("your brain is trash"), a name-call as subject.
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "@USER your brain is trash",
        "@x your brain is trash",
        "@USER the idiot strikes again",
        "@USER the clown is back",
        "@USER the staff are clowns",
        "@luca la tua faccia fa schifo",
        "@luca il peggior giocatore di sempre",
        "@luca i tifosi sono dei cretini",
    }
)

HELD_CLEAN_FLAGGED_CEILING = 2
HELD_HOSTILE_MISSED_CEILING = 3


def test_studied_clean_lines(scorer: Scorer) -> None:
    flagged = _flagged(scorer, probe.TUNE_CLEAN_EN + probe.TUNE_CLEAN_IT)
    assert not flagged - KNOWN_FALSE_FLAGS, sorted(flagged - KNOWN_FALSE_FLAGS)


def test_studied_hostile_lines(scorer: Scorer) -> None:
    lines = probe.TUNE_HOSTILE_EN + probe.TUNE_HOSTILE_IT
    missed = set(lines) - _flagged(scorer, lines)
    assert not missed - KNOWN_MISSES, sorted(missed - KNOWN_MISSES)


def test_held_back_floors(scorer: Scorer) -> None:
    assert len(_flagged(scorer, probe.HELD_CLEAN)) <= HELD_CLEAN_FLAGGED_CEILING
    missed = len(probe.HELD_HOSTILE) - len(_flagged(scorer, probe.HELD_HOSTILE))
    assert missed <= HELD_HOSTILE_MISSED_CEILING
