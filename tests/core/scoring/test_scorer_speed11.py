"""Speed round 11: `Context.mentions_any` from one index of the rules' cue lists (issue 8).

The rules ask each message about a dozen cue lists ("does it hold a copula, a 'who',
an identity word?"), each once. The answers now come from `CueIndex`: one bit per list,
and per message one intersection of its tokens with every listed word. Each answer
must be what a set test of that list against the message's tokens says, whatever
order the lists are first asked in, whether a list was added to the index after the
message's first question, and when another lexicon's rules pass their own set under
a name already taken.
"""

from __future__ import annotations

import random

from bot.core.scoring import targeting_cues
from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.targeting_context import Context
from bot.core.scoring.targeting_cues import CueIndex, cue_index

_WORDS = [f"w{i}" for i in range(40)] + ["you", "are", "who", "so", "idiot", "e", "che"]


def _context(tokens: list[str], cues: dict[str, frozenset[str]]) -> Context:
    lexicon = Lexicon(anchors={}, cues=cues)
    text = " ".join(tokens)
    spans = []
    at = 0
    for token in tokens:
        spans.append((at, at + len(token)))
        at += len(token) + 1
    return Context(lexicon, text, tokens, spans, mentioned=False, is_reply=False)


def test_answers_match_a_set_test_in_any_order() -> None:
    rng = random.Random(11)
    lists = {f"list{i}": frozenset(rng.sample(_WORDS, rng.randint(1, 12))) for i in range(30)}
    cues: dict[str, frozenset[str]] = {}  # a fresh index: lists are added as asked
    for _ in range(400):
        tokens = [rng.choice(_WORDS) for _ in range(rng.randint(0, 15))]
        ctx = _context(tokens, cues)
        names = list(lists)
        rng.shuffle(names)
        for name in names[: rng.randint(1, 30)] * 2:  # asked twice: the same answer
            assert ctx.mentions_any(name, lists[name]) is (not lists[name].isdisjoint(tokens))


def test_a_list_added_after_the_first_question_is_read() -> None:
    cues: dict[str, frozenset[str]] = {}
    ctx = _context(["you", "are", "so", "late"], cues)
    assert ctx.mentions_any("speed11_first", frozenset({"so"}))  # the mask is read here
    other = _context(["who", "cares"], cues)
    assert other.mentions_any("speed11_later", frozenset({"who"}))  # a new bit, added now
    assert not ctx.mentions_any("speed11_later", frozenset({"who"}))  # not in ctx's words
    assert ctx.mentions_any("speed11_late", frozenset({"late", "x"}))
    assert not ctx.mentions_any("speed11_absent", frozenset({"cares"}))


def test_another_set_under_a_taken_name_is_tested_itself() -> None:
    cues: dict[str, frozenset[str]] = {}
    first = frozenset({"who"})
    _context(["who"], cues).mentions_any("speed11_group", first)  # takes the name
    ctx = _context(["you", "idiot"], cues)
    assert ctx.mentions_any("speed11_group", frozenset({"idiot"}))  # its own set
    assert not _context(["who"], cues).mentions_any("speed11_group", frozenset({"idiot"}))


def test_the_index_holds_only_listed_words() -> None:
    cues: dict[str, frozenset[str]] = {}
    ctx = _context(["my", "secret", "message", "so"], cues)
    ctx.mentions_any("speed11_so", frozenset({"so", "as"}))
    index = cue_index(cues)
    assert set(index.masks) == {"so", "as"}
    assert index.words == frozenset({"so", "as"})


def test_each_lexicons_lists_have_their_own_index_and_old_ones_go() -> None:
    first: dict[str, frozenset[str]] = {}
    assert cue_index(first) is cue_index(first)
    assert cue_index({}) is not cue_index(first)
    for _ in range(targeting_cues._INDEXES_KEPT + 4):
        cue_index({})
    assert len(targeting_cues._INDEXES) <= targeting_cues._INDEXES_KEPT


def test_a_bit_is_published_after_its_words() -> None:
    index = CueIndex({})
    bit = index.add("a", frozenset({"x", "y"}))
    assert index.next_bit > bit and index.bits["a"] == (bit, frozenset({"x", "y"}))
    assert index.mask(["y", "z"]) == bit
    assert index.mask(["z"]) == 0
    second = index.add("b", frozenset({"y"}))
    assert index.mask(["y"]) == bit | second
