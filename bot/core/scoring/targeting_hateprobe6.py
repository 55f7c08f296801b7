"""Targeting rules from the sixth functional hate-speech probe (issue 8, hateprobe6).

Functional suites fill each template with every group; these shapes carried no insult
word, or named their group where no rule looked for it:

- A group wished dead: "the only good immigrant is a dead immigrant", "the only good
  jews are dead jews", "a good muslim is a dead muslim", "l'unico ebreo buono è un ebreo
  morto". The `dead6` word counts only after "only good" (or a sentence opened by "a
  good"), a named group in the phrase and nothing but linking words between; "the only
  good thing about immigrants is that nobody is dead" stays clean.
- A group shut out: "no women allowed", "gay people not allowed here", "ebrei non
  ammessi", "niente rom qui". "allowed" counts after "no" and a group, or after a group
  and "not" at the end of its clause ("women are not allowed to drive there" reports a
  law); "niente" only opening its sentence with a group right after it.
- A vote or rights denied: "muslims should not have any rights", "women shouldn't vote",
  "i meridionali non dovrebbero votare". The `rights6` words count only after a group,
  a negated modal and a few linking words; "immigrants can't vote yet" and "women should
  not have to fight for rights" stay clean.
- The group named after the pronoun: "I hate them. Immigrants, I mean.", "li odio. I
  rom, intendo.": hatred said of "them", then a short sentence that is only the group.
- A curse said of a group with "di": "cazzo di zingari", as "fucking immigrants".
- "good" denied to a group only with "never" / "ever" ("women will never be good at
  anything"; the praise_denied word of this round); "not good or bad" stays clean.

Reported speech, quotes and counter-speech keep the earlier rules' reading. Every rule
runs on hits only (the hit path) and reads a few tokens around them.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.forum_words import INDEFINITE
from bot.core.scoring.hateprobe6_words import GROUP_ARTICLES, PROBE6_DEAD_WEIGHT, PROBE6_WEIGHT
from bot.core.scoring.lexicon import Entry, Lexicon
from bot.core.scoring.targeting_chat6 import QUOTED_NOTE
from bot.core.scoring.targeting_context import (
    GROUP_HATRED,
    IDENTITY_NOTE,
    SAID_OF_NOTE,
    Context,
    Hit,
)
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_discord7 import Discord7Rules
from bot.core.scoring.targeting_hxnormal import VICTIM_NOTE
from bot.core.scoring.targeting_insults4 import COUNTER_NOTE
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_topics import PERSONA
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_NEVER_NOTE", "NOT_SHAPED6_NOTE", "HateProbe6Rules"]

NOT_SHAPED6_NOTE: Final = "no group wished dead or shut out"
NOT_NEVER_NOTE: Final = "'good' denied without 'never'"
# "good" (a praise_denied word) is denied to a group only with "never" or "ever":
# "women will never be good at anything", "no muslim is ever any good"; a plain "not"
# is too often a fact or a both-ways remark ("not good or bad", "not good at English yet").
_GOOD_TERM: Final = ("good",)
_NEVER: Final = frozenset({"never", "ever"})
_NEVER_REACH: Final = 5
_OWN_WEIGHTS: Final = frozenset({PROBE6_WEIGHT, PROBE6_DEAD_WEIGHT})
# Notes that really cancel: the words are reported, quoted, denounced or a joke.
_KEEP_NOTES: Final = frozenset({COUNTER_NOTE, QUOTED_NOTE, JOKING_NOTE, VICTIM_NOTE})
_ONLY: Final = frozenset({"only", "unico", "unica", "unici", "uniche"})
_GOOD: Final = frozenset({"good", "buono", "buona", "buoni", "buone"})
_A: Final[frozenset[str]] = INDEFINITE  # "a good muslim is a dead muslim"
# Between "good" and "dead": the group, then only these ("is a", "are", "one that's").
# fmt: off
_DEAD_LINKS: Final = frozenset({
    "is", "are", "a", "an", "s", "re", "one", "ones", "that", "who", "which", "the", "e",
    "sono", "un", "uno", "una", "just", "already", "quello", "quella", "quelli", "solo",
})
# fmt: on
_GOOD_REACH: Final = 12  # tokens from "good" to "dead"
_NO: Final = frozenset({"no"})
_NOT: Final = frozenset({"not", "never", "non"})
# After "no <group> allowed" / "niente <group>": the clause ends or says "here". A place
# named ("not allowed in Saudi Arabia", "niente ebrei nel 1938") is more often told of.
# fmt: off
_PLACES: Final = frozenset({"here", "anymore", "qui", "qua", "piu"})
# hatecheck16: "here" after a preposition is the same place ("gays are not allowed in here").
_TO_HERE: Final = frozenset({"in", "around", "over", "near"})
# hatecheck16: "better if all <group> were dead".
_BETTER: Final = frozenset({"better", "nicer", "safer", "easier"})
_BETTER_FILL: Final = frozenset({"all", "the", "those", "these", "every"})
_WERE: Final = frozenset({"were", "was"})
_PLACE: Final = frozenset({"place", "world", "off"})  # "a better place if", "better off if"
# Between a negated modal and "rights" / "vote": "should not have any rights".
_RIGHTS_BRIDGE: Final = frozenset({
    "have", "any", "be", "given", "get", "equal", "the", "same", "basic", "human",
    "allowed", "even", "ever", "avere", "alcun", "alcuni", "i", "il", "dei", "poter",
    "potere", "mai", "piu", "diritto", "di", "a",
})
_ABLE: Final = frozenset({"allowed", "able"})
_MODALS: Final = frozenset({"should", "must", "shall", "ought"})
_NEGATED_MODALS: Final = frozenset({"shouldnt", "mustnt", "shouldn", "mustn"})
_IT_MODALS: Final = frozenset({
    "dovrebbero", "devono", "dovranno", "possono", "potranno", "meritano",
})
# fmt: on
_RIGHTS_REACH: Final = 5
# "I hate them. Immigrants, I mean.": the pronoun, and the afterthought's closing words.
_THEM: Final = frozenset({"them", "em", "li", "le", "loro"})
_THEM_CUE: Final = "hateprobe6 them"  # the name `Context.mentions_any` remembers the answer by
_AFTERTHOUGHT: Final = frozenset(
    {"i", "mean", "intendo", "dico", "cioe", "ovviamente", "obviously"}
)
_AFTERTHOUGHT_LENGTH: Final = 6  # the group, an article and "I mean" at most
_AIMING_NOTES: Final = frozenset({"", SAID_OF_NOTE})  # notes that aim, not cancel
_PRONOUN_TARGETS: Final = frozenset({Kind.THIRD_PERSON, Kind.OBJECT, Kind.NONE, Kind.SELF})
_CURSE_DI: Final = frozenset({"cazzo"})  # "cazzo di zingari": a curse, "di", the group
_DI: Final = frozenset({"di", "dei", "degli", "delle"})


class HateProbe6Rules(Discord7Rules):
    """A group wished dead, shut out or denied rights; the group named after "them"."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        cues = self._cues
        self._dead6 = cues["dead6"]
        self._allowed6 = cues["allowed6"]
        self._rights6 = cues["rights6"]

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """This round's words, settled by their shape before any other rule reads them."""
        entry = hit.entry
        if entry.weight in _OWN_WEIGHTS and self._is_own6(entry):
            if not self._probe6_shaped(ctx, hit):
                return Kind.OBJECT, NOT_SHAPED6_NOTE  # "my phone is dead", "no pets allowed"
            return None  # the shape holds: the other rules still see reported speech
        shaped = super().probe4_aim(ctx, hit)
        if (
            entry.tokens == _GOOD_TERM
            and shaped is not None
            and (shaped[0] is not Kind.GROUP or _good_not_never(ctx, hit))
        ):
            return Kind.OBJECT, NOT_NEVER_NOTE  # "women are not good or bad, just people"
        return shaped

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note); this round's shapes aimed at their group."""
        target, note = super().reread(ctx, hit, target, note)
        entry = hit.entry
        if entry.weight in _OWN_WEIGHTS and self._is_own6(entry):
            if target is Kind.REPORTED or note in _KEEP_NOTES or ctx.quoted(hit.first, hit.last):
                return target, note
            return Kind.GROUP, IDENTITY_NOTE  # the negation is part of the shape
        if entry.tokens == _GOOD_TERM and (target is not Kind.GROUP or _good_not_never(ctx, hit)):
            return Kind.OBJECT, NOT_NEVER_NOTE  # "good" is this round's word only for a group
        if entry.category is Cat.PROFANITY:
            if (
                not note
                and not _CURSE_DI.isdisjoint(entry.tokens)
                and target is not Kind.REPORTED
                and self._cursed_with_di(ctx, hit)
            ):
                return Kind.GROUP, IDENTITY_NOTE  # "cazzo di zingari", as "fucking immigrants"
            return target, note
        if (
            target in _PRONOUN_TARGETS
            and note in _AIMING_NOTES
            and entry.category in GROUP_HATRED
            and ctx.mentions_any(_THEM_CUE, _THEM)
            and self._named_after(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "I hate them. Immigrants, I mean."
        return target, note

    def _cursed_with_di(self, ctx: Context, hit: Hit) -> bool:
        """ "cazzo di zingari": an Italian curse joined to the group by "di"."""
        tokens = ctx.tokens
        at = hit.last
        return (
            at + 1 < len(tokens)
            and tokens[at] in _DI
            and not ctx.pause_after(at - 1)
            and self._group_end(tokens, at + 1) > 0
            and not self._self_described(ctx, hit)
        )

    def _is_own6(self, entry: Entry) -> bool:
        """One of this round's entries (hateprobe6_words.py), not a server's own term."""
        if not entry.person_only or len(entry.tokens) != 1:
            return False
        word = entry.tokens[0]
        return word in self._dead6 or word in self._allowed6 or word in self._rights6

    def _probe6_shaped(self, ctx: Context, hit: Hit) -> bool:
        word = hit.entry.tokens[0]
        if word in self._dead6:
            return self._wished_dead(ctx, hit) or self._better_dead(ctx.tokens, hit)
        if word in self._allowed6:
            return self._shut_out(ctx, hit)
        return self._rights_denied(ctx, hit)

    def _group_in(self, tokens: list[str], start: int, end: int, skip: int) -> bool:
        """A named group between `start` and `end`, not at token `skip`."""
        return any(i != skip and self._group_end(tokens, i) > 0 for i in range(start, end))

    def _wished_dead(self, ctx: Context, hit: Hit) -> bool:
        """ "The only good X is a dead X", "l'unico X buono è un X morto"."""
        tokens = ctx.tokens
        floor = max(0, hit.first - _GOOD_REACH)
        good = next((i for i in range(hit.first - 1, floor - 1, -1) if tokens[i] in _GOOD), -1)
        if good < 0:
            return False
        opener = max(0, good - 3)
        start = ctx.sentence_start(good, _GOOD_REACH)
        if _ONLY.isdisjoint(tokens[opener:good]) and not (
            start < good and tokens[start] in _A and start >= opener
        ):
            return False  # "a good day to be dead tired"
        people = self._cue_people
        for i in range(good + 1, hit.first):
            word = tokens[i]
            linking = word in _DEAD_LINKS or word in people or word in PERSONA
            if (
                not linking
                and self._group_end(tokens, i) < 0
                and self._group_end(tokens, i - 1) < 0
            ):
                return False  # "the only good thing about them is nobody is dead"
        end = min(len(tokens), hit.last + 2)
        return self._group_in(tokens, opener, end, hit.first)

    def _better_dead(self, tokens: list[str], hit: Hit) -> bool:
        """ "wouldn't it be better if all women were dead?" (hatecheck16): "better if", the
        group, "were" and "dead"."""
        at = hit.first - 1
        if at > 0 and tokens[at] == "all":
            at -= 1  # "if muslims were all dead"
        if at < 3 or tokens[at] not in _WERE:
            return False
        for start in (at - 2, at - 1):
            if start >= 2 and self._group_end(tokens, start) == at:
                before = start - 1
                if tokens[before] in _BETTER_FILL:
                    before -= 1  # "if all women", "if the immigrants"
                    if before > 0 and tokens[before] in _BETTER_FILL:
                        before -= 1  # hatecheck18: "if all the jews"
                if before < 1 or tokens[before] != "if":
                    return False
                better = before - 1
                if tokens[better] in _PLACE and better > 0:
                    better -= 1  # hatecheck18: "a better place if all women were dead"
                return tokens[better] in _BETTER
        return False

    def _shut_out(self, ctx: Context, hit: Hit) -> bool:
        """ "No women allowed", "gay people not allowed here", "ebrei non ammessi",
        "niente rom qui"."""
        tokens = ctx.tokens
        first = hit.first
        if tokens[first] == "niente":
            after = self._group_end(tokens, first + 1)
            if not ctx.starts_sentence(first) or after < 0 or ctx.gap_asks(after - 1):
                return False  # italian23: "niente rom?" is asked
            return ctx.closes_clause(after) or tokens[after] in _PLACES
        if first > 0 and tokens[first - 1] in _NOT:
            told_of = (
                hit.last < len(tokens)
                and not ctx.pause_after(first)
                and tokens[hit.last] not in _PLACES
                and not _here_after(tokens, hit.last)
            )  # "women are not allowed to drive there": a rule told of
            return not told_of and self._group_subject(ctx, first - 1)  # "ebrei non ammessi"
        for size in (1, 2):
            start = first - size
            if (
                start > 0
                and self._group_named_at(tokens, start, first)
                and tokens[start - 1] in _NO
            ):
                return True  # "no women allowed", "no black people allowed"
        return False

    def _rights_denied(self, ctx: Context, hit: Hit) -> bool:
        """ "Muslims should not have any rights", "i rom non dovrebbero votare"."""
        tokens = ctx.tokens
        i = hit.first - 1
        floor = max(0, hit.first - _RIGHTS_REACH - 1)
        while i >= floor and not ctx.pause_after(i):
            if tokens[i] == "to" and i > 0 and tokens[i - 1] in _ABLE:
                i -= 1  # "allowed to vote"; "have to vote in person" is a duty
            elif tokens[i] not in _RIGHTS_BRIDGE:
                break
            i -= 1
        if i < 1 or ctx.pause_after(i):
            return False
        word, before = tokens[i], tokens[i - 1]
        if word in _NEGATED_MODALS:
            return self._group_subject(ctx, i)  # "women shouldnt vote"
        if word == "t" and before in _NEGATED_MODALS:
            return self._group_subject(ctx, i - 1)  # "women shouldn't vote"
        if word in _NOT and before in _MODALS:
            return self._group_subject(ctx, i - 1)  # "muslims should not have rights"
        if word in _IT_MODALS and before == "non":
            return self._group_subject(ctx, i - 1)  # "i rom non dovrebbero votare"
        return False

    def _named_after(self, ctx: Context, hit: Hit) -> bool:
        """ "I hate them. Immigrants, I mean.": "them" by the hit, then a short sentence
        that is only a named group (and "I mean")."""
        tokens = ctx.tokens
        near = tokens[max(0, hit.first - 1) : hit.last + 1]
        if _THEM.isdisjoint(near):
            return False
        end = ctx.sentence_end(hit.last - 1, _AFTERTHOUGHT_LENGTH)
        if end >= len(tokens) or end - hit.last > 2:
            return False
        nxt = end
        stop = ctx.sentence_end(nxt, _AFTERTHOUGHT_LENGTH)
        if stop - nxt > _AFTERTHOUGHT_LENGTH:
            return False
        i = nxt
        while i < stop and tokens[i] in GROUP_ARTICLES:
            i += 1
        end = self._group_end(tokens, i)
        if end < 0 or end > stop:
            return False
        return all(word in _AFTERTHOUGHT for word in tokens[end:stop])


def _good_not_never(ctx: Context, hit: Hit) -> bool:
    """ "good" said of a group with no "never" / "ever" before it."""
    if hit.entry.tokens != _GOOD_TERM:
        return False
    return _NEVER.isdisjoint(ctx.tokens[max(0, hit.first - _NEVER_REACH) : hit.first])


def _here_after(tokens: list[str], at: int) -> bool:
    """ "in here", "around here" at `at` (hatecheck16): the writer's own place, as "here"."""
    return tokens[at] in _TO_HERE and at + 1 < len(tokens) and tokens[at + 1] == "here"
