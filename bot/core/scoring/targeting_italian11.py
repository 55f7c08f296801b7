"""Targeting rules of the italian11 round (issue 8): Italian hate-speech and chat shapes
the older rounds still missed at default settings.

- A clitic on the infinitive for a group named earlier, after the writer's wish: "i
  gay? vorrei vederli soffrire" (CLITIC_SEEN); "i bambini? vorrei vederli felici" has no
  suffering, "non vorrei vederli soffrire" is negated.
- Orders to distrust, avoid or shut out a named group after them: "non fidatevi mai
  degli zingari", "state lontani dai musulmani" (GROUP_AFTER); "non fidatevi mai del
  meteo" names no group.
- A clitic for a group named earlier before the writer's hatred: "le donne? non le
  sopporto" (CLITIC_HATE).
- The writer's threat or a call to the readers with a group right after: "farò fuori
  ogni gay" (HARM_AHEAD), "uccidete tutti gli ebrei" (CALLS).
- Claims with the group as subject and Italian modals between: "i gay dovrebbero stare
  lontani dai bambini", "le donne non sono altro che oggetti" (CLAIMS).
- A positive word denied of every member met: "non ho mai conosciuto un musulmano
  onesto" (NEVER_MET).
- A name-call said of a third person in chat: "che idiota il nostro mid", "quell'asina
  della vicina" (the exclamation and the epithet); words said in praise as often
  ("quel pazzo del nostro support") are left alone.
- Pork as food is no slur: "i musulmani non mangiano maiale".

Every rule is gated by a frozenset test on the hit's term or the word before it and
reads a few tokens around it, so cost stays O(1) per hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian11_words as words
from bot.core.scoring.hatecheck9_words import AFTER_REACH, GROUP_ARTICLES, SUFFERED
from bot.core.scoring.targeting_context import IDENTITY_NOTE, SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck9 import NOT_SAID9_NOTE
from bot.core.scoring.targeting_hatecheck11 import HateCheck11Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["Italian11Rules"]

FOOD_NOTE: Final = "food, not a name for anyone"
_OWN: Final = (
    words.CLITIC_SEEN
    | words.GROUP_AFTER
    | words.CLITIC_HATE
    | words.HARM_AHEAD
    | words.CALLS
    | words.CLAIMS
    | words.NEVER_MET
    | words.NOT_WANTED
    | words.FOOD_WORDS
)
_BEFORE_NAME_CALL: Final = words.EXCLAIM | words.DEMONSTRATIVES
# The earlier readings a third-person name-call may take over: nobody found, a thing, a
# person already, or the reply's author; never the reader, a group or a cancel.
_WEAK: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON, Kind.MENTION, Kind.REPLY})
_PLAIN_NOTES: Final = frozenset({"", SAID_OF_NOTE})


class Italian11Rules(HateCheck11Rules):
    """Italian group shapes with clitics, orders and modals; third-person name-calls in
    chat; pork as food."""

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """This round's words settled by their shape before the older rules read them."""
        term = hit.entry.term
        if term not in _OWN:
            return super().probe4_aim(ctx, hit)
        if term in words.FOOD_WORDS:
            if self._it11_eaten(ctx, hit):
                return Kind.OBJECT, FOOD_NOTE  # "i musulmani non mangiano maiale"
            return super().probe4_aim(ctx, hit)
        if ctx.quoted(hit.first, hit.last) or self._framed_as_false(ctx, hit):
            return Kind.OBJECT, NOT_SAID9_NOTE
        if term in words.CLITIC_HATE:  # its negation is its own: read before `_hc9_unsaid`
            group = self._it11_group_before(ctx, hit.first)
            if group is None:
                return super().probe4_aim(ctx, hit)  # the older readings of "non li sopporto"
            shaped = group  # "le donne? non le sopporto"; "gli insulti contro i gay? ..."
        elif term in words.GROUP_AFTER:
            # "non fidatevi mai degli zingari"; not "... dei titoli sugli immigrati"
            shaped = (
                self._hc9_group_after(ctx, hit)
                and not self._it11_about_group(ctx, hit)
                and not self._it11_reported(ctx, hit)  # "mio padre diceva: non fidatevi"
            )
        elif term not in words.ASKED and self._hc9_unsaid(ctx, hit):
            shaped = False  # "chi dice che i gay non sono altro che malati ..."
        elif term in words.CLITIC_SEEN:
            shaped = self._it11_wished(ctx, hit) and bool(self._it11_group_before(ctx, hit.first))
        elif term in words.HARM_AHEAD or term in words.CALLS:
            shaped = self._it11_group_ahead(ctx, hit.last, words.HARM_REACH)
        elif term in words.NOT_WANTED:
            shaped = self._it11_not_wanted(ctx, hit)  # "non voglio i gay nel mio paese"
        elif term in words.NEVER_MET:
            shaped = self._it11_never_met(ctx, hit)
        else:
            shaped = self._it11_claimed(ctx, hit)
        return (Kind.GROUP, IDENTITY_NOTE) if shaped else (Kind.OBJECT, NOT_SAID9_NOTE)

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading, with an Italian name-call said of a third person."""
        target, note = super().reread(ctx, hit, target, note)
        first = hit.first
        if (
            first == 0
            or ctx.tokens[first - 1] not in _BEFORE_NAME_CALL
            or hit.entry.category is not Cat.INSULT
            or target not in _WEAK
            or note not in _PLAIN_NOTES
            or len(hit.entry.tokens) != 1
            or hit.entry.term in words.FOND
            or ctx.quoted(hit.first, hit.last)
        ):
            return target, note
        if self._it11_named_after(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "che idiota il nostro mid"
        return target, note

    def _it11_named_after(self, ctx: Context, hit: Hit) -> bool:
        """ "che <insult> <the person>" or "quel <insult> di <someone>"; a thing after
        ("che cringe questo trailer", "quella schifezza di patch") is no person."""
        tokens = ctx.tokens
        at = hit.last
        if ctx.closes_clause(at):
            return False
        following = tokens[at]
        if tokens[hit.first - 1] in words.DEMONSTRATIVES:
            return following in words.OF and self._it11_person_at(ctx, at + 1)
        if following in words.POINTING_PRONOUNS and (at + 1 == len(tokens) or ctx.pause_after(at)):
            return True  # "che coglione quello"
        if following not in words.DEMONSTRATIVES and following not in words.ARTICLES:
            return following in words.OWNERS and self._it11_person_at(ctx, at)
        return self._it11_person_at(ctx, at + 1)  # "che idiota il nostro mid"

    def _it11_about_group(self, ctx: Context, hit: Hit) -> bool:
        """(review11) The first group after an order is governed by "sugli", "contro"...:
        a thing about the group is what is distrusted or avoided ("non fidatevi dei
        titoli sugli immigrati"), not the group ("... degli zingari"). Never "per": "non
        affittate case per gli immigrati" shuts the group out."""
        tokens = ctx.tokens
        end = ctx.sentence_end(hit.last - 1, AFTER_REACH)
        for i in range(hit.last, end):
            if ctx.pause_after(i - 1):
                return False
            if self._group_end(tokens, i) > 0:
                j = i - 1 if tokens[i - 1] not in GROUP_ARTICLES else i - 2
                return j >= hit.last and tokens[j] in words.ABOUT_GROUP
        return False

    @staticmethod
    def _it11_reported(ctx: Context, hit: Hit) -> bool:
        """(review11) Another's saying before the order in its sentence: "mio nonno
        diceva non fidatevi degli zingari", "è razzista dire state lontani dai rom"."""
        tokens = ctx.tokens
        for i in range(hit.first - 1, ctx.sentence_start(hit.first, words.GROUP_REACH) - 1, -1):
            if tokens[i] in words.REPORTING:
                return tokens[i] != "dire" or i == 0 or tokens[i - 1] not in words.WRITER_MODALS
        return False

    def _it11_person_at(self, ctx: Context, i: int) -> bool:
        """A person at token `i`, past an owner ("nostro support", "mia vicina"): a
        person noun, role or people word, or a name no list knows. Family is left out:
        "quel coglione di mio fratello" is a grumble at home (test_scorer_reply_targets)."""
        tokens = ctx.tokens
        if i < len(tokens) and tokens[i] in words.OWNERS and not ctx.pause_after(i):
            i += 1
        if i >= len(tokens):
            return False
        word = tokens[i]
        return (
            word in self._cue_person_noun
            or word in self._cue_role
            or word in self._cue_people
            or self._discord8_name(word)
        )

    def _it11_eaten(self, ctx: Context, hit: Hit) -> bool:
        """An eating word just before pork: "non mangiano maiale", "carne di maiale"."""
        tokens = ctx.tokens
        floor = max(0, hit.first - words.EATING_REACH)
        return not words.EATING.isdisjoint(tokens[floor : hit.first])

    def _it11_wished(self, ctx: Context, hit: Hit) -> bool:
        """The writer's wish right before the term in its clause, no negation between."""
        tokens = ctx.tokens
        for i in range(hit.first - 1, max(0, hit.first - words.WISH_REACH) - 1, -1):
            if ctx.pause_after(i):
                return False
            word = tokens[i]
            if word in words.WISH:
                return i == 0 or tokens[i - 1] != "non"  # "non vorrei vederli soffrire"
            if word == "non":
                return False
        return False

    def _it11_group_before(self, ctx: Context, at: int) -> bool | None:
        """Whether the named group earlier in the message, which the clitic at `at`
        stands for, is what it hates: not when the group is the object of a phrase ("i
        commenti contro gli immigrati? non li sopporto"); None with no group."""
        tokens = ctx.tokens
        for i in range(at - 1, max(0, at - words.GROUP_REACH) - 1, -1):
            if self._group_end(tokens, i) > 0 and not ctx.quoted(i, i + 1):
                return not self._hc9_governed(tokens, i)
        return None

    def _it11_group_ahead(self, ctx: Context, at: int, reach: int) -> bool:
        """A named group within `reach` tokens from `at`, in the same clause."""
        tokens = ctx.tokens
        for i in range(at, min(len(tokens), at + reach)):
            if ctx.pause_after(i - 1):
                return False
            if self._group_end(tokens, i) > 0:
                return True
        return False

    def _it11_claimed(self, ctx: Context, hit: Hit) -> bool:
        """A named group as the claim's subject, Italian modals between ("i gay dovrebbero
        stare lontani dai bambini"); "non sono altro che" needs a thing after it."""
        tokens = ctx.tokens
        if hit.entry.term in words.NEEDS_THING and (
            hit.last >= len(tokens) or tokens[hit.last] not in words.THINGS
        ):
            return False  # "gli immigrati non sono altro che persone"
        at = ctx.back_over(hit.first, words.MODALS, words.MODAL_REACH)
        if at == 0 or not self._group_subject(ctx, at):
            return False
        return not any(
            self._group_end(tokens, i) == at and self._hc9_governed(tokens, i)
            for i in range(max(0, at - 3), at)
        )  # "le battute sui gay non sono altro che ..."

    def _it11_not_wanted(self, ctx: Context, hit: Hit) -> bool:
        """A named group right after the term ("più" may stand between), a place a few
        words after the group, in one clause."""
        tokens = ctx.tokens
        at = hit.last
        if hit.entry.tokens[-1] == "piu" and at < len(tokens) and tokens[at] in words.ARTICLES:
            at += 1  # "non vogliamo più gli immigrati"
        end = self._group_end(tokens, at)
        if end <= 0 or ctx.pause_after(at - 1):
            return False
        if end < len(tokens) and tokens[end] in SUFFERED:
            return False  # "non vogliamo i gay discriminati nel nostro paese": the victim
        for i in range(end, min(len(tokens), end + words.PLACE_REACH)):
            if ctx.pause_after(i - 1):
                return False
            if tokens[i] in words.PLACES:
                return True
        return False

    def _it11_never_met(self, ctx: Context, hit: Hit) -> bool:
        """A group member right after "non ho mai conosciuto un", praise a few words on."""
        tokens = ctx.tokens
        end = self._group_end(tokens, hit.last)
        if end <= 0:
            return False
        for i in range(end, min(len(tokens), end + words.PRAISE_REACH)):
            if ctx.pause_after(i - 1):
                return False
            if tokens[i] in words.PRAISE:
                return True
            if tokens[i] not in words.PRAISE_BRIDGE:
                return False
        return False
