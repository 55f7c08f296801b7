"""Finding lexicon hits in a message: spaced, starred-out and split words rejoined,
letter runs squeezed, benign phrases claiming their tokens first, offsets mapped back.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Container
from collections.abc import Set as AbstractSet
from operator import itemgetter
from typing import Final

from bot.core.scoring import discord39_words as d39
from bot.core.scoring import discord40_words as d40
from bot.core.scoring import discord48_words as d48
from bot.core.scoring import discord49_words as d49
from bot.core.scoring import discord52_words as d52
from bot.core.scoring import discord61_words as d61
from bot.core.scoring import forum31_words as f31
from bot.core.scoring import forum32_words as f32
from bot.core.scoring import gamechat38_words as g38
from bot.core.scoring import gamechat41_words as g41
from bot.core.scoring import gamechat42_words as g42
from bot.core.scoring import gamechat59_words as g59
from bot.core.scoring import gamechat60_words as g60
from bot.core.scoring import hatecheck44_words as hc44
from bot.core.scoring import hatecheck49_words as hc49
from bot.core.scoring import hatecheck55_words as hc55
from bot.core.scoring import hatecheck56_words as hc56
from bot.core.scoring import hatecheck63_words as hc63
from bot.core.scoring import insults22_words as i22
from bot.core.scoring import insults24_words as i24
from bot.core.scoring import italian11_spelling as it11
from bot.core.scoring import italian24_words as w24
from bot.core.scoring import italian32_words as w32
from bot.core.scoring import italian43_words as w43
from bot.core.scoring import italian55_words as w55
from bot.core.scoring import italian56_words as w56
from bot.core.scoring import threats15_words as t15
from bot.core.scoring import threats16_words as t16
from bot.core.scoring.clean_gates import pair_index, pairs_in
from bot.core.scoring.discord_syntax import EMOJI_WORDS
from bot.core.scoring.emphasis import emphasis_stars, only_emphasis
from bot.core.scoring.folding import (
    TOKEN_RE,
    OffsetMap,
    flat_words,
    has_letter,
    spaced_runs,
    squeeze_variants,
)
from bot.core.scoring.hate_spelling import group_run_together, starred_group_name
from bot.core.scoring.hatecheck25_words import (
    group_beside_phrase,
    hostile_pair_run,
    named_then_copula,
    pair_sides,
)
from bot.core.scoring.hateprobe7_words import group_at_end
from bot.core.scoring.italian35_words import WHOLE_NAMES
from bot.core.scoring.italian39_words import ADVERB_END
from bot.core.scoring.lexicon import Entry, Lexicon
from bot.core.scoring.lexicon_sections import GROUP_NAMED
from bot.core.scoring.masked_insults6 import inserted_star_word
from bot.core.scoring.masked_words import by_letter, truncated_fits
from bot.core.scoring.phrase_matching import match_at, paused_between, unshadowed
from bot.core.scoring.read_through import READ_THROUGH, own_positions, through_phrases
from bot.core.scoring.segmenting import segment
from bot.core.scoring.spelling7 import split_joined
from bot.core.scoring.targeting_context import Hit
from bot.core.scoring.targeting_kinds import Kind

RUN_GATE_RE: Final = re.compile(r"([a-z])\1\1")
_DOUBLE_GATE_RE: Final = re.compile(r"([a-z])\1")  # hatecheck56: "muuslliims"
_MASKED_RE: Final = re.compile(r"[^\W_]*\*[\w*]*")  # a word with starred-out letters
_SEGMENT_LIMIT: Final = 64  # spaced-out letters longer than this are not split into words
_LONGEST_WORD: Final = 16
# Terms that give way to an older term of the same length they overlap: italian32's
# "le persone trans sono malate" keeps "sono malate"; gamechat38's "can you fuck off"
# keeps "fuck off"; hatecheck44's "the right to" keeps "right to live"; italian43's "non
# sarà mai più" keeps "mai più"; gamechat41's "they suck dick" keeps "suck dick";
# discord39's "a slap", "get shot", discord40's "smoke you", "your shit" and gamechat42's
# team lines keep any older line of their length; forum31's "brains are" keeps "are
# inferior"; hatecheck55's "must go" keeps "go back"; forum32's "has no" keeps any older
# line of its length; insults24's "you smoking" and the rest of its lines keep any older
# line of their length; italian55's "roba da" keeps italian45's "da buttare"; italian56's
# blame lines ("colpa dei", "voluta dagli") keep any older line of their length;
# hatecheck63's "ever contributed" keeps hatecheck22's "contributed anything", and the
# rest of its lines keep any older line of their length; discord48's likening lines
# ("sounds like", "voice is like") keep any older line of their length, as do
# discord49's grooming lines ("dont tell", "you alone", "mature for"), discord52's
# calls to shut a member out ("out of our discord" keeps "get out of"), gamechat59's
# "bad" lines ("really bad people" keeps "bad people"), and threats16's reliefs ("good
# thing i", "thank god we") keep any older line of their length.
_YIELDING: Final = (
    w32.YIELDING
    | g38.YIELDING
    | hc44.YIELDING
    | w43.YIELDING
    | g41.YIELDING
    | d39.OWN_TERMS
    | d40.OWN_TERMS
    | g42.YIELDING
    | f31.YIELDING
    | hc55.YIELDING
    | f32.YIELDING
    | i24.YIELDING
    | w55.OWN_TERMS
    | w56.OWN_TERMS
    | hc63.OWN_TERMS
    | d48.OWN_TERMS
    | d49.OWN_TERMS
    | d52.OWN_TERMS
    | g59.OWN_TERMS
    | t16.OWN_TERMS
)
# threats15's reliefs ("that you are not", "glad ur not") give way to any older line of
# two words or more they overlap, whatever its length ("i think that you are not human"
# keeps "are not human"), and still shadow a single word ("thank god ur not": "god").
_YIELDING_ANY: Final[frozenset[str]] = t15.OWN_TERMS
_YIELDING_ANY_LENGTH: Final[float] = -1.5  # sorts between one word and two
# Words run together ("ihatemuslims") are only looked at in tokens this long or longer.
JOINED_MIN: Final = 7
_JOINED_MAX: Final = 40
_ONE_LETTER_WORDS: Final = frozenset({"i", "u", "a"})
# hatecheck16: how English words end that no list holds ("hurtful", "amazingness"): spaced
# out, such a run is one word, not letters for the text-speak pairs ("f u").
_WORD_ENDS: Final = ("ful", "fully", "ing", "tion", "ness", "ment", "able", "ible", "ous")
_NO_TARGET: Final = Kind.NONE  # a new hit's target, as `Hit`'s default
_new_tuple = tuple.__new__
_MAX_HITS: Final = 64  # hits weighed per message, strongest first: a flood cannot cost more


def _three_singles(words: list[tuple[str, int, int]]) -> bool:
    """Whether three tokens in a row are one character long: a SPACED_RE match is
    three or more single letters with only separators between them (none of them a
    token character), so its letters are three such tokens in a row. Most messages
    have none, and this spares them the regex's try at every character."""
    row = 0
    for word, _, _ in words:
        if len(word) == 1:
            row += 1
            if row == 3:
                return True
        else:
            row = 0
    return False


