"""Speed round 21: the cue index past 61 lists (issue 8).

In the compiled build a tagged int ends at 2**62, so the index gives its first 61 lists
a bit each (1 .. 2**60) and every later list a negative code into a later page of 61
bits. The answers must stay what a set test of each list says, on every page, in any
order of first questions, and when a list joins a page after the message read it; and
no bit or limit the index keeps may reach a long int.
"""

from __future__ import annotations

import random

from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.targeting_context import Context
from bot.core.scoring.targeting_cues import PAGE_FULL, CueIndex, cue_index

_WORDS = [f"w{i}" for i in range(60)] + ["you", "are", "who", "so", "idiot"]


def _context(tokens: list[str], cues: dict[str, frozenset[str]]) -> Context:
    lexicon = Lexicon(anchors={}, cues=cues)
    spans = []
    at = 0
    for token in tokens:
        spans.append((at, at + len(token)))
        at += len(token) + 1
    return Context(lexicon, " ".join(tokens), tokens, spans, mentioned=False, is_reply=False)


def test_answers_on_every_page_match_a_set_test() -> None:
    rng = random.Random(21)
    lists = {f"list{i}": frozenset(rng.sample(_WORDS, rng.randint(1, 6))) for i in range(200)}
    cues: dict[str, frozenset[str]] = {}  # lists join the index as they are first asked
    for _ in range(300):
        tokens = [rng.choice(_WORDS) for _ in range(rng.randint(0, 12))]
        ctx = _context(tokens, cues)
        names = list(lists)
        rng.shuffle(names)
        for name in names[: rng.randint(1, 200)] * 2:  # asked twice: the same answer
            assert ctx.mentions_any(name, lists[name]) is (not lists[name].isdisjoint(tokens))
    index = cue_index(cues)
    assert len(index.bits) == 200 and len(index.pages) == 3  # 61 + 61 + 61 + 17


def test_bits_and_limits_stay_below_a_machine_word() -> None:
    index = CueIndex({})
    for number in range(130):
        index.add(f"l{number}", frozenset({f"w{number}"}))
    firsts = [code for code, _ in index.bits.values() if code > 0]
    assert len(firsts) == 61 and max(firsts) == PAGE_FULL >> 1
    assert index.next_bit == PAGE_FULL and all(bit <= PAGE_FULL for bit in index.page_next)
    codes = [code for code, _ in index.bits.values() if code < 0]
    assert len(codes) == 69 and len(set(codes)) == 69
    assert index.words == frozenset(f"w{number}" for number in range(130))


def test_a_list_joining_a_later_page_after_its_read_is_read() -> None:
    cues: dict[str, frozenset[str]] = {}
    ctx = _context(["you", "are", "so", "late"], cues)
    for number in range(61):
        assert not ctx.mentions_any(f"first{number}", frozenset({f"w{number}"}))
    assert ctx.mentions_any("page1_a", frozenset({"so"}))  # page 1's mask is read here
    assert not ctx.mentions_any("page1_b", frozenset({"who"}))
    assert ctx.mentions_any("page1_c", frozenset({"late"}))  # joined after the read
    assert ctx.mentions_any("page1_a", frozenset({"so"}))
