"""Targeting rules of the olid11 round (issue 8, fourteenth session): a named person
judged a sham, a crook or the worst, the commonest shape of OLID's even-row misses that
holds a judging word the older rules already know.

- A judging word said of a name: "Beto is a joke", "Gutierrez is corrupt", "Pelosi is
  the worst", "Holder is a criminal", "Schiff is so crooked", "he is the absolute
  worst", "Goodell is the worst commissioner ever". The older rules read these words of
  "he"/"she" or the reader only (a name was a thing, "the worst" was of a thing). Things
  are judged by the same words ("the economy is a joke", "the system is corrupt",
  "traffic is the worst", "my worst fear"), so they count only after a copula whose
  subject is a person (olid7's `_olid7_subject`: the reader, a pronoun, a pointed
  person, or a name opening its clause, never a word of the "thing" list), with the
  phrase closing its clause (or a role noun after "the worst").
  A title may open the clause before the name ("Senator Booker is a joke", "Governor
  Brown is so corrupt"). A question ("is Beto a joke?"), a denial or a report ("he is
  not corrupt", "she said he was a joke"), a quote, a joke mark keep no insult; so do
  (review17) "in" a work or a picture ("Joffrey is evil in the show"), the "said no one"
  meme or an attribution after it ("Beto is a joke, said his rival"), and a group or
  "why" shape answered "no" ("leftists are petty? no").

- A name-call noun as a whole sentence after another, or taunted with "much?": "the
  Liberals say Republicans divide the country. Hypocrites.", "... gun control.
  #hypocrite", "Hypocrite much?". Read as said of the person spoken of or to (the
  mention's reading, lifted to the outright floor); a word of a sentence ("hypocrites
  everywhere"), a swear word ("Shit."), a quote keep their reading.

- A political group judged by a word the older rules read only of a person: "democrats
  are so fake", "the liberals are a joke", "leftists are petty". olid6's group shape
  (`_olid6_group_called`) from the copula before the word: the group opens the clause,
  not "some"/"not all" of it, not reported ("he said liberals are fake"), the word
  closing its clause ("terrible at math"). The same words (and the name's) asked as a
  reproach opening the sentence: "why are liberals so fake?", "why is Pelosi so
  corrupt?"; never "why is traffic so terrible", "why are prices so awful?".

Cost: three frozenset tests of the hit's term. The 25 judging terms (only when the older
reading has no aiming note) go on to a look at the two tokens after the phrase, a bridge
walk of at most four tokens back with one "thing" test, and olid7's subject walk (as
far). The 26 exclaimed nouns, only when read of a mention or a third person with no
note, look at their sentence's bounds (cached by the context) and a quote test. The 13
group words walk at most two bridge words back to "are" and then olid6's group walk.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid4_words as o4
from bot.core.scoring import olid7_words as w7
from bot.core.scoring import olid11_words as w
from bot.core.scoring.targeting_context import SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_italian17 import Italian17Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE, POLITICAL_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["Olid11Rules"]

# Readings left as they are: the writer's own, a group's (older group rules weigh those).
_KEPT: Final = frozenset({Kind.SELF, Kind.GROUP})
# Plural political groups ("liberals", "democrats"), as olid6 reads them.
# Readings a group's judging word may be read again from: no one, a thing.
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.MENTION})
# An exclaimed name-call's readings lifted to outright: the person spoken of or to.
_SPOKEN_OF: Final = frozenset({Kind.MENTION, Kind.THIRD_PERSON, Kind.REPLY})


class Olid11Rules(Italian17Rules):
    """A named person judged a sham, a crook or the worst; a name-call as a sentence."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a judging word said of a named person (or
        too faintly of a pronoun) is read as said of that person outright."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.EXCLAIMED_NOUNS:
            if note or target not in _SPOKEN_OF or not _olid11_exclaimed(ctx, hit):
                return target, note
            return target, OUTRIGHT_NOTE  # "... by color. Hypocrites.", "Hypocrite much?"
        if (term in w.GROUP_JUDGED or term in w.JUDGED) and (
            target in _UNAIMED or note in w.REREAD_NOTES
        ):
            if self._olid7_asked_back(ctx, hit):
                return target, note  # "leftists are petty? no, they are not" (review17)
            asked = self._olid11_why(ctx, hit)
            if asked is not None:
                return asked
        if term in w.GROUP_JUDGED and (target in _UNAIMED or note in w.REREAD_NOTES):
            grouped = self._olid11_group(ctx, hit)
            if grouped is not None:
                return grouped
        if term not in w.JUDGED or target in _KEPT or note not in w.REREAD_NOTES:
            return target, note
        if not note and target not in _UNAIMED:
            return target, note  # "you are the worst" keeps the reader's full weight
        if ctx.quoted(hit.first, hit.last) or self._olid7_asked_back(ctx, hit):
            return target, note  # "they are so dishonest? no way, they are great"
        aimed = self._olid11_judged(ctx, hit, target)
        return aimed if aimed is not None else (target, note)

    def _olid11_why(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """ "why are liberals so fake?", "why is Pelosi so corrupt?": the word asked of a
        political group or a name as a reproach, the question opening its sentence."""
        tokens, first = ctx.tokens, hit.first
        start = ctx.sentence_start(first, SENTENCE_REACH)
        why = first - 4
        if (
            why != start
            or tokens[why] != w.WHY
            or tokens[first - 1] not in w.WHY_INTENSIFIERS
            or tokens[why + 1] not in w.WHY_COPULAS
        ):
            return None
        end = ctx.sentence_end(first, SENTENCE_REACH)
        if hit.last < end and not ctx.pause_after(hit.last - 1):
            return None  # "why are liberals so fake about it"
        said = tokens[why + 2]
        if tokens[why + 1] == w.PLURAL_COPULA:
            return (Kind.GROUP, POLITICAL_NOTE) if said in o4.PLURAL_GROUPS else None
        if self._olid6_name(said) and said not in self._cue_thing:
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE
        return None

    def _olid11_group(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """ "democrats are so fake", "the liberals are a joke": olid6's group shape from
        the copula before the judging word (over at most two bridge words), or None."""
        if ctx.quoted(hit.first, hit.last):
            return None
        tokens = ctx.tokens
        at = hit.first
        if hit.entry.term not in w.COPULA_LED:
            start = ctx.sentence_start(at, SENTENCE_REACH)
            at -= 1
            while (
                at > start
                and hit.first - at <= w.GROUP_BRIDGE_REACH
                and tokens[at] in w.GROUP_BRIDGE
            ):
                at -= 1
            if at <= start or tokens[at] != w.PLURAL_COPULA:
                return None
        grouped = self._olid6_group_called(ctx, hit._replace(first=at))
        return grouped if grouped[0] is Kind.GROUP else None

    def _olid11_judged(
        self, ctx: Context, hit: Hit, target: TargetKind
    ) -> tuple[TargetKind, str] | None:
        """Who the judging phrase is said of, or None when it goes on to a thing or no
        person is the copula's subject."""
        tokens = ctx.tokens
        term = hit.entry.term
        first, last = hit.first, hit.last
        start = ctx.sentence_start(first, SENTENCE_REACH)
        if term == w.WORST:
            if (
                first - 2 < start
                or tokens[first - 1] not in w.WORST_INTENSIFIERS
                or tokens[first - 2] != w.THE
            ):
                return None  # "my worst fear", "worst case"
            first -= 2  # "the absolute worst"
        elif term in w.COPULA_LED:
            first += 1  # "is a joke": the subject walk starts at the article
        end = ctx.sentence_end(hit.first, SENTENCE_REACH)
        if term.endswith(w.WORST) and last < end and tokens[last] in w.ROLES:
            last += 1  # "the worst commissioner"
        if last < end and not ctx.pause_after(last - 1) and tokens[last] not in w.CLOSE_AFTER:
            return None  # "a joke of a bill", "corrupt files", "the worst part"
        if (
            last < end
            and tokens[last] == w.IN
            and not w.MEDIA.isdisjoint(tokens[last + 1 : min(end, last + 1 + w.IN_MEDIA_REACH)])
        ):
            return None  # "Joffrey is evil in the show" (review17)
        if _said_no_one(tokens, last):
            return None  # "Goodell is the worst ever said no one", "..., said the coach"
        if self._olid11_thing(ctx, first, start):
            return None  # "traffic is the worst", "politics is corrupt"
        if self._olid11_titled(ctx, first, start):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "Senator Booker is a joke"
        if term in w.NAME_ONLY and not self._olid11_named(ctx, first, start):
            return None  # "damn this boss is terrible": a pointed one was read before
        aimed = self._olid7_subject(ctx, first, target)
        if aimed is None:
            return None
        return aimed[0], OUTRIGHT_NOTE

    def _olid11_named(self, ctx: Context, first: int, start: int) -> bool:
        """A name opens the clause before a singular copula: "Pelosi is terrible"."""
        tokens = ctx.tokens
        at = first - 1
        while at >= start and first - at <= w7.KIND_BRIDGE_REACH and tokens[at] in w7.KIND_BRIDGE:
            at -= 1
        return (
            at - 1 == start and tokens[at] in w.SINGULAR_COPULAS and self._olid6_name(tokens[start])
        )

    def _olid11_titled(self, ctx: Context, first: int, start: int) -> bool:
        """A title and a name open the clause before a singular copula: "Senator Booker is
        a joke", "Governor Cuomo is corrupt" (olid7 takes a name only opening it)."""
        tokens = ctx.tokens
        at = first - 1
        while at >= start and first - at <= w7.KIND_BRIDGE_REACH and tokens[at] in w7.KIND_BRIDGE:
            at -= 1
        return (
            at - 2 == start
            and tokens[at] in w.SINGULAR_COPULAS
            and tokens[start] in w.TITLES
            and tokens[at - 1].isalpha()  # after a title any word is a name: "Governor Brown"
            and not ctx.pause_after(start)
        )

    def _olid11_thing(self, ctx: Context, first: int, start: int) -> bool:
        """The copula's subject (over olid7's bridge words) is a word of the "thing" list
        ("traffic is the worst"), or a plural that is no pronoun ("prices are terrible",
        "mondays are the worst"): a name is singular."""
        tokens = ctx.tokens
        at = first - 1
        while at >= start and first - at <= w7.KIND_BRIDGE_REACH and tokens[at] in w7.KIND_BRIDGE:
            at -= 1
        if at <= start:
            return False
        said = tokens[at - 1]
        if tokens[at] in w.PLURAL_COPULAS and said not in w.PLURAL_PRONOUNS:
            return True
        return said in self._cue_thing


def _said_no_one(tokens: list[str], last: int) -> bool:
    """ "... said no one (ever)", "..., said the coach" just after the judging phrase: the
    meme that denies it, or a report's attribution."""
    for at in range(last, min(len(tokens) - 1, last + w.SAID_REACH)):
        if tokens[at] in w.SAYS and tokens[at + 1] in w.SAID_BY:
            return tokens[at + 1] != "no" or tokens[at + 2 : at + 3] == ["one"]
    return False


def _olid11_exclaimed(ctx: Context, hit: Hit) -> bool:
    """The name-call noun is its whole sentence ("Hypocrites.", "#hypocrite" after a
    sentence) or taunted with "much" ("Hypocrite much?"); unquoted."""
    first, last = hit.first, hit.last
    if ctx.sentence_start(first, SENTENCE_REACH) != first:
        return False
    end = ctx.sentence_end(first, SENTENCE_REACH)
    if last < end and not (last + 1 == end and ctx.tokens[last] == w.MUCH):
        return False
    return not ctx.quoted(first, last)