class Matcher:
    """The matching half of a scorer: one compiled lexicon, read many times."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self._split_pairs = lexicon.split_pairs
        self._split_keys = lexicon.split_keys
        self._pair_word_index = pair_index(lexicon.pair_words)  # clean_gates.pairs_in
        self._ordinary = lexicon.cues["word"]
        self._typo_words = lexicon.typo_words
        self._groups = lexicon.cues["identity"] | lexicon.cues["identity_adjective"]
        named = self._groups | lexicon.cues["people"]
        # First and last three letters of group names: "musl...", "...ople".
        self.group_ends = frozenset(w[:3] for w in named) | frozenset(w[-3:] for w in named)
        # How a token that ends in a group's name ends: its last three letters, or a name
        # shorter than that (`_verb_then_group`'s gate: most long tokens end otherwise).
        self._named_tails = frozenset(w[-3:] for w in named if len(w) >= 3)
        self._short_named = tuple(w for w in named if len(w) < 3)
        self.article_joins, self.article_words = it11.joins_for(lexicon)  # italian11: "igay"
        self._pair_sides = pair_sides(lexicon.hit_pairs)  # hatecheck25: "womenshould die"
        # hatecheck56: names and slurs with letters typed twice ("muuslliims", "jeeewwss").
        self._stretched, self._stretched_keys = hc56.shared_stretched(
            self._groups | hc56.anchored_slurs(lexicon.anchors)
        )

    def rewrite(
        self, folded: str, flat: str | None = None, split: list[str] | None = None
    ) -> tuple[list[str], list[tuple[int, int]]]:
        """Tokens and spans after rejoining spaced letters, unmasking starred-out words
        and squeezing letter runs.

        `flat` and `split`, when given, are `flatten(text)` and its `split()` for the text
        `folded` folds: `flat` is `folded` with every character that is no letter or digit
        made a space (tests/core/scoring/test_folding.py checks every code point), so
        its words and offsets are TOKEN_RE's in `folded`, found without the regex and a
        match object per word.
        """
        if flat is None or split is None:
            words = [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(folded)]
        else:
            words = flat_words(flat, split)
        joined: list[tuple[str, int, int]] = []
        if _three_singles(words):  # what SPACED_RE needs, far cheaper than its scan
            for letters, offsets in spaced_runs(folded):
                if (tailed := self._spaced_tail(folded, words, letters, offsets[-1])) is not None:
                    joined.append((tailed[0], offsets[0], tailed[1]))  # insults22: "f u c k head"
                    continue
                for word, first, last in self._segment(letters):
                    joined.append((word, offsets[first], offsets[last - 1] + 1))
        if "*" in folded:
            joined.extend(self._unmasked(folded))
        joined.extend(split_joined(words, self._lexicon.joined))  # spelling7: "anidiot"
        run_together: dict[str, list[tuple[str, int, int]]] = {}  # a flood repeats its words
        for token, start, _ in words:
            if len(token) >= JOINED_MIN and self.may_be_joined(token):
                if (pieces := run_together.get(token)) is None:
                    pieces = run_together[token] = self.joined_words(token)
                joined.extend((p, start + a, start + b) for p, a, b in pieces)
            elif token in self.article_joins and self.may_be_joined(token):  # italian11: "igay"
                joined.extend((p, start + a, start + b) for p, a, b in self.article_joins[token])
        if joined:
            joined.sort(key=lambda run: run[1])
            joined = [run for i, run in enumerate(joined) if i == 0 or run[1] >= joined[i - 1][2]]
            words = _merge(words, joined)
        words = self._rejoin_split(folded, words)
        tokens = [w[0] for w in words]
        if RUN_GATE_RE.search(folded) is not None:
            known = self._lexicon.known_words
            tokens = [
                t if t in known or len(t) < 3 else (_known_variant(t, known) or t) for t in tokens
            ]
        if _DOUBLE_GATE_RE.search(folded) is not None:
            keys = self._stretched_keys
            tokens = [
                self._unstretched(t)
                if len(t) >= hc56.STRETCHED_MIN and t[:2] + t[-1] in keys
                else t
                for t in tokens
            ]
        return tokens, [(start, end) for _, start, end in words]

    def _spaced_tail(
        self, folded: str, words: list[tuple[str, int, int]], letters: str, last: int
    ) -> tuple[str, int] | None:
        """insults22: the name-call a spaced run and the word one space after it spell
        ("f u c k head": "fuckhead"), with the word's end; or None."""
        at = bisect.bisect_right(words, last, key=itemgetter(1))
        if at >= len(words):
            return None
        following, start, end = words[at]
        if folded[last + 1 : start] != " ":
            return None
        word = i22.spaced_with_tail(letters, following, self._lexicon.anchors)
        return None if word is None else (word, end)

    def stretched_in(self, tokens: list[str]) -> bool:
        """hatecheck56: whether a token is a group name or slur with letters typed twice
        (the scorer's gate: `rewrite` reads it)."""
        keys = self._stretched_keys
        return any(
            self._unstretched(t) != t
            for t in tokens
            if len(t) >= hc56.STRETCHED_MIN and t[:2] + t[-1] in keys
        )

    def _unstretched(self, token: str) -> str:
        """hatecheck56: a token no list knows read as the group name or slur it spells
        with letters typed twice ("woomeeen": "women"); any other token as it is."""
        name = hc56.stretched_name(token, self._stretched, self._stretched_keys)
        if name is None or token in self._lexicon.known_words or token in self._typo_words:
            return token
        return name

    def _rejoin_split(
        self, folded: str, words: list[tuple[str, int, int]]
    ) -> list[tuple[str, int, int]]:
        """One of our words split in two by spaces ("you are an i diot") is read whole, and
        a group's name split by a hyphen, a dot or an underscore (hatecheck49: "mus-lims",
        "ref_ugees")."""
        split = self._split_pairs
        marked = hc49.NAME_SPLIT_RE.search(folded) is not None
        if not marked and self._split_keys.isdisjoint(itertools.pairwise(w[0] for w in words)):
            return words
        out: list[tuple[str, int, int]] = []
        i = 0
        while i < len(words):
            word, start, end = words[i]
            if i + 1 < len(words):
                following, next_start, next_end = words[i + 1]
                gap = folded[end:next_start]
                if gap.isspace():
                    whole = split.get((word, following))
                elif marked and gap in hc49.NAME_SPLITS and word + following in self._groups:
                    whole = word + following
                else:
                    whole = None
                if whole is not None:
                    out.append((whole, start, next_end))
                    i += 2
                    continue
            out.append(words[i])
            i += 1
        return out

    def _segment(self, letters: str) -> list[tuple[str, int, int]]:
        """Split rejoined letters into known words ("fuckyou" -> "fuck", "you").

        Greedy longest match over lexicon and cue words; all or nothing, and only
        worth it when a lexicon word is among the pieces. Long runs are not words.
        """
        anchors = self._lexicon.anchors
        whole = letters if letters in anchors else _known_variant(letters, anchors)
        cues = self._lexicon.cues
        if whole is None and (
            letters in cues["identity"]
            or letters in cues["identity_adjective"]
            or self._lexicon.typos.get(letters) in self._groups  # hatecheck46: "m.u.s.1.i.m.s"
        ):
            whole = letters  # "m u s l i m s are vermin", "b l a c k people": spaced out
        elif whole is None and letters[-1:] == "r" and letters[:-1] in cues["identity"]:
            # hatecheck20: text-speak "r" ("are") ran into the spaced group: "m u s l i m s
            # r vermin" is the group and "r", not one unknown run of letters.
            return [(letters[:-1], 0, len(letters) - 1), ("r", len(letters) - 1, len(letters))]
        elif whole is None and (letters in self._ordinary or letters.endswith(_WORD_ENDS)):
            # hatecheck16: an everyday word spaced out is that word ("d e a t h to women"),
            # never its letters ("w o n d e r f u l", "h u r t f u l" hold no "f u").
            whole = letters
        if whole is not None:
            return [(whole, 0, len(letters))]
        if len(letters) > _SEGMENT_LIMIT:
            return []
        if letters in self.article_joins:  # italian11: "i n e r i sono scimmie"
            return list(self.article_joins[letters])
        pieces = self._segment_known(letters)
        return pieces if any(piece in anchors for piece, _, _ in pieces) else []

    def _segment_known(self, letters: str) -> list[tuple[str, int, int]]:
        """`letters` as lexicon and cue words, long words first; all or nothing."""
        return segment(letters, self._lexicon.known_words, _ONE_LETTER_WORDS, _LONGEST_WORD)

    def may_be_joined(self, token: str) -> bool:
        """A long token no list knows may be words run together; cheap set tests only.
        Callers first ask that it start or end like a group's name (`group_ends`)."""
        return (
            len(token) <= _JOINED_MAX
            and token not in self._lexicon.known_words
            and token not in self._ordinary
            and token not in self._typo_words
            and token not in WHOLE_NAMES  # italian35: "zingaretti" is no "zingare" + "tt"
            and not token.endswith(ADVERB_END)  # italian39: "profondamente" holds no "men"
        )

    def joined_words(self, token: str) -> list[tuple[str, int, int]]:
        """Words run together about a group read apart: "ihatemuslims", "odiogay".

        Greedy longest match over lexicon and cue words, all or nothing, and kept only
        when the pieces hold both a group's name and a hostile word, name only a group
        ("blackpeople", "allimmigrants") or are a copula and a hostile word
        ("aredisgusting"), so a hashtag or a nick that happens to split
        ("blacklivesmatter") is left as it was.
        """
        pieces = self._segment_known(token)
        words = [piece for piece, _, _ in pieces]
        hit_words = self._lexicon.hit_words
        if (
            self._groups.isdisjoint(words)
            or (
                hit_words.isdisjoint(words)
                and not group_run_together(words, self._lexicon.cues)
                and not hostile_pair_run(words, self._lexicon.hit_pairs)  # "deathtoalljews"
            )
        ) and not it11.run_together(words, hit_words, self._groups):
            people = self._lexicon.cues["people"]
            if named_then_copula(words, self._groups, people) or group_beside_phrase(
                words, self._groups, people, self._pair_sides
            ):
                return pieces  # hatecheck25: "black peopleare", "womenshould die"
            return (
                self._verb_then_group(token)
                or list(self.article_joins.get(token, ()))
                or self._article_then_clause(token)
            )
        return pieces

    def _article_then_clause(self, token: str) -> list[tuple[str, int, int]]:
        """ "ledonnesonoinferiori", "inerisonoscimmie": a whole clause run together after
        its article (italian24); the article read apart, a group's name opening the rest
        and a hostile word after it. The general split misses them ("le" is no lexicon
        word; long words first read "in" + "eri")."""
        for article in w24.CLAUSE_ARTICLES:
            if token.startswith(article):
                cut = len(article)
                break
        else:
            return []
        rest = self._segment_known(token[cut:])
        words = [piece for piece, _, _ in rest]
        if len(words) < 2:
            return []
        named = 1 if words[0] in self._groups or words[0] in w24.RUN_GROUPS else 0
        if not named and words[0] in self._lexicon.cues["people"] and words[1] in self._groups:
            named = 2  # "lepersonetranssonomalate"
        if not named or self._lexicon.hit_words.isdisjoint(words[named:]):
            return []
        return [(article, 0, cut), *((piece, a + cut, b + cut) for piece, a, b in rest)]

    def _verb_then_group(self, token: str) -> list[tuple[str, int, int]]:
        """ "odioledonne", "odioineri": hostile words, an article, a group (hateprobe7);
        an article the general split reads as part of another word."""
        if token[-3:] not in self._named_tails and not token.endswith(self._short_named):
            return []  # no group's name ends the token: `group_at_end` would find none
        tail = group_at_end(token, self._groups, self._lexicon.cues["people"])
        if tail is None:
            return []
        head = self._segment_known(token[: tail[0][1]])
        if not head or self._lexicon.hit_words.isdisjoint(piece for piece, _, _ in head):
            return []
        return [*head, *tail]

    def _unmasked(self, folded: str) -> list[tuple[str, int, int]]:
        """Words with letters starred out ("f*ck", "a**hole") read as the lexicon word.

        A star stands for one letter. When several words fit ("s**t"), the weakest
        one is taken, so a guess never makes a message look worse than it may be.
        """
        found = []
        emphasis = emphasis_stars(folded)  # "*hugs you*" is Markdown, not "thugs"
        for match in _MASKED_RE.finditer(folded):
            masked = match.group()
            if sum(ch != "*" for ch in masked) < 1 or masked.count("*") * 2 > len(masked):
                continue
            if only_emphasis(emphasis, match.start(), masked):
                continue
            letters = [(i, ch) for i, ch in enumerate(masked) if ch != "*"]
            first, letter = letters[0]
            words = self._lexicon.maskable.get(len(masked), ())
            fits = [
                (weight, word)
                for word, weight in by_letter(words).get((first, letter), ())
                if all(word[i] == ch for i, ch in letters)
            ]
            if not fits and masked[-1] == "*" and masked.rstrip("*") not in self._ordinary:
                fits = truncated_fits(masked, self._lexicon.maskable)  # "vaff*"
            if fits:
                found.append((min(fits)[1], match.start(), match.end()))
            elif (inserted := inserted_star_word(masked, self._lexicon.maskable)) is not None:
                found.append((inserted, match.start(), match.end()))  # "jer*k", "los*er"
            elif (name := starred_group_name(masked, self._groups)) is not None:
                found.append((name, match.start(), match.end()))  # hatecheck31: "m*slims"
        return found

    def candidates(
        self,
        tokens: list[str],
        pairs: AbstractSet[tuple[str, str]] | None = None,
        paused: Callable[[int, int], bool] | None = None,
    ) -> list[tuple[int, int, Entry]]:
        """Non-overlapping lexicon hits: benign phrases claim tokens first, longest wins.

        `pairs`, when given, holds the message's word pairs already known to be keys.
        `paused(first, last)`, when given, says a pause lies between tokens first..last-1:
        a phrase across one is two clauses and claims nothing ("a dick, clark").
        """
        lexicon = self._lexicon
        anchors = lexicon.anchors
        found: list[tuple[int, int, Entry]] = []
        for token in lexicon.index_words.intersection(tokens):
            entries = anchors[token]
            # Most anchors are one word of one entry, said once: `match_at`'s answer
            # without the call (tests/core/scoring/test_scorer_speed6.py compares them).
            if (
                len(entries) == 1
                and len(entries[0][1].tokens) == 1
                and (at := _only_at(tokens, token)) >= 0
            ):
                found.append((at, at + 1, entries[0][1]))
                continue
            match_at(tokens, token, entries, found)
        if pairs is None:
            pairs = pairs_in(tokens, lexicon.pair_words, self._pair_word_index)
        for pair in lexicon.pair_words.intersection(pairs):
            match_at(tokens, pair, lexicon.pairs[pair], found)
        if not READ_THROUGH.isdisjoint(tokens):  # "are a fucking burden": read_through.py
            # gamechat59's lines are never read through one: "he is so bad" keeps "so bad".
            found.extend(
                c
                for c in through_phrases(tokens, lexicon, self._looked_up)
                if c[2].term not in g59.OWN_TERMS
            )
        if g60.bad_beside_player(tokens):  # gamechat60's gated "bad": "pudge bad", "bad pudge"
            found.append(g60.bad_candidate(tokens))
        if d61.removal_in_line(tokens):  # discord61's gated verbs: "ban <@9> pls"
            found.extend(d61.removal_candidates(tokens))
            found = d61.kick_first(found, tokens, lexicon.cues[GROUP_NAMED])
        if len(found) == 1:  # the usual case: one word or phrase, nothing overlaps
            return found if found[0][2].category is not None else []
        if not found or all(entry.category is None for _, _, entry in found):
            return []
        if paused is not None:
            # italian47: a hostile phrase across one is dropped too (`hits` would drop it),
            # so it shadows no shorter hit: "le donne, non sanno guidare" keeps "sanno".
            found = [c for c in found if c[1] - c[0] < 2 or not paused(c[0], c[1])]
        found = unshadowed(found)
        # italian32, gamechat38 and hatecheck44: their terms give way to an older term of
        # the same length they overlap (_YIELDING), read as before; threats15's to any
        # longer than a word (_YIELDING_ANY).
        found.sort(
            key=lambda c: (
                c[2].category is not None,
                _YIELDING_ANY_LENGTH if c[2].term in _YIELDING_ANY else c[0] - c[1],
                c[2].term in _YIELDING,
                c[0],
            )
        )
        taken: set[int] = set()
        chosen = []
        for first, last, entry in found:
            span: range | list[int] = range(first, last)
            if last - first != len(entry.tokens):  # read through an intensifier
                span = own_positions(tokens, first, last)
            if not taken.isdisjoint(span):
                continue
            taken.update(span)
            if entry.category is not None:
                chosen.append((first, last, entry))
        chosen.sort(key=lambda c: c[0])
        return chosen

    def _looked_up(self, tokens: list[str]) -> list[tuple[int, int, Entry]]:
        """Every entry found in `tokens`, none chosen over another (read_through.py's
        second look, with the intensifiers left out)."""
        lexicon = self._lexicon
        found: list[tuple[int, int, Entry]] = []
        for token in lexicon.index_words.intersection(tokens):
            match_at(tokens, token, lexicon.anchors[token], found)
        pairs = pairs_in(tokens, lexicon.pair_words, self._pair_word_index)
        for pair in lexicon.pair_words.intersection(pairs):
            match_at(tokens, pair, lexicon.pairs[pair], found)
        return found

    def hits(
        self,
        text: str,
        folded: str,
        spans: list[tuple[int, int]],
        candidates: list[tuple[int, int, Entry]],
    ) -> list[Hit]:
        """Hits with offsets in the original text; a flood keeps only the strongest."""
        if len(candidates) > _MAX_HITS:
            strongest = sorted(candidates, key=lambda c: (-c[2].weight, c[0]))[:_MAX_HITS]
            candidates = sorted(strongest, key=lambda c: c[0])
        offsets = OffsetMap(text) if len(folded) != len(text) else None
        hits = []
        for first, last, entry in candidates:
            if last - first > 1 and paused_between(text, spans, first, last, offsets):
                continue  # "Fuck, you look great" is no "fuck you"
            start, end = spans[first][0], spans[last - 1][1]
            if offsets is not None:
                start, end = offsets.start(start), offsets.end(end)
            span = text[start:end]
            # "455" is a number, not leet for "ass"; "🤡" is a word (discord_syntax.py)
            if span.isalpha() or has_letter(span) or span[:1] in EMOJI_WORDS:
                # `Hit(...)` without its Python-level __new__ (interpreted, a call per hit)
                hits.append(_new_tuple(Hit, (entry, first, last, start, end, _NO_TARGET, "", 0.0)))
        return hits


def _only_at(tokens: list[str], token: str) -> int:
    """Where `token` occurs in `tokens` if it occurs exactly once, else -1: one native
    pass instead of `tokens.count` and `tokens.index` (generic compares, two passes)."""
    at = -1
    for i, word in enumerate(tokens):
        if word == token:
            if at >= 0:
                return -1
            at = i
    return at


def _merge(
    words: list[tuple[str, int, int]], joined: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """Replace the tokens covered by each rejoined word (sorted, disjoint) with it."""
    merged: list[tuple[str, int, int]] = []
    runs = iter(joined)
    run = next(runs, None)
    for item in words:
        while run is not None and run[2] <= item[1]:
            merged.append(run)
            run = next(runs, None)
        if run is not None and run[1] <= item[1] < run[2]:
            continue  # a piece of the rejoined word
        merged.append(item)
    if run is not None:
        merged.append(run)
        merged.extend(runs)
    return merged


def _known_variant(word: str, known: Container[str]) -> str | None:
    for variant in squeeze_variants(word):
        if variant in known:
            return variant
    return None
