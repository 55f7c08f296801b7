"""Targeting rules from the ninth functional hate-speech probe (issue 8, hatecheck9):
HateCheck-style cases the older rounds still missed, in English and Italian.

- A claim or a passive call for harm said of a named group, with no insult word (lexicon
  lines under "hatecheck9", hatecheck9_words.GROUP_CLAIMS): "disabled people are a drain
  on everyone", "muslims are a threat to civilisation", "immigrants are taking over our
  country", "why do disabled people even exist?", "jews should be wiped off the earth",
  "black people should be sent back to africa", "i neri non saranno mai italiani", "i
  rom rubano i bambini". Counted only with the group as the clause's subject (modals and
  adverbs between); "the battery is a drain on the phone", "the bug needs to be fixed",
  "disabled people are not a drain on anyone" and "stop saying immigrants are taking
  over" stay clean.
- The writer's threat verbs against a group (HARM_VERBS): "we will gas the jews", "I'll
  push disabled people down the stairs", "caccerei tutti gli zingari": the writer's
  intent before and the group right after; "gas the car up" names no group.
- A pronoun for a group named just before the writer's hatred or threat: "women, I
  can't stand them", "le donne? le odio", "i rom? li caccerei tutti". A negation ("le
  donne? non le odio") or quotes leave it clean.
- A group after an idiom of contempt: "I'd rather die than date a black person", "never
  trust a single word said by women", "non fidarti mai dei rom", "sono stufo dei
  musulmani"; "I'd rather die than eat kale" names no group.
- A group the writer wants to see suffer: "vorrei vedere tutti i neri soffrire"; "non
  voglio vedere i rom soffrire" stays clean.
- "i musulmani ci stanno invadendo": hateprobe5's group deeds read past the "us" ("ci").

Every rule is gated by a frozenset test on the hit's term and reads a few tokens around
it, so cost stays O(1) per hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck9_words as words
from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_forum4 import Forum4Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SAID9_NOTE", "HateCheck9Rules"]

NOT_SAID9_NOTE: Final = "no group said to be it"
_OWN: Final = words.GROUP_CLAIMS | words.HARM_VERBS | words.GROUP_AFTER | words.SUFFER


class HateCheck9Rules(Forum4Rules):
    """Group claims and passive calls for harm, threats to a group, and the pronoun that
    stands for a group named just before the writer's hatred."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        # This round's words no other entry anchors: loose words to the person rules.
        self._unanchored9 = frozenset(
            term
            for term in _OWN
            if " " not in term
            and all(entry.term in _OWN for _, entry in lexicon.anchors.get(term, ()))
        )

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """This round's words settled by their shape; the writer's hatred of a pronoun
        for a group aimed at the group, before the older rules read it as a thing."""
        term = hit.entry.term
        if term in _OWN:
            if term in words.GROUP_AFTER:
                if ctx.quoted(hit.first, hit.last) or not self._hc9_group_after(ctx, hit):
                    return Kind.OBJECT, NOT_SAID9_NOTE  # "I'd rather die than eat kale"
                return Kind.GROUP, IDENTITY_NOTE  # "non fidarti mai dei rom"
            if self._hc9_unsaid(ctx, hit):
                return Kind.OBJECT, NOT_SAID9_NOTE  # "stop saying immigrants are taking over"
            if term in words.SUFFER:
                shaped = self._hc9_seen_suffer(ctx, hit)
            elif term in words.HARM_VERBS:
                shaped = self._hc9_promised(ctx, hit) or (
                    self._hc9_pronoun(ctx, hit)
                    and (term != "push" or self._hc9_pushed_away(ctx, hit))
                )  # review9a: "refugees? we should push them to apply early"
            else:
                shaped = self._hc9_claimed(ctx, hit) and not self._hc9_cheered(ctx, hit)
            return (Kind.GROUP, IDENTITY_NOTE) if shaped else (Kind.OBJECT, NOT_SAID9_NOTE)
        if (
            hit.entry.tokens[-1] in words.HATE_VERBS
            and self._hc9_pronoun(ctx, hit)
            and not self._hc9_unsaid(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "women, I can't stand them"
        return super().probe4_aim(ctx, hit)

    def _hostile_word(self, word: str) -> bool:
        """The earlier test for a hostile word after an exclamation, with this round's
        loose words left out: "gas" or "push" alone is no hostility."""
        return word not in self._unanchored9 and super()._hostile_word(word)

    def _group_subject(self, ctx: Context, at: int) -> bool:
        """hateprobe5's group subject, read past an Italian "us": "i musulmani ci stanno
        invadendo", "gli stranieri ci hanno rovinato"."""
        if super()._group_subject(ctx, at):
            return True
        tokens = ctx.tokens
        for i in range(at - 1, max(0, at - 4) - 1, -1):
            word = tokens[i]
            if word in words.US:
                return i > 0 and not ctx.pause_after(i - 1) and super()._group_subject(ctx, i)
            if word not in words.US_AUXILIARIES or ctx.pause_after(i):
                return False
        return False

    def _hc9_unsaid(self, ctx: Context, hit: Hit) -> bool:
        """Quoted, or a negation or a word of saying before the hit in its clause ("I
        don't hate them", "non le odio", "stop saying they are a threat to us")."""
        if ctx.quoted(hit.first, hit.last) or self._framed_as_false(ctx, hit):
            return True  # "non è vero che i rom rubano i bambini"
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, words.GROUP_REACH)
        for i in range(hit.first - 1, start - 1, -1):
            word = tokens[i]
            if word in words.SAYING or (
                word in words.NEGATIONS
                and i >= hit.first - 4
                and not (word == "mai" and i > start and tokens[i - 1] == "come")
            ):  # italian17: "come mai" asks why ("come mai gli immigrati rubano?")
                return True
            if word == "that" and i > start and tokens[i - 1] in words.FALSE_THAT:
                return True  # review9a: "it's a lie that muslims are a threat to anyone"
        return self._hc9_answered_no(ctx, hit)

    def _hc9_answered_no(self, ctx: Context, hit: Hit) -> bool:
        """review9a: the hit's sentence is a question and the next one opens with "no"
        ("are immigrants really taking over? no, the data says otherwise")."""
        tokens = ctx.tokens
        end = ctx.sentence_end(hit.last - 1, words.GROUP_REACH)
        if not ctx.answered(end, words.ANSWER_OPENERS):
            return False
        if tokens[end] in words.ANSWER_NO:
            if not words.ANSWER_WORSE.isdisjoint(tokens[end + 1 : end + 4]):
                return False  # review15: "... un peso? no, è peggio", "no, they're worse"
            return (
                end + 1 == len(tokens)
                or ctx.pause_after(end)
                or tuple(tokens[end + 1 : end + 4]) in words.ANSWER_NO_THEN
            )  # review15: "muslims are awful? no they are not"
        return any(tuple(tokens[end : end + n]) in words.ANSWER_DENIAL for n in (1, 2, 3))

    def _hc9_cheered(self, ctx: Context, hit: Hit) -> bool:
        """review9a: "taking over" cheered in its sentence ("women are taking over
        esports and i love it"); the other claims are never cheered."""
        if hit.entry.term != "taking over":
            return False
        end = ctx.sentence_end(hit.last - 1, words.CHEER_REACH)
        return not words.CHEERED.isdisjoint(ctx.tokens[hit.last : end])

    def _hc9_governed(self, tokens: list[str], i: int) -> bool:
        """review9a: the group named at token `i` is the object of "for", "about",
        "contro"... ("housing for refugees", "jokes about gay people"); not "for me,
        muslims are ..." (a word other than an article between)."""
        j = i - 1
        if j > 0 and tokens[j] in words.GROUP_ARTICLES:
            j -= 1  # "contro gli immigrati", "for the refugees"
        return j >= 0 and tokens[j] in words.GOVERNING

    def _hc9_claimed(self, ctx: Context, hit: Hit) -> bool:
        """A named group as the claim's subject, modals and adverbs between."""
        tokens = ctx.tokens
        at = ctx.back_over(hit.first, words.MODALS, words.MODAL_REACH)
        if at == 0 or not self._group_subject(ctx, at):
            return False
        for i in range(at - 1, max(0, at - 3) - 1, -1):  # "gay people", "i rom": 1-2 words
            if ctx.pause_after(i):
                break
            if self._group_end(tokens, i) == at:
                return not self._hc9_governed(tokens, i)  # review9a: "donations for refugees"
        return True

    def _hc9_promised(self, ctx: Context, hit: Hit) -> bool:
        """The writer's intent before the verb and a named group right after it; an Italian
        conditional ("caccerei") is the writer's own."""
        if not self._group_object(ctx, hit):
            return False
        if hit.entry.term == "push" and not self._hc9_pushed_away(ctx, hit):
            return False  # "I'll push the immigrants' case in court"
        return hit.entry.term.endswith("ei") or self._promised(ctx, hit)

    def _hc9_seen_suffer(self, ctx: Context, hit: Hit) -> bool:
        """ "vorrei vedere tutti i neri soffrire": a group right before the verb, a verb of
        seeing before the group, no negation anywhere in the clause."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, words.MODAL_REACH)
        before = tokens[start : hit.first]
        if words.SEE.isdisjoint(before) or not words.NEGATIONS.isdisjoint(before):
            return False
        if words.WISH.isdisjoint(before):
            return False  # review9a: "fa male vedere i migranti annegare" is only seen
        return any(self._group_end(tokens, i) == hit.first for i in range(start, hit.first))

    def _hc9_group_after(self, ctx: Context, hit: Hit) -> bool:
        """A named group after the hit in its clause: "never trust a word said by jews"."""
        tokens = ctx.tokens
        end = ctx.sentence_end(hit.last - 1, words.AFTER_REACH)
        for i in range(hit.last, end):
            if ctx.pause_after(i - 1) or tokens[i] in words.DEFENDED:
                return False  # "sono stufo del razzismo contro i neri"
            group_end = self._group_end(tokens, i)
            if group_end > 0:  # review9a: the group as victim, "see gay people lose ..."
                after = tokens[group_end : group_end + 2]
                if after[:1] and after[0] in words.GET:
                    after = after[1:]  # "watch muslims get attacked"
                return not after or after[0] not in words.SUFFERED
        return False

    def _hc9_pronoun(self, ctx: Context, hit: Hit) -> bool:
        """A pronoun for a group right after the verb ("I hate them") or an Italian clitic
        right before it ("le odio"), and the group named earlier in the message."""
        tokens = ctx.tokens
        if hit.last < len(tokens) and (
            tokens[hit.last] in words.THEM
            or (
                tokens[hit.last] in words.THOSE
                and hit.last + 1 < len(tokens)
                and tokens[hit.last + 1] in words.THOSE_PEOPLE
                and not (hit.last + 2 < len(tokens) and tokens[hit.last + 2] in words.WHO)
            )
        ):
            if not self._hc9_writer_hates(ctx, hit):
                return False  # "muslims? my dad hates them" is someone else's hatred
            at = hit.first
        elif hit.first > 0 and tokens[hit.first - 1] in words.CLITICS:
            at = hit.first - 1
        else:
            return False
        for i in range(at - 1, max(0, at - words.GROUP_REACH) - 1, -1):
            if self._group_end(tokens, i) > 0 and not ctx.quoted(i, i + 1):
                return not self._hc9_governed(tokens, i)  # review9a: "jokes about gay people"
        return False

    def _hc9_writer_hates(self, ctx: Context, hit: Hit) -> bool:
        """The writer as the English verb's subject: "I" or "we" a few words before it in
        the same clause ("I really can't stand them"), not another subject ("they hate them")."""
        tokens = ctx.tokens
        for i in range(hit.first - 1, max(0, hit.first - words.WRITER_REACH) - 1, -1):
            if ctx.pause_after(i):
                return False
            if tokens[i] in words.WRITER:
                return True
        return False

    def _hc9_pushed_away(self, ctx: Context, hit: Hit) -> bool:
        """ "push" harms only with a way to fall after its object ("down the stairs", "off a
        cliff", "into the sea", "in front of a train"); a case or a cause is only argued."""
        return ctx.find_ahead(hit.last, words.PUSH_WAYS, words.PUSH_REACH) >= 0
