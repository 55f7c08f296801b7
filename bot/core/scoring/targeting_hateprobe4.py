"""Targeting rules from the fourth functional hate-speech probe (issue 8, hateprobe4).

Functional suites write much of their hate in shapes the earlier rules did not read:

- A virtue denied to a named group: "women are never intelligent", "gay people can never
  be good parents", "no black person has ever been smart", "le donne non sono mai
  intelligenti". The `praise_denied` cues list such virtues; each becomes a lexicon
  entry of its own (hateprobe4_words.py, people only) that counts only when a negation
  (or "no"/"nessun" before the group) stands between a named group and the word, with
  nothing but copulas, modals and adverbs in between. Said plainly ("women are
  intelligent"), compared ("not less intelligent") or of anyone else it weighs nothing.
- A group carried over to a pronoun: "Immigrants arrived yesterday. We should kill them
  all.", "I rom sono arrivati. Li odio.", "Ci sono disabili ovunque. Andrebbero
  rinchiusi." A hit the other rules read as aimed at a thing or nobody is aimed at the
  group when its clause says "they"/"them"/"loro"/"li" (or opens with an Italian plural
  verb whose subject is dropped, or ends in a plural clitic, "ammazzarli") and an
  identity group was named earlier in the message. Denied or reported it stays as it was.
- A `said_of_group` word after "they are"/"loro sono"/"siete" once a group is named:
  "Gay people? They are untrustworthy.", "voi musulmani siete fanatici".
- Trust or respect the writer denies a group (`respect_denied`): "I would never trust a
  muslim", "non rispetto le donne"; "I don't trust politicians" names no group.
- Hatred called normal (`hate_form`, `approval`): "hating gay people is normal", "it's
  natural to despise ...", "è normale odiare gli ebrei"; "... is not normal" stays clean.
- Contempt named as the writer's own feeling: "nothing but contempt for muslims", "my
  hatred for women"; "hatred for muslims is wrong" is no one's feeling.

Every rule needs an identity group named in the message (a cached test); each reads a
bounded window around its own hits, so cost stays O(1) per hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.hateprobe4_words import PRAISE_WEIGHT
from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.targeting_context import (
    GROUP_HATRED,
    IDENTITY_NOTE,
    SENTENCE_REACH,
    Context,
    Hit,
)
from bot.core.scoring.targeting_hateprobe3 import Probe3Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Probe4Rules"]

_DENIED: Final = "not denied"
# Between a group and the virtue it is denied: copulas, modals, adverbs, articles.
_BRIDGE: Final = frozenset(
    {"are", "re", "r", "is", "be", "been", "being", "can", "could", "will", "would", "ever"}
    | {"have", "has", "had", "to", "a", "an", "any", "very", "really", "truly", "actually"}
    | {"all", "so", "that", "particularly", "ever", "as", "sono", "siete", "saranno", "sara"}
    | {"possono", "potranno", "potrebbero", "essere", "e", "mai", "stato", "stata", "stati"}
    | {"state", "davvero", "veramente", "affatto", "tutti", "tutte", "dei", "delle", "degli"}
    | {"un", "una", "uno", "per", "niente", "t", "s"}
    | {"persona", "persone"}  # italian14: "nessun nero è una persona perbene"
)
# Copulas the cue list leaves out, and the negated ones: "has ever been", "aren't".
_COPULAS: Final = frozenset(
    {"been", "aren", "isn", "weren", "wasn", "essere", "stato", "stati", "saranno", "sarebbero"}
)
_OBJECT_AFTER: Final = frozenset({"him", "her", "us", "me", "you", "it"})  # "didn't welcome him"
_COMPARED: Final = frozenset({"less", "more", "meno", "piu", "only", "solo", "soltanto"})
_NO: Final = frozenset(
    {"no", "nessun", "nessuna", "nessuno", "not"}
)  # before the group: "no black person"
# hatecheck15: "not a single muslim", "not one jew", "no single immigrant" deny as "no" does.
_ONE: Final = frozenset({"single", "one"})
_A: Final = frozenset({"a", "an"})
_ALL: Final = frozenset({"all", "most", "many", "tutti", "tutte", "i", "le", "gli", "l"})
# What may come right before a clause's subject: "I think that", "secondo me", "why".
_OPENERS: Final = frozenset(
    {"that", "think", "believe", "feel", "reckon", "why", "honestly", "because", "since"}
    | {"che", "me", "perche", "penso", "credo", "onestamente", "ma", "but", "and", "e"}
)
_THEY: Final = frozenset({"they", "them", "theyre", "loro", "li"})
# A feeling named as a noun ("contempt for") is the writer's only after these words.
_FELT_NOUNS: Final = frozenset({"hatred", "contempt", "disdain"})
_FELT_OWN: Final = frozenset(
    {"my", "our", "i", "have", "feel", "felt", "nothing", "but", "much", "pure", "deep", "such"}
)
_WRITER: Final = frozenset({"i", "we", "io", "noi", "mi", "ci"})  # "non mi fiderei"
_BEFORE_OBJECT: Final = frozenset(
    {"a", "an", "any", "un", "una", "uno", "di", "dei", "delle", "degli", "mai", "ever"}
    | {"con"}  # italian14: "non lavorerei mai con una donna"
    | {"vicino", "accanto", "casa"}  # italian22: "non affitterei mai casa a un nero"
)
_WHO: Final = frozenset({"who", "that", "che", "chi"})
# An order's own words beside its negation: "don't trust a woman", "don't ever hire ..."
# (hatecheck15); the apostrophe leaves "t" of "don't" as a token of its own.
_ORDER_FILL: Final = frozenset({"t", "ever", "just", "really", "dont"})
_ORDER_DENIERS: Final = frozenset({"dont"})
# After the virtue, a condition: not yet, not never ("... won't be equal until ...").
_NOT_YET: Final = frozenset({"until", "unless", "without", "till", "til"})
_NT_STEMS: Final = frozenset(
    {"can", "won", "isn", "aren", "couldn", "wouldn", "shouldn"}
)  # "dont trust refugees": chat's "don't"
_OBJECT_CLITICS: Final = frozenset({"li", "le"})  # "li odio": them, before the verb
_THEY_ARE: Final = frozenset({"are", "re", "r", "sono", "siete"})
_ITALIAN_PLURAL_VERBS: Final = frozenset(
    {"vanno", "hanno", "fanno", "stanno", "sono", "andrebbero", "dovrebbero", "devono"}
    | {"meritano", "servono", "meriterebbero", "potrebbero"}
)
_PLURAL_CLITIC_ENDS: Final = ("arli", "erli", "irli", "arle", "erle", "irle", "iamoli")
_CARRY_REACH: Final = 12  # how far back a group named earlier is looked for


class Probe4Rules(Probe3Rules):
    """Virtues, trust and respect denied to a group; a group carried over to "they"."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        self._virtues = self._cues["praise_denied"] | self._cues["respect_denied"]
        self._own_words = self._virtues | (self._cues["hate_form"] - self._cues["hate_verb"])
        self._group_names = self._cues["identity"] | self._cues["identity_adjective"]

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """This module's answer for a hit (never swearing), or None to leave it to the
        other rules."""
        entry = hit.entry
        word = entry.tokens[-1]
        own = len(entry.tokens) == 1 and word in self._own_words and entry.weight == PRAISE_WEIGHT
        if not ctx.mentions_any("probe4_group", self._group_names):
            return (Kind.OBJECT, "") if own else None  # every rule here needs a group
        if len(entry.tokens) == 1 and word in self._cue_hate_form:
            if self._approved_hatred(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "hating gay people is normal"
            if word not in self._cue_hate_verb:
                return Kind.OBJECT, ""  # "hating" counts only in that shape
        if (
            entry.tokens[0] in _FELT_NOUNS
            and len(entry.tokens) == 2
            and not self._felt_own(ctx, hit)
        ):
            return Kind.OBJECT, ""  # "hatred for muslims is wrong": no one's feeling
        if entry.person_only and len(entry.tokens) == 1:
            if word in self._cue_respect_denied and entry.weight == PRAISE_WEIGHT:
                return self._writer_denies(ctx, hit)
            if word in self._cue_praise_denied and entry.weight == PRAISE_WEIGHT:
                return self._praise_denied(ctx, hit)
            if word in self._said_of_group and self._said_of_they(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "Gay people? They are sneaky."
        if own or (entry.person_only and word in self._said_of_group):
            return None  # read only in the shapes above
        if entry.category in GROUP_HATRED and self._carried(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "Immigrants came. Kill them all."
        return None

    def _praise_denied(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        target, note = self._aim(ctx, hit)
        if target is Kind.REPORTED or note not in ("", "negated"):
            return target, note  # the denial is the attack: "negated" is what we look for
        if self._framed_as_false(ctx, hit) or self._opinion_denied(ctx, hit):
            return Kind.OBJECT, _DENIED
        tokens = ctx.tokens
        if hit.last < len(tokens) and tokens[hit.last] in _NOT_YET:
            return Kind.OBJECT, _DENIED  # "women won't be equal until we fight"
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        negated = copular = False
        i = hit.first - 1
        while i >= start and not ctx.pause_after(i):
            token = tokens[i]
            if token in _COMPARED or (not copular and token in _OBJECT_AFTER):
                break  # "not less intelligent", "non solo intelligenti"
            copular = copular or token in self._cue_copula or token in _COPULAS
            if token in self._deniers or (
                token == "t" and i > start and tokens[i - 1] in _NT_STEMS
            ):  # hatecheck15: "muslims can't be civilised"
                negated = True
            elif self._group_named_at(tokens, i, hit.first) or self._people_at(tokens, i):
                first = i - 1 if i > start and tokens[i - 1] in self._cue_identity_adjective else i
                group = first
                if first > start and tokens[first - 1] in _NO:
                    negated, first = True, first - 1  # "no black person has ever been smart"
                elif first - 2 >= start and tokens[first - 1] in _ONE:
                    lead = first - 2 if tokens[first - 2] not in _A else first - 3
                    if lead >= start and tokens[lead] in _NO:
                        negated, first = True, lead  # "not a single muslim is trustworthy"
                if (
                    negated
                    and copular
                    and self._group_named_at(tokens, group, hit.first)
                    and self._subject_at_clause_start(ctx, first, start)
                ):
                    return Kind.GROUP, IDENTITY_NOTE
                break
            elif token in _THEY and negated and copular and self._named_before(ctx, i):
                return Kind.GROUP, IDENTITY_NOTE  # "Women? They are never smart."
            elif token not in _BRIDGE and token not in self._cue_article and token not in _NT_STEMS:
                break
            i -= 1
        return Kind.OBJECT, _DENIED

    def _writer_denies(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        """The writer denies a group trust or respect: "I would never trust a muslim",
        "we don't hire immigrants", "non mi fiderei mai di un musulmano". A negation and
        the writer (or a sentence opening) in the few words before, the group right after;
        "I don't trust politicians" names no group and stays clean."""
        target, note = self._aim(ctx, hit)
        if target is Kind.REPORTED or note not in ("", "negated"):
            return target, note
        tokens = ctx.tokens
        start = max(ctx.sentence_start(hit.first, SENTENCE_REACH), hit.first - 4)
        before = tokens[start : hit.first]
        own = (not _WRITER.isdisjoint(before) and _WHO.isdisjoint(before)) or (
            ctx.starts_sentence(start)
            and self._deniers.issuperset([word for word in before if word not in _ORDER_FILL])
        )  # "Non rispetto", "don't ever trust a roma"; "people who don't respect women
        # are ..." is about those people
        if (self._deniers.isdisjoint(before) and _ORDER_DENIERS.isdisjoint(before)) or not own:
            return Kind.OBJECT, _DENIED
        end = ctx.sentence_end(hit.last - 1, SENTENCE_REACH)
        at = hit.last
        while at < end and (tokens[at] in self._felt_skip or tokens[at] in _BEFORE_OBJECT):
            at += 1
        if at < end and self._group_named_at(tokens, at, end):
            return Kind.GROUP, IDENTITY_NOTE
        return Kind.OBJECT, _DENIED

    def _felt_own(self, ctx: Context, hit: Hit) -> bool:
        """ "I have nothing but contempt for ...", "my hatred for ...": the writer's feeling."""
        tokens = ctx.tokens
        before = tokens[max(0, hit.first - 4) : hit.first]
        return not _FELT_OWN.isdisjoint(before) and not any(
            ctx.pause_after(i) for i in range(max(0, hit.first - 4), hit.first - 1)
        )

    def _approved_hatred(self, ctx: Context, hit: Hit) -> bool:
        """Hatred of a named group, the verb's object, in a clause that approves of it and
        denies nothing: "hating gay people is normal", "it's natural to despise ...",
        "disprezzare gli zingari è buon senso". "Hating women is not normal" stays clean."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        end = ctx.sentence_end(hit.last - 1, SENTENCE_REACH)
        at = hit.last
        while at < end and tokens[at] in self._felt_skip:
            at += 1
        if at >= end or not self._group_named_at(tokens, at, end):
            return False
        clause = tokens[start:end]
        if not self._deniers.isdisjoint(clause):
            return False
        approval, copula = self._cue_approval, self._cue_copula
        for j in range(start, end):
            if tokens[j] not in approval or copula.isdisjoint(tokens[max(start, j - 3) : j]):
                continue  # only approval said of something: "is normal", "è buon senso"
            if j > at and not any(ctx.pause_after(k) for k in range(at, j)):
                return True  # "hating gay people is normal": the hating is the subject
            if j < hit.first and hit.first - j <= 2:
                return True  # "it's natural to despise ...", "è normale odiare ..."
        return False

    def _subject_at_clause_start(self, ctx: Context, first: int, start: int) -> bool:
        """The group opens its clause, maybe after articles, "all" or an opinion ("I think
        that ..."): it is the subject. "Hating gay people is not normal" denies the hating."""
        tokens = ctx.tokens
        i = first - 1
        while i >= start and (tokens[i] in self._cue_article or tokens[i] in _ALL):
            i -= 1
        return i < start or ctx.pause_after(i) or tokens[i] in _OPENERS

    def _people_at(self, tokens: list[str], i: int) -> bool:
        """A people noun after an identity adjective: "black people", "gay men"."""
        return i > 0 and tokens[i] in self._cue_people

    def _said_of_they(self, ctx: Context, hit: Hit) -> bool:
        """ "They are sneaky" after a named group, "voi musulmani siete fanatici"."""
        tokens = ctx.tokens
        i = hit.first - 1
        while i >= 0 and hit.first - i <= 3 and tokens[i] not in _THEY_ARE:
            if tokens[i] not in self._cue_article and tokens[i] not in self._cue_bridge:
                return False
            i -= 1
        if i < 1 or tokens[i] not in _THEY_ARE:
            return False
        subject = i - 1
        if tokens[i] == "siete":
            return self._group_named_at(tokens, subject, i) or (
                subject > 0 and self._group_named_at(tokens, subject - 1, i)
            )
        return (
            tokens[subject] in _THEY
            and (ctx.starts_sentence(subject) or ctx.pause_after(subject - 1))
            and self._named_before(ctx, subject)
        )  # "Gay people? They are ...": "they" opens its own clause

    def _carried(self, ctx: Context, hit: Hit) -> bool:
        """A hit aimed at nothing whose clause points back, by pronoun, clitic or dropped
        plural subject, at an identity group named earlier in the message."""
        entry = hit.entry
        if entry.category is Cat.PROFANITY or not self._cue_accusation.isdisjoint(entry.tokens):
            return False  # "they are being racist": calling out prejudice
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        end = min(len(tokens), hit.last + 2)
        first = entry.tokens[0]
        pointer = -1
        if first.endswith(_PLURAL_CLITIC_ENDS) or entry.tokens[-1].endswith(_PLURAL_CLITIC_ENDS):
            pointer = hit.first  # "bisogna ammazzarli tutti"
        elif not self._cue_hate_verb.isdisjoint(entry.tokens) or first in self._cue_hate_form:
            # Hatred: the group is its object ("I hate them", "li odio"), never the hater
            # ("they hate each other").
            if hit.first > start and tokens[hit.first - 1] in _OBJECT_CLITICS:
                pointer = hit.first - 1
            elif hit.last < end and tokens[hit.last] in _THEY:
                pointer = hit.last
        elif not _THEY.isdisjoint(entry.tokens) or (hit.last < end and tokens[hit.last] in _THEY):
            pointer = hit.first  # "kill them all", "lock them up"
        elif ctx.mentions_any("probe4_they", _THEY):
            pointer = self._they_subject(ctx, hit, start)  # "They should all be locked away."
        if pointer < 0 and hit.first <= start + 1 and start + 1 < len(tokens):
            opener = tokens[start + 1] if tokens[start] in self._deniers else tokens[start]
            if opener in _ITALIAN_PLURAL_VERBS or first in _ITALIAN_PLURAL_VERBS:
                pointer = hit.first  # "Andrebbero rinchiusi.", "Non servono a niente."
        if pointer < 0 or not self._named_before(ctx, min(pointer, start)):
            return False
        if any(self._group_named_at(tokens, j, end) for j in range(start, end)):
            return False  # the clause names its own group: the other rules read it
        target, note = self._aim(ctx, hit)
        if note or target is Kind.REPORTED:
            return False
        if target is Kind.SECOND_PERSON and not self._second.isdisjoint(tokens[start:end]):
            return False  # "they are fine, you are the animal"
        return not (
            self._denied_by_quantifier(ctx, hit)
            or self._framed_as_false(ctx, hit)
            or self._opinion_denied(ctx, hit)
            or (
                any(tokens[j] in self._deniers for j in range(max(start, hit.first - 3), hit.first))
                and entry.tokens[0] not in self._deniers
            )
        )

    def _they_subject(self, ctx: Context, hit: Hit, start: int) -> int:
        """Where "they"/"loro" is the hit's subject, only copulas, modals and adverbs
        between ("they should all be locked away", "they deserve nothing"), or -1."""
        tokens = ctx.tokens
        i = hit.first - 1
        while i >= max(start, hit.first - 5):
            token = tokens[i]
            if token in _THEY:
                return i if i < hit.first - 1 else -1  # "they perverted lifestyle": "their"
            if not (
                token in self._cue_copula
                or token in self._cue_modal
                or token in self._cue_article
                or token in _BRIDGE
            ):
                return -1
            i -= 1
        return -1

    def _named_before(self, ctx: Context, before: int) -> bool:
        """An identity group named in the message before token `before`, within reach."""
        tokens = ctx.tokens
        return any(
            self._group_named_at(tokens, j, before)
            for j in range(max(0, before - _CARRY_REACH), before)
        )
