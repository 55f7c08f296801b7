"""The cue index: which of the rules' cue lists a message holds, answered from one pass
over its tokens (`Context.mentions_any` in targeting_context.py asks it)."""

from __future__ import annotations

from typing import Final

from bot.core.scoring.lexicon import Cues

# A page of the cue index holds 61 lists: its bits (1 .. 2**60) and the next one (2**61)
# stay short ints in the compiled build, whose tagged ints end at 2**62; a long int made
# every question about 200-600 instructions dearer (speed round 20).
PAGE_FULL: Final = 1 << 61
# A list past the first page is known by the negative code -(page * PAGE_SLOTS + slot):
# its bit on that page is 1 << slot, slot < 61 < PAGE_SLOTS.
PAGE_SLOTS: Final = 64


class CueIndex:
    """The cue lists the rules ask a message about (`Context.mentions_any`), one bit
    each, and for every word in them the bits of the lists that hold it.

    About 13 lists are asked of each message that reaches the rules, each once; with
    this index all their answers come from one intersection with the message's tokens
    and a few look-ups, instead of one set test per list (in the compiled build each
    test is a generic method call, about 1,300 instructions). Built per lexicon's cue
    lists from the lists the rules ask for, in the order they first ask; never holds
    message text. The first 61 lists get a bit in `masks`; later ones a negative code
    into `pages` (one `bit < 0` test on the first page's path, no long ints anywhere).
    """

    __slots__ = ("bits", "cues", "masks", "next_bit", "page_next", "pages", "words")

    def __init__(self, cues: Cues) -> None:
        self.cues = cues  # whose index this is; held, so its id stays its own
        # list name -> its bit on the first page (> 0) or its code on a later one (< 0), words
        self.bits: dict[str, tuple[int, frozenset[str]]] = {}
        self.masks: dict[str, int] = {}  # word -> the bits of the first page's lists holding it
        self.words: frozenset[str] = frozenset()  # every word of every list
        self.next_bit = 1  # the first page's next bit; PAGE_FULL once it is full
        self.pages: list[dict[str, int]] = []  # page 1, 2, ...: word -> bits, as `masks`
        self.page_next: list[int] = []  # each later page's next bit

    def add(self, name: str, words: frozenset[str]) -> int:
        """Give the list `name` its bit (or code); published last, so a mask read before
        it is seen as older than the bit (`Context.mentions_any` then reads again)."""
        bit = self.next_bit
        if bit >= PAGE_FULL:
            return self._add_paged(name, words)
        masks = self.masks
        for word in words:
            masks[word] = masks.get(word, 0) | bit
        self.words = frozenset(masks)
        self.bits[name] = (bit, words)
        self.next_bit = bit << 1
        return bit

    def _add_paged(self, name: str, words: frozenset[str]) -> int:
        """Give the list `name` a slot on the last later page (a new one when it is full)."""
        if not self.pages or self.page_next[-1] >= PAGE_FULL:
            self.pages.append({})
            self.page_next.append(1)
        page = len(self.pages)  # the first page is 0
        bit = self.page_next[-1]
        masks = self.pages[-1]
        for word in words:
            masks[word] = masks.get(word, 0) | bit
        self.words = self.words | words
        code = -(page * PAGE_SLOTS + bit.bit_length() - 1)
        self.bits[name] = (code, words)
        self.page_next[-1] = bit << 1
        return code

    def mask(self, tokens: list[str]) -> int:
        """The bits of every list of the first page holding one of `tokens`."""
        return cue_mask(self.masks, tokens)


def cue_mask(masks: dict[str, int], tokens: list[str]) -> int:
    """The bits of every list (in `masks`, word -> bits) holding one of `tokens`."""
    found = 0
    for token in tokens:  # a native loop: no set built (a word twice adds nothing)
        bits = masks.get(token)
        if bits is not None:
            found |= bits
    return found


_INDEXES: Final[dict[int, CueIndex]] = {}  # id of a lexicon's cue lists -> their index
_INDEXES_KEPT: Final = 16  # lexicons in use at once: a few language sets (lexicon_shared.py)


def cue_index(cues: Cues) -> CueIndex:
    """The index of a lexicon's cue lists, built at its first message's first question."""
    index = _INDEXES.get(id(cues))
    if index is None or index.cues is not cues:
        index = _INDEXES[id(cues)] = CueIndex(cues)
        while len(_INDEXES) > _INDEXES_KEPT:  # oldest first: an evicted one is rebuilt
            del _INDEXES[next(iter(_INDEXES))]
    return index
