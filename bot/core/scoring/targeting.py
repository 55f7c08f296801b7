"""Targeting rules: who a lexicon hit is aimed at, and when a rule cancels it.

Words become hostility only when aimed at someone. Each hit is read in a small
token window (the clause around it): a second-person cue, a mention, an order
or a vocative aims it at a person; self-directed, object-directed, negated,
reported or quoted words, counter-speech and gaming talk lower or cancel it.
The scorer finds hits and combines weights; this module only decides targets,
so each rule can be read and tested on its own. Every look-up is bounded by a
fixed reach around the hit, so cost stays O(1) per hit.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import re
from typing import NamedTuple

from bot.core.scoring.lexicon import Entry, Lexicon
from bot.core.scoring.verdict import Category, TargetKind

logger = logging.getLogger(__name__)

_STOP_RE = re.compile(r"[.!?;|\n]")  # "|" joins chat lines in exports
_PAUSE_RE = re.compile(r"[.!?;,:|\n]")
_QUOTE_RE = re.compile(r'"')

_BEFORE = 6  # tokens looked at before a hit for its target
_AFTER = 4  # tokens looked at after a hit
_NEGATION_REACH = 3  # a negator this close before a hit cancels it
SENTENCE_REACH = 12  # how far sentence-level rules look; keeps each hit O(1)
_NAME_CALL_LENGTH = 4  # a chat line this short that is mostly an insult is a name-call
_ROOM_REACH = 4  # "noob team", "this team is trash", "trash ass team"
IDENTITY_NOTE = "aimed at an identity group"  # the one note that does not cancel a hit
# Where a rule found no person, a named identity group or the room can still be the target.
# Copulas after a third person, English and Italian ("è" folds to "e").
_THIRD_COPULAS = frozenset({"is", "s", "was", "isn", "e", "era", "sono", "erano"})
_DEMONSTRATIVES = frozenset(
    {"that", "this", "quel", "quello", "quella", "quei", "quegli", "sto", "sta", "questo"}
)
_ROLE_DETERMINERS = frozenset({"the", "our", "their", "ur"}) | _DEMONSTRATIVES
_PERSON_PRONOUNS = frozenset({"he", "she", "they", "lui", "lei", "loro", "quello", "quella"})
_PARTITIVES = frozenset({"dei", "degli", "delle", "del", "della"})
# Saying and thinking verbs in the conditional ("I would never say", "non direi mai").
_SAYING = frozenset({"say", "direi", "penserei", "dico", "penso", "credo"})
_LINKS = frozenset({"che", "that"})  # in the opinion lists, but no verb of their own
# Speech verbs that, opening a sentence, are orders rather than reports.
_SPEECH_ORDERS = frozenset({"say", "tell", "dm", "call", "write", "text"})
# Word pairs that deny the claim after them: "not true (that)", "a myth that", "non è vero".
_DENIAL_PAIRS = frozenset(
    {("not", "true"), ("myth", "that"), ("false", "that"), ("untrue", "that"), ("e", "vero")}
)
_WIDENED = frozenset({TargetKind.NONE, TargetKind.THIRD_PERSON, TargetKind.OBJECT})
# What a named identity group turns into an identity attack ("women ... burn body
# fat" is about fat, not about women).
_GROUP_HATRED = frozenset(
    {Category.INSULT, Category.IDENTITY_ATTACK, Category.THREAT, Category.EXCLUSION}
)
# Targets that name people; a mention or a reply alone does not make "criminals" or
# "disgust" about people.
_NAMED_PEOPLE = frozenset(
    {
        TargetKind.SECOND_PERSON,
        TargetKind.IMPERATIVE,
        TargetKind.GROUP,
        TargetKind.THIRD_PERSON,
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
    target: TargetKind = TargetKind.NONE
    note: str = ""
    weight: float = 0.0


class Context:
    """One message's tokens and clause boundaries, computed lazily around hits."""

    __slots__ = (
        "_gaming",
        "_pauses",
        "_present",
        "_quotes",
        "_stops",
        "cues",
        "folded",
        "imperative_at",
        "is_reply",
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
    ) -> None:
        self.cues = lexicon.cues
        self.folded = folded
        self.tokens = tokens
        self.spans = spans
        self.mentioned = mentioned
        self.is_reply = is_reply
        self.imperative_at: list[int] = []  # token indexes of hits that are orders
        self._stops = [m.start() for m in _STOP_RE.finditer(folded)]
        self._pauses: list[int] | None = None
        self._quotes: list[int] | None = None
        self._gaming: bool | None = None
        self._present: dict[str, bool] = {}

    def mentions_any(self, name: str, words: frozenset[str]) -> bool:
        """Does any of `words` (the cue list `name`) occur in the message? Asked once each."""
        found = self._present.get(name)
        if found is None:
            found = self._present[name] = not words.isdisjoint(self.tokens)
        return found

    def _gap_has(self, marks: list[int], index: int) -> bool:
        """Is one of `marks` (sorted offsets) between token `index` and the next token?"""
        if index + 1 >= len(self.spans):  # spans stop short of the end only far from hits
            return index >= len(self.tokens) - 1
        at = bisect.bisect_left(marks, self.spans[index][1])
        return at < len(marks) and marks[at] < self.spans[index + 1][0]

    def stop_after(self, index: int) -> bool:
        return self._gap_has(self._stops, index)

    def pause_after(self, index: int) -> bool:
        if self._pauses is None:
            self._pauses = [m.start() for m in _PAUSE_RE.finditer(self.folded)]
        return self._gap_has(self._pauses, index)

    def sentence_start(self, index: int, reach: int) -> int:
        """First token of the sentence holding `index`, looking back at most `reach`."""
        stops = self._stops
        at = bisect.bisect_left(stops, self.spans[index][0])
        floor = max(0, index - reach)
        if at == 0:
            return floor
        first = bisect.bisect_right(self.spans, stops[at - 1], key=_span_start)
        return max(first, floor)

    def sentence_end(self, index: int, reach: int) -> int:
        """Exclusive end of the sentence holding `index`, looking ahead at most `reach`."""
        stops = self._stops
        ceiling = min(len(self.tokens), index + reach + 1)
        at = bisect.bisect_left(stops, self.spans[index][1])
        if at == len(stops):
            return ceiling
        end = bisect.bisect_right(self.spans, stops[at], key=_span_start)
        return min(end, ceiling)

    def starts_sentence(self, index: int) -> bool:
        return index == 0 or self.stop_after(index - 1)

    def quoted(self, first: int, last: int) -> bool:
        """Tokens first..last-1 sit between a pair of double quotes: quoted, not said."""
        if self._quotes is None:
            if '"' not in self.folded:  # most messages: nothing quoted, no list to build
                return False
            self._quotes = [m.start() for m in _QUOTE_RE.finditer(self.folded)]
        opened = bisect.bisect_left(self._quotes, self.spans[first][0])
        closing = bisect.bisect_left(self._quotes, self.spans[last - 1][1])
        return opened % 2 == 1 and closing < len(self._quotes)

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


