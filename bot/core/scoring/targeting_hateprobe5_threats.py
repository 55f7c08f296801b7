"""Violence the writer promises a named group (issue 8, hateprobe5).

Functional suites write direct threats against a group with any violent verb: "I'm
going to slap every muslim I see", "we will hunt down the immigrants", "I'll burn down
the synagogue", "sparo al prossimo immigrato", "vado a picchiare qualche gay". The
threat lexicon holds such verbs only in phrases aimed at the reader ("punch you"); the
`group_harm` verbs become threats of their own (hateprobe5_words.py) that count only:

- as the writer's promise: "I will", "I'm going to", "we're gonna", "I want to" before
  the verb in its clause, or the writer's urging or eagerness ("we should torch ...",
  "I can't wait to hurt ...", hatecheck23), no negation ("I would never hurt a
  muslim"); an Italian verb in the first person ("sparo", "brucerò") or an infinitive
  after "voglio" / "vado a", not a noun after an article ("uno sparo", "il massacro
  degli ebrei");
- with a named group, or its place of worship, as the object right after the verb,
  determiners, "their" and particles between ("beat the crap out of some gay guys").

"I'm going to shoot the ball", "I'll kill the boss first" and "I will punch the next
person who insults women" name no group as the object and stay clean. A threat phrase
of the lexicon aimed at a place of worship ("darò fuoco alla sinagoga") is aimed at its
faith's people. Both rules run only on threat hits.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.hateprobe5_words import PROBE5_THREAT_WEIGHT
from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_italian3 import Italian3Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_PROMISED_NOTE", "Probe5ThreatRules"]

NOT_PROMISED_NOTE: Final = "no violence promised to a group"
_WRITER: Final = frozenset({"i", "im", "ill", "id", "we", "imma", "ima", "lets"})
_INTENT: Final = frozenset(
    {"will", "ll", "gonna", "going", "wanna", "want", "gotta", "shall", "d", "ill", "imma"}
    | {"ima", "lets", "gon", "should", "wait"}
)
_NEGATIONS: Final = frozenset({"not", "never", "t", "dont", "wont", "non", "mai", "no"})
_INTENT_REACH: Final = 6  # "i am really going to go and slap ..."
# Before an Italian infinitive: the writer's will or errand ("voglio", "vado a").
_IT_INTENT: Final = frozenset(
    {"voglio", "vogliamo", "vado", "andiamo", "vorrei", "devo", "dobbiamo"}
)
_INFINITIVE_ENDS: Final = ("are", "ere", "ire")
_FIRST_PERSON_END: Final = "o"  # "sparo", "picchio", "brucero" (folded "brucerò"); no English verb
# Before an Italian first-person verb that is also a noun: "uno sparo", "il massacro".
_ARTICLES: Final = frozenset({"uno", "un", "lo", "il", "l", "del", "dello", "al", "allo", "questo"})
# Between the verb and its object: determiners, quantifiers, particles.
# fmt: off
_OBJECT_SKIP: Final = frozenset({
    "the", "a", "an", "some", "every", "any", "all", "those", "these", "each", "next",
    "few", "of", "down", "up", "out", "crap", "shit", "hell", "living", "daylights",
    "fucking", "fuckin", "al", "alla", "allo", "ai", "agli", "alle", "il", "lo", "la", "i",
    "gli", "le", "un", "una", "uno", "ogni", "qualche", "tutti", "tutte", "prossimo",
    "prossima", "prossimi", "quei", "quegli", "quelle", "questi", "dei", "degli", "delle",
    "di", "single", "damn", "first", "primo", "prima", "primi", "two", "three", "their",
    "loro",  # italian22: "bisognerebbe bruciare le loro moschee"
})
# fmt: on
_OBJECT_REACH: Final = 6  # "beat the crap out of some gay guys"
_UNAIMED: Final = frozenset({Kind.OBJECT, Kind.NONE})
# targeting_person.py's note for a threat beside gaming words ("in this server"): a named
# group as the object is no boss or tank, so it does not cancel these.
_GAMING_NOTE: Final = "gaming talk"


def _denied(before: list[str]) -> bool:
    """A negation among the words before the verb; the "t" of "can't wait to" is
    eagerness, not one (hatecheck23: "I can't wait to hurt some gay people")."""
    for i, token in enumerate(before):
        if token in _NEGATIONS and not (token == "t" and before[i + 1 : i + 2] == ["wait"]):
            return True
    return False


class Probe5ThreatRules(Italian3Rules):
    """Violence promised to a named group or its place of worship."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        cues = self._cues
        self._harm = cues["group_harm"]
        self._worship = cues["worship_place"]

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note); threats at a group's people or places."""
        target, note = super().reread(ctx, hit, target, note)
        entry = hit.entry
        if entry.category is not Cat.THREAT:
            return target, note
        if entry.weight != PROBE5_THREAT_WEIGHT or entry.tokens[-1] not in self._harm:
            if target in _UNAIMED and not note and self._at_worship(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "darò fuoco alla sinagoga"
            return target, note
        if not (self._promised(ctx, hit) and self._group_object(ctx, hit)):
            return Kind.OBJECT, NOT_PROMISED_NOTE  # "I'm going to shoot the ball"
        if target is Kind.REPORTED or (note and note != _GAMING_NOTE):
            return target, note  # "he said he will shoot immigrants"
        return Kind.GROUP, IDENTITY_NOTE

    def _promised(self, ctx: Context, hit: Hit) -> bool:
        """The writer's intent before the verb, in its clause and not denied."""
        tokens = ctx.tokens
        word = hit.entry.tokens[0]
        before = tokens[max(0, hit.first - _INTENT_REACH) : hit.first]
        for i in range(len(before) - 1, -1, -1):
            if ctx.pause_after(hit.first - len(before) + i):
                before = before[i + 1 :]
                break
        if not _NEGATIONS.isdisjoint(before) and _denied(before):
            return False  # "I would never hurt a muslim", "non picchierei mai"
        if len(before) > 1 and ctx.lets_before(hit.first):
            return True  # hatecheck21: "let's burn jews alive", "let us hang ..."
        if word.endswith(_INFINITIVE_ENDS):
            return not _IT_INTENT.isdisjoint(before) or (
                not _WRITER.isdisjoint(before) and not _INTENT.isdisjoint(before)
            )
        if word.endswith(_FIRST_PERSON_END):  # Italian "sparo", "brucerò": the writer
            return not before or before[-1] not in _ARTICLES  # "sparo al ...", not "uno sparo"
        return not _WRITER.isdisjoint(before) and not _INTENT.isdisjoint(before)

    def _group_object(self, ctx: Context, hit: Hit) -> bool:
        """A named group (or its place of worship) right after the verb."""
        tokens = ctx.tokens
        end = min(len(tokens), hit.last + _OBJECT_REACH)
        at = hit.last
        while at < end and tokens[at] in _OBJECT_SKIP and not ctx.pause_after(at - 1):
            at += 1
        if at >= end or ctx.pause_after(at - 1):
            return False
        return tokens[at] in self._worship or self._group_named_at(tokens, at, end)

    def _at_worship(self, ctx: Context, hit: Hit) -> bool:
        """A place of worship as the object right after a threat: "... the synagogue"."""
        tokens = ctx.tokens
        end = min(len(tokens), hit.last + _OBJECT_REACH)
        at = hit.last
        while at < end and tokens[at] in _OBJECT_SKIP:
            at += 1
        return at < end and tokens[at] in self._worship
