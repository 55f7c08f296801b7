"""Targeting rules: who a lexicon hit is aimed at, and when a rule cancels it (how the
rules read a hit, in a small token window at O(1) cost: targeting.py's docstring).

This module holds what every rule reads: the window constants, `Hit` and `Context`.
The rules: targeting_speech.py (reported speech, negation), targeting_person.py
(the person rules), targeting_groups.py (identity groups, the room, third persons);
`Targeter` in targeting.py puts them together.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Set as AbstractSet
from typing import Final, NamedTuple

from bot.core.scoring.hate_spelling import inside, single_quoted
from bot.core.scoring.lexicon import Entry, Lexicon
from bot.core.scoring.quoting import double_quoted
from bot.core.scoring.targeting_cues import PAGE_SLOTS, CueIndex, cue_index, cue_mask
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_marks import below as _below
from bot.core.scoring.targeting_marks import opens_single as _opens_single
from bot.core.scoring.targeting_marks import outside_words
from bot.core.scoring.targeting_marks import positions as _positions
from bot.core.scoring.targeting_marks import spans_through as _spans_through
from bot.core.scoring.verdict import TargetKind

logger: Final = logging.getLogger(__name__)

_STOPS: Final = ".!?;|\n"  # "|" joins chat lines in exports
_COMMAS: Final = ",:"  # the pauses that are no stops

BEFORE: Final = 6  # tokens looked at before a hit for its target
AFTER: Final = 4  # tokens looked at after a hit
NEGATION_REACH: Final = 3  # a negator this close before a hit cancels it
SENTENCE_REACH: Final = 12  # how far sentence-level rules look; keeps each hit O(1)
NAME_CALL_LENGTH: Final = 4  # a chat line this short that is mostly an insult is a name-call
ROOM_REACH: Final = 4  # "noob team", "this team is trash", "trash ass team"
IDENTITY_NOTE: Final = "aimed at an identity group"  # notes that do not cancel a hit: this one
SAID_OF_NOTE: Final = "said of a person"  # and this: "he is a liar", "lui è un coglione"
# The weight of a name-call said of one person ("he is a liar"), as a share of its weight
# said to the reader: weighing.py applies it, targeting_olid4.py lifts from it.
SAID_OF_WEIGHT: Final = 0.92
NAMED_NOTE: Final = "aimed at someone named in chat"  # and this: "fuck tusk", "stupid pudge"
# Word pairs that deny the claim after them: "not true (that)", "a myth that", "a lie
# that", "non è vero".
DENIAL_PAIRS: Final = frozenset(
    {
        ("not", "true"),
        ("myth", "that"),
        ("lie", "that"),
        ("false", "that"),
        ("untrue", "that"),
        ("e", "vero"),
        # italian15: "è falso che i rom rubano", "è una bugia che ..."
        ("falso", "che"),
        ("bugia", "che"),
        ("menzogna", "che"),
    }
)
WIDENED: Final = frozenset({Kind.NONE, Kind.THIRD_PERSON, Kind.OBJECT})
# What a named identity group turns into an identity attack ("women ... burn body
# fat" is about fat, not about women).
GROUP_HATRED: Final = frozenset({Cat.INSULT, Cat.IDENTITY_ATTACK, Cat.THREAT, Cat.EXCLUSION})
# Targets that name people; a mention or a reply alone does not make "criminals" or
# "disgust" about people.
NAMED_PEOPLE: Final = frozenset(
    {
        Kind.SECOND_PERSON,
        Kind.IMPERATIVE,
        Kind.GROUP,
        Kind.THIRD_PERSON,
    }
)


class Hit(NamedTuple):
    """One matched entry with its token span and the weight left after targeting.

    A named tuple, not a frozen dataclass: every flagged word builds two of these
    per message, and a tuple is built three times faster.
    """

    entry: Entry
    first: int
    last: int  # exclusive token index
    start: int  # offsets in the original text
    end: int
    target: TargetKind = Kind.NONE
    note: str = ""
    weight: float = 0.0


class Context:
    """One message's tokens and clause boundaries, computed lazily around hits."""

    __slots__ = (
        "_ends",
        "_firsts",
        "_gaming",
        "_index",
        "_limit",
        "_mask",
        "_paged",
        "_paused",
        "_pauses",
        "_present",
        "_quotes",
        "_single_quotes",
        "_stopped",
        "_stops",
        "_words",
        "cues",
        "folded",
        "imperative_at",
        "is_reply",
        "lead",
        "mentioned",
        "spans",
        "tokens",
    )

    def __init__(
        self,
        lexicon: Lexicon,
        folded: str,
        tokens: list[str],
        spans: list[tuple[int, int]],
        *,
        mentioned: bool,
        is_reply: bool,
        lead: int = 0,
    ) -> None:
        self.cues = lexicon.cues
        self.folded = folded
        self.tokens = tokens
        self.spans = spans
        self.mentioned = mentioned
        self.is_reply = is_reply
        # Tokens of the mentions that open the message ("@USER @USER he is a liar"):
        # the first sentence starts after them, as if they were not there.
        self.lead = lead
        self.imperative_at: list[int] = []  # token indexes of hits that are orders
        self._stops = _positions(folded, _STOPS)
        if self._stops:  # hatecheck46: "m.u.s.l.i.m.s are vermin", its dots no stops
            self._stops = outside_words(folded, self._stops, spans)
        self._pauses: list[int] | None = None
        self._quotes: list[tuple[int, int]] | None = None
        self._single_quotes: list[tuple[int, int]] | None = None
        self._gaming: bool | None = None
        self._present: dict[str, bool] | None = None  # lists the index cannot answer for
        self._index: CueIndex | None = None
        self._mask = 0  # the bits of the cue lists the message holds a word of
        self._limit = 0  # the index's bits below this one are in `_mask`
        self._paged: dict[int, tuple[int, int]] | None = None  # later page -> its limit, mask
        self._firsts: dict[int, int] = {}  # token index -> first token of its sentence
        self._ends: dict[int, int] = {}  # token index -> end of its sentence
        # token index -> a stop (a pause) right after it: the rules ask of the same few
        # tokens around a hit again and again (about 5 times in 6 an answer given before)
        self._stopped: dict[int, bool] = {}
        self._paused: dict[int, bool] = {}

    def mentions_any(self, name: str, words: frozenset[str]) -> bool:
        """Does any of `words` (the cue list `name`) occur in the message?"""
        index = self._index
        if index is None:
            index = self._index = cue_index(self.cues)
        known = index.bits.get(name)
        if known is None:
            bit = index.add(name, words)
        elif known[1] is words:
            bit = known[0]
        else:  # another list under a known name (another Targeter's own set): asked once
            present = self._present
            if present is None:
                present = self._present = {}
            found = present.get(name)
            if found is None:
                found = present[name] = not words.isdisjoint(self.tokens)
            return found
        if bit < 0:  # a list past the first page's 61
            return self._on_page(index, -bit)
        if bit >= self._limit:  # first question, or a list added since the mask was read
            self._limit = index.next_bit
            self._mask = cue_mask(index.masks, self.tokens)
        return self._mask & bit != 0

    def _on_page(self, index: CueIndex, code: int) -> bool:
        """Does the message hold a word of the list `code` (page * PAGE_SLOTS + slot)?
        Each later page's mask is read once, as the first page's is in `_mask`."""
        page = code // PAGE_SLOTS
        bit = 1 << (code % PAGE_SLOTS)
        paged = self._paged
        if paged is None:
            paged = self._paged = {}
        read = paged.get(page)
        if read is None or bit >= read[0]:  # its first question, or a list added since
            read = paged[page] = (
                index.page_next[page - 1],
                cue_mask(index.pages[page - 1], self.tokens),
            )
        return read[1] & bit != 0

    def stop_after(self, index: int) -> bool:
        """Is a stop between token `index` and the next token?"""
        found = self._stopped.get(index)
        if found is None:
            found = self._stopped[index] = self._gap_has(self._stops, index)
        return found

    def pause_after(self, index: int) -> bool:
        """Is a pause (a stop, a comma or a colon) between token `index` and the next?"""
        found = self._paused.get(index)
        if found is None:
            if self._pauses is None:  # the stops and every "," and ":" (one mark an offset)
                self._pauses = sorted(self._stops + _positions(self.folded, _COMMAS))
            found = self._paused[index] = self._gap_has(self._pauses, index)
        return found

    def _gap_has(self, marks: list[int], index: int) -> bool:
        """Is one of `marks` (sorted offsets) between token `index` and the next token?"""
        if index + 1 >= len(self.spans):  # spans stop short of the end only far from hits
            return index >= len(self.tokens) - 1
        spans = self.spans
        at = _below(marks, spans[index][1])
        return at < len(marks) and marks[at] < spans[index + 1][0]

    def sentence_start(self, index: int, reach: int) -> int:
        """First token of the sentence holding `index`, looking back at most `reach`."""
        first = self._firsts.get(index)
        if first is None:  # rules ask again and again around the same few hits
            stops = self._stops
            if index >= len(self.spans):  # past the words read (see sentence_end)
                first = index
            else:
                at = _below(stops, self.spans[index][0])
                first = 0 if at == 0 else _spans_through(self.spans, stops[at - 1])
            if first < self.lead <= index:  # "<@!1>": a "!" may stop inside a mention
                first = self.lead
            self._firsts[index] = first
        return max(first, index - reach)

    def sentence_end(self, index: int, reach: int) -> int:
        """Exclusive end of the sentence holding `index`, looking ahead at most `reach`."""
        end = self._ends.get(index)
        if end is None:
            stops = self._stops
            if index >= len(self.spans):
                # Swearing alone has its words' offsets read only up to its last hit
                # (scorer.py); a group word still sends it to the rules ("stupid team" on an
                # Italian-only server), which may ask past that: the word ends its sentence.
                end = index + 1
            else:
                at = _below(stops, self.spans[index][1])
                end = (
                    len(self.tokens) if at == len(stops) else _spans_through(self.spans, stops[at])
                )
            self._ends[index] = end
        # Two two-argument `min`s: the compiled build makes a three-argument one a generic
        # call (about 1,100 instructions), asked about 6 times per hit tweet.
        end = min(end, index + reach + 1)
        return min(end, len(self.tokens))

    def closes_clause(self, end: int) -> bool:
        """Whether words ending before token `end` close their clause: the message ends
        there or a pause follows ("he is clueless.", "go back, all of you"). Many readings
        need a verdict said whole, not one that goes on ("clueless about taxes")."""
        return end >= len(self.tokens) or self.pause_after(end - 1)

    def closes_after(self, end: int, tails: AbstractSet[str], reach: int) -> bool:
        """Whether the clause closes at token `end` or after at most `reach` of `tails`
        ("toxic team gg", "they suck lol"): chat's tails leave a verdict said whole."""
        tokens = self.tokens
        if self.closes_clause(end):
            return True
        for i in range(end, min(len(tokens), end + reach)):
            if tokens[i] not in tails:
                return False
            if self.closes_clause(i + 1):
                return True
        return False

    def starts_sentence(self, index: int) -> bool:
        return index in (0, self.lead) or self.stop_after(index - 1)

    def lets_before(self, index: int) -> bool:
        """ "let's" (split "let", "s") or "let us" right before token `index`: the writer
        calls others to act with them ("let's kill ...", "let us hang ...")."""
        tokens = self.tokens
        return index > 1 and tokens[index - 1] in ("s", "us") and tokens[index - 2] == "let"

    def back_over(self, at: int, words: frozenset[str], reach: int) -> int:
        """Where a run of `words` just before token `at` starts, at most `reach` tokens
        back and never across a pause: "i gay [dovrebbero sempre] stare ..." reads the
        claim's subject past its modals."""
        tokens = self.tokens
        floor = max(0, at - reach)
        while at > floor and tokens[at - 1] in words and not self.pause_after(at - 1):
            at -= 1
        return at

    def skip_ahead(self, at: int, words: frozenset[str], reach: int) -> int:
        """Where a run of `words` from token `at` on ends, at most `reach` tokens and never
        across a pause: "senza [gli] immigrati" reads the group past its articles."""
        tokens = self.tokens
        stop = min(len(tokens), at + reach)
        while at < stop and tokens[at] in words and not self.pause_after(at - 1):
            at += 1
        return at

    def opens_after(self, at: int, words: frozenset[str], reach: int) -> bool:
        """Token `at` opens its sentence, maybe after a run of `words` ("bro ur so dry",
        "e ora chiudete ..."): the rounds that read a line's own opening share this."""
        return self.starts_sentence(self.back_over(at, words, reach))

    def find_ahead(self, at: int, words: frozenset[str], reach: int) -> int:
        """The first token of `words` from token `at` on, at most `reach` tokens and never
        past a pause ("push them [down the stairs]", "watch them [drown]"), or -1."""
        tokens = self.tokens
        for i in range(at, min(len(tokens), at + reach)):
            if tokens[i] in words:
                return i
            if self.pause_after(i):
                return -1
        return -1

    def any_ahead(self, at: int, words: frozenset[str], reach: int) -> bool:
        """A token of `words` among the `reach` tokens from `at` on, across pauses: a kind
        word or a joke's mark after an insult softens it even past a comma ("ur so lame,
        jk ily")."""
        return not words.isdisjoint(self.tokens[at : at + reach])

    def only_tags_after(self, at: int, tags: frozenset[str], reach: int) -> bool:
        """Only `tags`, at most `reach` of them, from token `at` to the message's end: the
        chat rounds' whole-line shapes ("nobody laughed lol", "i dont like u at all")."""
        rest = self.tokens[at:]
        return len(rest) <= reach and all(word in tags for word in rest)

    def emoji_after(self, last: int, emoji: frozenset[str], reach: int) -> bool:
        """One of `emoji` in the folded text's last characters, at most `reach` of them,
        after the word ending before token `last` ("i dont like u 😘"): emoji are no
        tokens, so the characters themselves are read."""
        spans = self.spans
        if last < 1 or last > len(spans):
            return False
        tail = self.folded[spans[last - 1][1] :]
        return len(tail) <= reach and not emoji.isdisjoint(tail)

    def gap_asks(self, index: int) -> bool:
        """A "?" between token `index` and the next one (the text's end after the last
        token): the question marks the rules below read."""
        spans = self.spans
        following = spans[index + 1][0] if index + 1 < len(spans) else len(self.folded)
        return "?" in self.folded[spans[index][1] : following]

    def answered(self, end: int, openers: frozenset[str] | None = None) -> bool:
        """The sentence before token `end` ends with "?" and the writer goes on at `end`,
        with a word of `openers` when given: a question the writer answers ("who asked?
        me lol", "are women stupid? no") was asked, not thrown."""
        if end >= len(self.spans) or end < 1:  # spans may stop short of the tokens' end
            return False
        if openers is not None and self.tokens[end] not in openers:
            return False
        return self.gap_asks(end - 1)

    def ends_asking(self, index: int, reach: int = SENTENCE_REACH) -> bool:
        """The sentence holding token `index` (read at most `reach` tokens on) ends with
        "?": asked, not said ("does he lie a lot?", "do you think lesbians are gross?")."""
        end = self.sentence_end(index, reach)
        return 0 < end <= len(self.spans) and self.gap_asks(end - 1)

    def asked_right_after(self, last: int) -> bool:
        """A "?" right after token `last - 1`, spaces aside: the words just before it are
        asked ("pudge is clueless?", "Bernie is senile? no way")."""
        after = self.spans[last - 1][1]
        return self.folded[after : after + 3].lstrip().startswith("?")

    def quoted_or_asked(self, first: int, last: int) -> bool:
        """Tokens first..last-1 quoted, or their sentence asked: not a verdict the writer
        states ("is he a moron?", '"ur so corny" is a meme')."""
        return self.quoted(first, last) or self.ends_asking(first)

    def quoted(self, first: int, last: int) -> bool:
        """Tokens first..last-1 sit between a pair of double quotes, or in a statement
        quoted in single quotes: quoted, not said."""
        if self._single_quotes is None:
            folded = self.folded
            self._single_quotes = single_quoted(folded) if _opens_single(folded) else []
        if self._single_quotes and inside(
            self._single_quotes, self.spans[first][0], self.spans[last - 1][1]
        ):
            return True
        if self._quotes is None:
            if '"' not in self.folded:  # most messages: nothing quoted, no list to build
                return False
            self._quotes = double_quoted(self.folded)
        return inside(self._quotes, self.spans[first][0], self.spans[last - 1][1])

    @property
    def in_real_life(self) -> bool:
        """ "irl", "in real life": a threat said outside the game, whatever the game words."""
        return self.mentions_any("real_life", self.cues["real_life"]) or (
            "real" in self.tokens and "life" in self.tokens
        )

    @property
    def gaming(self) -> bool:
        """Game talk somewhere in the message ("rematch", "boss", "gg")."""
        if self._gaming is None:
            self._gaming = not self.cues["gaming"].isdisjoint(self.tokens)
        return self._gaming

    def near_order(self, index: int) -> bool:
        """An imperative hit ("shut up", "stfu") in the same sentence, close by."""
        at = bisect.bisect_left(self.imperative_at, index)
        for k in (at - 1, at):
            if 0 <= k < len(self.imperative_at):
                other = self.imperative_at[k]
                low, high = min(other, index), max(other, index)
                if high - low <= SENTENCE_REACH and not any(
                    self.stop_after(j) for j in range(low, high)
                ):
                    return True
        return False