def _span_start(span: tuple[int, int]) -> int:
    return span[0]


class Targeter:
    """The targeting rules for one compiled lexicon (its cue word lists)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self._cues = lexicon.cues
        cues = lexicon.cues
        # Words that make the next word part of a description, not a name-call.
        self._closing = (
            cues["function"]
            | cues["article"]
            | cues["copula"]
            | cues["object"]
            | cues["third_person"]
            | cues["self"]
        )
        # Words that are hits on their own ("idiot"), not only the start of a phrase
        # ("keyboard" of "keyboard warrior"): stacked names, whole-sentence name-calls.
        self._words = frozenset(
            word
            for word, items in lexicon.anchors.items()
            if any(
                len(entry.tokens) == 1 and entry.category and not entry.person_only
                for _, entry in items
            )
        )
        # Words that give a short chat line a subject or a thing: not a name-call.
        self._blockers = (
            cues["self"]
            | cues["object"]
            | cues["third_person"]
            | cues["article"]
            | cues["negation"]
            | cues["relative"]
        )

    def aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        """Who a hit is aimed at, and a note when a rule cancels it (negated, counter-speech).

        The person rules come first; where they find nobody (or a thing), a named
        identity group, the group in the room or a bare chat name-call still make
        the words aimed. IDENTITY_NOTE marks an identity group and cancels nothing.
        """
        target, note = self._aim(ctx, hit)
        entry = hit.entry
        if note or target is TargetKind.REPORTED:
            return target, note
        if entry.category is Category.PROFANITY:
            if self._sworn_at_group(ctx, hit):
                return TargetKind.GROUP, IDENTITY_NOTE  # "fuck gay people", "fucking immigrants"
            return target, note
        if (
            self._denied_by_quantifier(ctx, hit)
            or self._framed_as_false(ctx, hit)
            or self._opinion_denied(ctx, hit)
        ):
            return target, "negated"  # "no immigrant deserves to die", "it's not true that"
        if not self._cues["hate_verb"].isdisjoint(entry.tokens[-1:]):
            return self._hatred(ctx, hit, target)
        if target is TargetKind.GROUP and entry.category is Category.IDENTITY_ATTACK:
            return self._slur_target(ctx, hit), note
        if not self._cues["accusation"].isdisjoint(entry.tokens):
            return target, note  # "that was racist": calling out prejudice is no attack on a group
        widened = target in _WIDENED or (entry.person_only and target is TargetKind.SELF)
        if (
            widened
            and entry.category in _GROUP_HATRED
            and self._names_identity(ctx, hit)
            and not self._attributive_at(ctx, hit)
        ):
            return TargetKind.GROUP, IDENTITY_NOTE  # "immigrants are animals", "we are parasites"
        if widened and entry.category in _GROUP_HATRED and self._names_group(ctx, hit):
            return TargetKind.GROUP, note  # "liberals are idiots", "cops are pigs"
        if entry.person_only:
            aimed = self._person_object(ctx, hit, target)
            if aimed is TargetKind.OBJECT and self._in_room(ctx, hit):
                return TargetKind.GROUP, note  # "che squadra di spazzatura"
            return aimed, note
        if target in _WIDENED and self._in_room(ctx, hit):
            return TargetKind.GROUP, note  # "noob team", "this team is trash"
        if target is TargetKind.OBJECT and self._names_person_after(ctx, hit):
            return TargetKind.THIRD_PERSON, note  # "this stupid kid", "that dumb guy"
        if target in (TargetKind.NONE, TargetKind.OBJECT) and (
            self._named_subject(ctx, hit) or self._pointed_at(ctx, hit)
        ):
            return TargetKind.THIRD_PERSON, note  # "Mike is an idiot", "look at that moron"
        if target is TargetKind.NONE and self._name_call(ctx, hit):
            return TargetKind.THIRD_PERSON, note  # "idiot ursa", "noob", "COBRA IDIOT"
        return target, note

    def _names_identity(self, ctx: Context, hit: Hit) -> bool:
        """An identity group ("women", "muslims", "gay people") in the hit's sentence."""
        cues = self._cues
        if not (
            ctx.mentions_any("identity", cues["identity"])
            or ctx.mentions_any("identity_adjective", cues["identity_adjective"])
        ):
            return False  # no group named anywhere (most messages)
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        end = ctx.sentence_end(hit.last - 1, SENTENCE_REACH)
        tokens = ctx.tokens
        if self._identity_between(ctx, hit, start, end):
            return True
        # "I met some immigrants. They are all disgusting": "they" points back.
        if cues["plural_pronoun"].isdisjoint(tokens[start:end]) or start == 0:
            return False
        return self._identity_between(ctx, hit, max(0, start - 2 * SENTENCE_REACH), start)

    def _names_group(self, ctx: Context, hit: Hit) -> bool:
        """A group of people that is not an identity group, in the hit's sentence."""
        if not ctx.mentions_any("group_noun", self._cues["group_noun"]):
            return False
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        end = ctx.sentence_end(hit.last - 1, SENTENCE_REACH)
        return not self._cues["group_noun"].isdisjoint(ctx.tokens[start:end])

    def _identity_between(self, ctx: Context, hit: Hit, start: int, end: int) -> bool:
        cues = self._cues
        tokens = ctx.tokens
        identity = cues["identity"]
        adjectives = cues["identity_adjective"]
        for i in range(start, end):
            if hit.first <= i < hit.last:
                continue
            token = tokens[i]
            named = token in identity or (
                token in adjectives and i + 1 < end and tokens[i + 1] in cues["people"]
            )
            if named and not ctx.quoted(i, i + 1):  # a quoted group is reported, not named
                return True
        return False

    def _attributive_at(self, ctx: Context, hit: Hit) -> bool:
        """ "a stupid question about women": the word judges the thing after it."""
        after = ctx.tokens[hit.last : ctx.sentence_end(hit.last - 1, _AFTER)]
        return self._attributive(hit, after, ctx.pause_after(hit.last - 1))

    def _person_object(self, ctx: Context, hit: Hit, target: TargetKind) -> TargetKind:
        """Who a people-only word ("hate", "animals", "disgust") is about, or OBJECT.

        The object right after a verb decides ("I hate you", "I hate mondays");
        otherwise the person rules' answer stands when it names people.
        """
        cues = self._cues
        threat = hit.entry.category is Category.THREAT
        for token in ctx.tokens[hit.last : ctx.sentence_end(hit.last - 1, _AFTER)]:
            if token in cues["article"] or token in ("all", "of", "these", "those", "such"):
                continue
            if token in cues["second_person"] and token not in cues["possessive"]:
                return TargetKind.SECOND_PERSON
            if token in cues["room"]:
                return TargetKind.GROUP
            if token in cues["third_person"] and token not in cues["object"] and not threat:
                return TargetKind.THIRD_PERSON
            break
        if threat:  # "you hurt me", "kill him" (in a game): only a named group or the reader
            return TargetKind.OBJECT
        return target if target in _NAMED_PEOPLE else TargetKind.OBJECT

    def _hatred(self, ctx: Context, hit: Hit, target: TargetKind) -> tuple[TargetKind, str]:
        """ "I hate muslims", "I fucking hate you": the writer's own hatred, and its object.

        Hatred reported of others ("they hate homosexuals", "americans hate you")
        and the noun ("spew hate") are not aimed by the writer.
        """
        cues = self._cues
        tokens = ctx.tokens
        subject = hit.first - 1
        while subject >= 0 and tokens[subject] in cues["intensifier"]:
            subject -= 1
        if subject < 0 or tokens[subject] not in cues["speaker_subject"]:
            return TargetKind.OBJECT, ""
        end = ctx.sentence_end(hit.last - 1, _AFTER)
        for i in range(hit.last, end):
            token = tokens[i]
            if token in cues["article"] or token in cues["intensifier"] or token == "all":
                continue
            if token in cues["identity"] or (
                token in cues["identity_adjective"]
                and i + 1 < end
                and tokens[i + 1] in cues["people"]
            ):
                return TargetKind.GROUP, IDENTITY_NOTE
            break
        return self._person_object(ctx, hit, target), ""

    def _opinion_denied(self, ctx: Context, hit: Hit) -> bool:
        """ "I don't think women are inferior", "non direi mai che...": the writer denies the
        claim that follows a negated opinion or saying verb in the same clause."""
        cues = self._cues
        if not ctx.mentions_any("negation", cues["negation"]):
            return False
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        before = ctx.tokens[start : hit.first]
        for i, token in enumerate(before):
            if token in cues["negation"] or token == "t":  # "don't" leaves a "t"
                verbs = before[i + 1 : i + 4]
                if any((v in cues["opinion"] or v in _SAYING) and v not in _LINKS for v in verbs):
                    return not any(ctx.pause_after(j) for j in range(start + i, hit.first))
        return False

    def _sworn_at_group(self, ctx: Context, hit: Hit) -> bool:
        """A swear word right before an identity group: "fuck (all) immigrants"."""
        cues = self._cues
        tokens = ctx.tokens
        i = hit.last
        while i < len(tokens) and tokens[i] in ("all", "the", "those", "these", "them"):
            i += 1
        if i >= len(tokens) or ctx.pause_after(hit.last - 1):
            return False
        return tokens[i] in cues["identity"] or (
            tokens[i] in cues["identity_adjective"]
            and i + 1 < len(tokens)
            and tokens[i + 1] in cues["people"]
        )

    def _framed_as_false(self, ctx: Context, hit: Hit) -> bool:
        """ "It's not true that immigrants are criminals", "non è vero che": a claim denied."""
        if not ctx.mentions_any("denial", self._cues["denial"]):
            return False
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        return not _DENIAL_PAIRS.isdisjoint(itertools.pairwise(ctx.tokens[start : hit.first]))

    def _slur_target(self, ctx: Context, hit: Hit) -> TargetKind:
        """A slur is aimed at its group, unless the writer claims it as their own.

        "I'm a proud dyke", "as a dyke", "we dykes": the writer, an optional
        copula, article and one adjective, then the word. "I met a dyke" and
        "I am sick of dykes" stay aimed at the group.
        """
        cues = self._cues
        before = ctx.tokens[ctx.sentence_start(hit.first, _BEFORE) : hit.first]
        if before[-1:] and before[-1] in ("we", "us"):
            return TargetKind.SELF
        rest = list(before)
        if rest and rest[-1] not in cues["article"] and rest[-1] not in cues["copula"]:
            rest.pop()  # one adjective: "proud"
        if rest and rest[-1] in cues["article"]:
            rest.pop()
        if rest and rest[-1] == "as":
            return TargetKind.SELF
        if rest and rest[-1] in cues["copula"] and rest[-1] not in ("is", "s", "are", "re"):
            rest.pop()  # "am", "m": the writer's own copula
            if rest and (rest[-1] in cues["self"] or rest[-1] in cues["speaker_subject"]):
                return TargetKind.SELF
        return TargetKind.GROUP

    def _denied_by_quantifier(self, ctx: Context, hit: Hit) -> bool:
        """A sentence opened by "no"/"nobody" with a word between it and the hit.

        "No immigrant deserves to die" denies; "No idiot, ..." is a vocative.
        """
        cues = self._cues
        if cues["negative_quantifier"].isdisjoint(
            ctx.tokens[max(0, hit.first - _NEGATION_REACH) : hit.first - 1]
        ):
            return False  # no "no" close before the hit (most hits)
        start = ctx.sentence_start(hit.first, _NEGATION_REACH)
        if (
            hit.first - start < 2
            or not ctx.starts_sentence(start)
            or ctx.tokens[start] not in cues["negative_quantifier"]
            or ctx.pause_after(start)
        ):
            return False
        following = ctx.tokens[start + 1]  # "no you idiot" answers; "no immigrant" denies
        return following not in self._lexicon.known_words or any(
            following in cues[name]
            for name in ("identity", "identity_adjective", "people", "group_noun")
        )

    def _names_person_after(self, ctx: Context, hit: Hit) -> bool:
        """The word after the hit is a person noun: it describes a person, not a thing."""
        return (
            hit.last < len(ctx.tokens)
            and not ctx.pause_after(hit.last - 1)
            and ctx.tokens[hit.last] in self._cues["person_noun"]
        )

    def _in_room(self, ctx: Context, hit: Hit) -> bool:
        """The team, the lobby, everyone: the group in the chat, next to the hit."""
        room = self._cues["room"]
        if not ctx.mentions_any("room", room):
            return False
        start = max(ctx.sentence_start(hit.first, _ROOM_REACH), hit.first - _ROOM_REACH)
        end = min(ctx.sentence_end(hit.last - 1, _ROOM_REACH), hit.last + _ROOM_REACH)
        return not room.isdisjoint(ctx.tokens[start:end])

    def _named_subject(self, ctx: Context, hit: Hit) -> bool:
        """ "Mike is an idiot", "the healer is a clown", "our mid is useless": a person
        named by a name or a role, then a copula, then the words.

        A name is a word no list knows, with no article ("the printer is trash" is a
        thing); "my brother is an idiot" is family talk and stays with the rules.
        """
        cues = self._cues
        start = ctx.sentence_start(hit.first, _BEFORE)
        if not ctx.starts_sentence(start):
            return False
        tokens = ctx.tokens[start : hit.first]
        for i, token in enumerate(tokens):
            if token in _THIRD_COPULAS:
                subject, rest = tokens[:i], tokens[i + 1 :]
                break
        else:
            return False
        if not all(t in cues["bridge"] or t in cues["article"] or t in _PARTITIVES for t in rest):
            return False
        if self._attributive_at(ctx, hit):
            return False  # "vi is a stupid editor": the word describes the editor
        if len(subject) == 2 and subject[0] in _ROLE_DETERMINERS:
            return subject[1] in cues["role"] or subject[1] in cues["person_noun"]
        return len(subject) == 1 and (
            subject[0] in cues["role"]
            or subject[0] in _PERSON_PRONOUNS
            or subject[0] not in self._lexicon.known_words
        )

    def _pointed_at(self, ctx: Context, hit: Hit) -> bool:
        """ "look at that moron", "segnalate sto coglione": a demonstrative right before a
        name-call points at someone; before a judging word it describes a thing
        ("that stupid phone")."""
        tokens = ctx.tokens
        return (
            hit.first > 0
            and tokens[hit.first - 1] in _DEMONSTRATIVES
            and hit.entry.category is Category.INSULT
            and self._cues["descriptive"].isdisjoint(hit.entry.tokens)
            and tokens[hit.last : hit.last + 1] not in (["of"], ["di"])  # "that idiot of a printer"
        )

    def _name_call(self, ctx: Context, hit: Hit) -> bool:
        """A short chat line that is a name-call: "noob", "idiot ursa", "stupid player".

        In chat a bare insult is said to someone present. A pronoun, an article
        or a negator in the line means the longer rules have already spoken
        ("that's trash", "not stupid"); ambiguous identity words ("finocchio")
        are food as often, so only insults count.
        """
        if hit.entry.category is not Category.INSULT:
            return False
        start = ctx.sentence_start(hit.first, _NAME_CALL_LENGTH)
        end = ctx.sentence_end(hit.last - 1, _NAME_CALL_LENGTH)
        if not ctx.starts_sentence(start) or end - start > _NAME_CALL_LENGTH:
            return False
        if end < len(ctx.tokens) and not ctx.stop_after(end - 1):
            return False
        return self._blockers.isdisjoint(ctx.tokens[start:end]) and not self._attributive_at(
            ctx, hit
        )

    def _aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        """The person rules: a cue near the hit, orders, vocatives, mentions, replies."""
        cues = self._cues
        tokens = ctx.tokens
        before = tokens[ctx.sentence_start(hit.first, _BEFORE) : hit.first]
        after = tokens[hit.last : ctx.sentence_end(hit.last - 1, _AFTER)]
        entry = hit.entry
        speech = self._speech(before, opens=ctx.starts_sentence(hit.first - len(before)))
        if speech is TargetKind.REPORTED or ctx.quoted(hit.first, hit.last):
            return TargetKind.REPORTED, ""
        if not cues["counter"].isdisjoint(after) and not cues["okay"].isdisjoint(after):
            return TargetKind.REPORTED, "counter-speech"
        if entry.category is Category.THREAT and ctx.gaming and not ctx.in_real_life:
            return entry.aim or TargetKind.SECOND_PERSON, "gaming talk"
        note = "negated" if self._negated(ctx, hit, before) or self._denied(before) else ""
        if speech is not None:
            return speech, note  # "ti ho chiamato idiota": said to the reader
        aim = entry.aim
        if aim is TargetKind.IMPERATIVE and not self._order_form(ctx, hit, before):
            aim = None  # "to piss off the liberals", "due ragazzi ammazzati": not an order
        if aim is TargetKind.IMPERATIVE and after and after[0] in cues["dative"]:
            return TargetKind.OBJECT, note  # "vaffanculo al lunedì": sent at Monday
        if aim is not None:
            return aim, note
        like = after[1:] if after[:1] == ["such"] else after  # "maggots such as yourself"
        if like[:1] in (["like"], ["as"]) and like[1:2]:
            if like[1] in cues["second_person"]:
                return TargetKind.SECOND_PERSON, note  # "idiots like you", "as dumb as you"
            if like[1] in cues["self"] or like[1] == "us":
                return TargetKind.SELF, note  # "all of you cowards, like me": one of them
        if any(
            a in cues["second_person"] and b in cues["copula"] for a, b in itertools.pairwise(after)
        ):
            return TargetKind.SECOND_PERSON, note  # "how stupid you are", "what a loser you are"
        if self._relative_you(after):
            return TargetKind.SECOND_PERSON, note  # "che idiota che sei"
        pause = ctx.pause_after(hit.last - 1)
        if self._exclaimed(hit, before, after, pause):  # "what a loser!", "what an idiot."
            if ctx.mentioned:
                return TargetKind.MENTION, note
            return TargetKind.SECOND_PERSON, note
        if self._endeared(ctx, hit, before, pause):
            return TargetKind.SECOND_PERSON, note  # "yes my filthy little troll..."
        target = self._person(hit, before, after, pause)
        if target is TargetKind.NONE and not self._attributive(hit, after, pause):
            start = ctx.sentence_start(hit.first, SENTENCE_REACH)
            if self._vocative(ctx, hit, before, pause):
                target = TargetKind.SECOND_PERSON
            elif ctx.near_order(hit.first) or (
                ctx.starts_sentence(start) and tokens[start] in cues["imperative"]
            ):
                target = TargetKind.IMPERATIVE
            elif ctx.mentioned:
                target = TargetKind.MENTION
            elif ctx.is_reply:
                target = TargetKind.REPLY
        return target, note

    def _attributive(self, hit: Hit, after: list[str], pause: bool) -> bool:
        """A judging word that describes the ordinary word right after it.

        In "go back to picking through trash barrels" or "stop asking stupid
        questions" the word judges a thing, so no order or reply aims it at a person.
        """
        return (
            not pause
            and bool(after)
            and after[0] not in self._lexicon.known_words
            and not self._cues["descriptive"].isdisjoint(hit.entry.tokens)
        )

    def is_order(self, ctx: Context, hit: Hit) -> bool:
        """An imperative entry said as an order to the reader, not after a modal.

        Only real orders aim the name-calls near them: in "Serena is an awful person
        that needs to grow up" the "grow up" is about Serena, and so is the insult.
        """
        if hit.entry.aim is not TargetKind.IMPERATIVE:
            return False
        before = ctx.tokens[ctx.sentence_start(hit.first, 2) : hit.first]
        after = ctx.tokens[hit.last : ctx.sentence_end(hit.last - 1, 1)]
        return self._order_form(ctx, hit, before) and not (
            after and after[0] in self._cues["dative"]
        )

    def _order_form(self, ctx: Context, hit: Hit, before: list[str]) -> bool:
        """An imperative entry in the form of an order: no modal before it, not a participle."""
        return self._cues["modal"].isdisjoint(before[-2:]) and not self._participle(
            ctx, hit, before
        )

    def _participle(self, ctx: Context, hit: Hit, before: list[str]) -> bool:
        """An order that is also a plural participle, describing the word before it.

        A participle follows what it describes: a number ("tre impiccati") or an
        ordinary word that agrees in its ending ("due ragazzi ammazzati ieri").
        "Marco ammazzati", "ma ammazzati" and "vai, ammazzati" stay orders.
        """
        word = hit.entry.tokens[0]
        if not before or word not in self._cues["participle"] or ctx.pause_after(hit.first - 1):
            return False
        previous = before[-1]
        if previous in self._cues["number"] or previous.isdigit():
            return True
        return (
            len(previous) > 2
            and previous[-1] == word[-1]
            and previous not in self._lexicon.known_words
        )

    def _relative_you(self, after: list[str]) -> bool:
        """ "che idiota che sei", "idiota che non sei altro": the reader is what the hit names.

        A relative word right after the hit, then (past a negator) a word that is
        both a copula and second person ("sei", "siete").
        """
        cues = self._cues
        if not after or after[0] not in cues["relative"]:
            return False
        rest = after[1:3]
        if rest[:1] and rest[0] in cues["negation"]:
            rest = rest[1:]
        return bool(rest) and rest[0] in cues["copula"] and rest[0] in cues["second_person"]

    def _vocative(self, ctx: Context, hit: Hit, before: list[str], pause: bool) -> bool:
        """A name-call addressed to someone rather than describing a thing.

        "Hey moron", "Fucking idiot!", "You are wrong, idiot!", "Shows what you know
        dipshit." - the insult stands alone at a clause edge ("that is stupid" does not).
        """
        cues = self._cues
        if not cues["descriptive"].isdisjoint(hit.entry.tokens):
            return False  # "Trash.", "Pathetic!": a verdict on what was said, not a name
        if before and before[-1] in cues["vocative"]:
            return True
        if ctx.starts_sentence(hit.first) and not cues["second_person"].isdisjoint(
            ctx.tokens[hit.last : hit.last + 2]
        ):
            return True  # "Idiot, you forgot the link", "Pig Maher, you forgot"
        if not pause:
            return False
        if before and before[-1] in cues["interjection"]:
            return True  # "No idiot, ...", "Sorry dickhead."
        if before and before[-1] in self._words and before[-1] not in cues["bridge"]:
            return True  # stacked names: "that fucking asshole moron!", "dumb ignoramus."
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        if ctx.starts_sentence(start) and all(
            t in cues["bridge"] or t in self._words for t in ctx.tokens[start : hit.first]
        ):
            return True  # the whole sentence is a name-call
        window = ctx.tokens[start : hit.last + _AFTER]
        if cues["second_person"].isdisjoint(window):
            return False  # nobody is addressed in this sentence
        for previous in reversed(before):  # past adjectives: "that little brat"
            if previous in self._closing:
                return False
            if previous not in cues["bridge"]:
                return True
        return True

    def _endeared(self, ctx: Context, hit: Hit, before: list[str], pause: bool) -> bool:
        """ "my little idiot", "yes my filthy little troll": mock endearment, said to the reader.

        "my" opens the sentence (or follows an interjection), a diminutive ("little",
        "dear") sits between it and a name-call that ends the clause; "my little
        brother is an idiot" and "my stupid little printer" describe someone or something.
        """
        cues = self._cues
        if not pause or not cues["descriptive"].isdisjoint(hit.entry.tokens):
            return False
        for i in range(len(before) - 1, -1, -1):
            if before[i] in cues["endearing"]:
                between = before[i + 1 :]
                if self._closing.isdisjoint(between) and not cues["diminutive"].isdisjoint(between):
                    at = hit.first - len(before) + i
                    return ctx.starts_sentence(at) or (
                        i > 0 and before[i - 1] in cues["interjection"]
                    )
                return False
        return False

    def _exclaimed(self, hit: Hit, before: list[str], after: list[str], pause: bool) -> bool:
        """A name-call exclaimed with "what a ...": said to or about someone present.

        "what a stupid question" stays clean (a descriptive word judging a thing),
        and "what a loser he is" is about a third person: the name ends the clause.
        """
        cues = self._cues
        if not cues["descriptive"].isdisjoint(hit.entry.tokens):
            return False
        if after and not pause:
            return False  # "what a bigot like him", "what a dork this clown is"
        for i in range(len(before) - 1, 0, -1):
            if before[i] in cues["article"] and before[i - 1] == "what":
                return before[i] in ("a", "an")
            if before[i] not in cues["bridge"]:
                return False
        return False

    def _speech(self, before: list[str], *, opens: bool = False) -> TargetKind | None:
        """A speech verb before the hit: REPORTED unless it is addressed to the reader.

        "he called me a loser" is reported; "all I have to say to you is: fuck you"
        is not, because the saying is aimed at "you" (None: later rules decide).
        A clitic before the verb ("ti ho chiamato idiota") says it to the reader.
        """
        cues = self._cues
        if cues["reported"].isdisjoint(before):
            return None  # no speech verb (most hits)
        for i in range(len(before) - 1, -1, -1):
            if before[i] in cues["reported"]:
                if i == 0 and opens and before[0] in _SPEECH_ORDERS:
                    return None  # "say that again and I'll...", "DM me your...": an order

                if self._said_to_reader(before[max(0, i - 3) : i]):
                    # "ti ho chiamato idiota" names the reader; in "ti ho detto che
                    # è un idiota" the words said decide.
                    named = all(t in cues["bridge"] for t in before[i + 1 :])
                    return TargetKind.SECOND_PERSON if named else None
                if any(
                    t in cues["second_person"] and t not in cues["possessive"]
                    for t in before[i + 1 :]
                ):
                    return None  # "said to you" is addressed; "called your mom" is reported
                return TargetKind.REPORTED
        return None

    def _said_to_reader(self, lead: list[str]) -> bool:
        """The writer speaking to the reader: a clitic, then a first-person auxiliary
        ("ti ho chiamato", "non ti avevo detto"); "ti hanno chiamato" reports others."""
        cues = self._cues
        for j, token in enumerate(lead):
            if token in cues["clitic"]:
                return not cues["speaker"].isdisjoint(lead[j + 1 :])
        return False

    def _denied(self, before: list[str]) -> bool:
        """A negated opinion about the reader: "I don't think you're an idiot".

        The nearest "you" before the hit follows a thinking or saying verb with a
        negator just before it ("t" is what is left of "don't", "didn't").
        """
        cues = self._cues
        if "t" not in before and cues["negation"].isdisjoint(before):
            return False  # no negator at all (most hits): nothing can deny it
        for j in range(len(before) - 1, 0, -1):
            if before[j] in cues["second_person"]:
                if before[j - 1] not in cues["opinion"]:
                    return False
                return any(t in cues["negation"] or t == "t" for t in before[max(0, j - 3) : j - 1])
        return False

    def _negated(self, ctx: Context, hit: Hit, before: list[str]) -> bool:
        """A negator between the nearest person cue and the hit ("you're not stupid").

        A pause ends its reach: in "you're not stupid, just dumb" the second word
        is what the writer does say.
        """
        cues = self._cues
        near = before[-_NEGATION_REACH:]
        if cues["negation"].isdisjoint(near):
            return False  # no negator near (most hits): skip the pause look-ups
        for i in range(len(near) - 1, -1, -1):
            if ctx.pause_after(hit.first - len(near) + i):
                return False
            token = near[i]
            if token in cues["negation"]:
                # "not because losers like you...": the negator opens another clause
                return i + 1 >= len(near) or near[i + 1] not in cues["clause_opener"]
            if token in cues["second_person"] or token in cues["self"]:
                # Italian puts the negator before the verb-pronoun: "non sei stupido".
                return i > 0 and near[i - 1] in cues["negation"]
        return False

    def _person(self, hit: Hit, before: list[str], after: list[str], pause: bool) -> TargetKind:
        """The nearest person cue before a hit (then just after it) decides the target.

        Second person counts only when bound to the hit by copulas, articles and
        intensifiers ("you are a complete idiot"; "you are wrong, idiot" allows one
        other word after a copula); a "you" in another clause ("I don't think you
        can blame him, that call was stupid") does not.
        """
        cues = self._cues
        second = cues["second_person"]
        bridge = cues["bridge"]
        anchors = self._lexicon.anchors
        loose = 0
        for i in range(len(before) - 1, -1, -1):
            token = before[i]
            if token in cues["number"] and i == len(before) - 1 and self._counted(after, pause):
                return TargetKind.THIRD_PERSON  # "sei idioti hanno votato": six of them
            if token in second:
                following = before[i + 1] if i + 1 < len(before) else None
                if loose and not (loose == 1 and following in cues["copula"]):
                    continue
                if following in cues["group"]:
                    return TargetKind.GROUP
                if token in cues["possessive"]:
                    if not cues["indefinite"].isdisjoint(before[i + 1 :]):
                        return TargetKind.SECOND_PERSON  # "your still a ...": misspelt "you're"
                    return self._possessive(following, pause, hit, after)
                return TargetKind.SECOND_PERSON
            if token in cues["self"]:
                return TargetKind.SELF
            if token in cues["object"]:
                if not loose and pause and token in bridge:
                    continue  # "are you really that stupid?": "that" as intensifier
                if i + 1 < len(before) and before[i + 1] in cues["person_noun"]:
                    return TargetKind.THIRD_PERSON  # "this guy is an idiot"
                return TargetKind.OBJECT
            if (
                token in cues["third_person"]
                or token in cues["identity"]
                or (
                    token in cues["people"]
                    and i > 0
                    and before[i - 1] in cues["identity_adjective"]
                )
            ):
                return TargetKind.THIRD_PERSON  # "I think immigrants are disgusting"
            if token not in bridge and token not in anchors:
                loose += 1
        if after and after[0] in second:
            return TargetKind.SECOND_PERSON
        if before and before[-1] in cues["article"] and not pause:
            return TargetKind.OBJECT  # "a stupid question", "the stupid job hunt"
        return TargetKind.NONE

    def _counted(self, after: list[str], pause: bool) -> bool:
        """A plural verb right after "<number> <hit>": the number counts other people."""
        return not pause and bool(after) and after[0] in self._cues["plural_verb"]

    def _possessive(
        self, following: str | None, pause: bool, hit: Hit, after: list[str]
    ) -> TargetKind:
        """Who "your ... <hit>" is about.

        "your an idiot" and "your so stupid!" are misspelt "you're"; "your leader is
        a loser" is about the leader and "your pathetic orchard" about a thing, but
        "your ignorant ass" and "your fat worthless azz" stand for the reader.
        """
        cues = self._cues
        if following is not None and (following in cues["article"] or following in cues["family"]):
            return TargetKind.SECOND_PERSON  # "your a loser", "your mom is a whore"
        if pause and (following is None or following in cues["bridge"]):
            return TargetKind.SECOND_PERSON
        if following is None and hit.entry.tokens[0] in cues["family"]:
            return TargetKind.SECOND_PERSON  # "how's your mom's basement?"
        if following is None and not pause and after and after[0] in cues["complement"]:
            return TargetKind.SECOND_PERSON  # "your ignorant as fuck": said of the reader
        if following is None or following in cues["bridge"]:
            stand_in = cues["stand_in"]
            if stand_in.isdisjoint(hit.entry.tokens[-1:]) and (
                pause or stand_in.isdisjoint(after[:2])
            ):
                return TargetKind.OBJECT
            return TargetKind.SECOND_PERSON
        return TargetKind.THIRD_PERSON

    # --- verdict ------------------------------------------------------------------
