"""Targeting rules, part four: words that look aimed but are not (issue 8's clean controls).

Each rule names a shape that generalises beyond any one data file:

- a reclaimed word ("dyke") is the group's own name: claimed by the writer ("im
  a dyke", "my dyke pin") or dedicated to the group ("for the dykes"), it attacks
  nobody; said of others it still does, and so do hostile words about the group
  ("filthy dykes"), through the group cues;
- swearing at a thing, not a person: "fuck you traffic", "i hate you september",
  "fuck robots" (the plural of an ordinary word is no player's name);
- a line that marks itself as a joke ("fuck you too jk"), and "I hate you"
  laughed off or said with love ("i hate you lmao", "... but i love you"):
  teasing, not an attack. Threats, self-harm and identity attacks are never
  excused this way;
- "kill yourself" that urges nothing ("pls dont kill yourself", "if you kill
  yourself", "kill yourself trying").
"""

from __future__ import annotations

import itertools
from typing import Final

from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.targeting_context import BEFORE, Context, Hit
from bot.core.scoring.targeting_groups import GroupRules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

JOKING_NOTE: Final = "marked as a joke"
# Hostility no joke marker excuses, nor a thing named after it.
_NEVER_EXCUSED: Final = frozenset(
    {Cat.THREAT, Cat.SELF_HARM, Cat.IDENTITY_ATTACK, Cat.SEXUAL_HARASSMENT}
)
_JOKE_REACH: Final = 3  # a joke marker within this many tokens of the message's end
# Laughter or love said with an emoji (folding keeps them): "i hate you 😂", "... ❤️".
_FOND: Final = ("😂", "🤣", "😆", "😹", "❤", "♥", "😘", "🥰")
# hatexplain2 (issue 8): chat's "dying of laughter" ("i hate you 😭 💀") counts too.
_FOND_CHAT: Final = ("😭", "💀")


class ControlRules(GroupRules):
    """Where words that look aimed are a name claimed, a thing cursed, or a joke."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        cues = lexicon.cues
        # One look at the message's last words finds any joke marker (most find none).
        self._joke_ends = cues["joke"] | cues["kidding"]

    def _claimed_target(self, ctx: Context, hit: Hit) -> TargetKind:
        """Who a slur is aimed at; a reclaimed one is also the writer's own word.

        Besides "I'm a proud dyke" (`_slur_target`): the writer said to be one
        ("im a dyke", "i wanna be a dyke", "we were all dykes"), the writer's own
        ("my dyke pin", "fellow dykes"), or a dedication ("kim lip for the dykes").
        Said of others ("i met a dyke", "he is a dyke", "sick of dykes"), or beside
        another hostile word ("fat dykes"), it stays aimed at the group.
        """
        cues = self._cues
        target = self._slur_target(ctx, hit)
        if target is Kind.SELF or self._cue_reclaimed.isdisjoint(hit.entry.tokens):
            return target
        tokens = ctx.tokens
        before = tokens[ctx.sentence_start(hit.first, BEFORE) : hit.first]
        hostile = self._lexicon.hit_words
        if (before and before[-1] in hostile) or (
            hit.last < len(tokens) and tokens[hit.last] in hostile
        ):
            return target  # "fat dykes", "ugly dyke trash", "dyke bitches": derogated
        rest = list(before)
        if rest and not any(rest[-1] in cues[name] for name in ("article", "claim", "own")):
            rest.pop()  # one describing word: "a proud dyke", "my old dyke pin"
        if rest and rest[-1] in self._cue_own:
            return Kind.SELF  # "my dyke pin", "fellow dykes"
        if rest and rest[-1] in self._cue_article:
            rest.pop()
        if rest and rest[-1] in self._cue_dedication:
            return Kind.NONE  # "kim lip for the dykes": named, not attacked
        while rest:
            if rest[-1] in self._cue_self or rest[-1] in self._cue_speaker_subject:
                return Kind.SELF  # "im a dyke", "i wanna be a dyke", "we were all dykes"
            if rest[-1] not in self._cue_claim:
                break
            rest.pop()
        return target

    def _cursed_thing(self, ctx: Context, hit: Hit) -> bool:
        """ "fuck you traffic", "i hate you september", "ti odio lunedì", "fanculo
        traffico": the "you" of the curse, or its order, is for the thing named right
        after it, ending the clause."""
        if hit.entry.category in _NEVER_EXCUSED:
            return False  # "kill yourself monday" is no curse at Monday
        if hit.entry.aim is not Kind.IMPERATIVE and self._cue_second_person.isdisjoint(
            hit.entry.tokens
        ):
            return False
        named = hit.last
        tokens = ctx.tokens
        if named >= len(tokens) or ctx.stop_after(hit.last - 1):
            return False
        if not (named == len(tokens) - 1 or ctx.pause_after(named)):
            return False
        return tokens[named] in self._cue_thing

    def _is_thing(self, word: str) -> bool:
        """A thing people curse at ("traffic", "mondays"), or the plural of an ordinary
        word that names no people ("robots"): not a player's name."""
        cues = self._cues
        if word in self._cue_thing:
            return True
        if len(word) < 5 or word[-1] != "s" or word[-2] == "s":
            return False
        single = word[:-1]
        return single in self._cue_word and not any(
            single in cues[name] for name in ("person_noun", "role", "people", "identity")
        )

    def _joking(self, ctx: Context, hit: Hit) -> bool:
        """The message ends marked as a joke ("fuck you too jk", "ur so dumb, just kidding"),
        or laughs off an "I hate you" or says it with love ("i hate you lmao", "i fucking
        hate you 😂", "i hate you but i love you")."""
        entry = hit.entry
        if entry.category in _NEVER_EXCUSED:
            return False
        tokens = ctx.tokens
        end = tokens[-_JOKE_REACH:]
        if not self._joke_ends.isdisjoint(end):
            if not self._cue_joke.isdisjoint(end):
                return True  # "jk", "jking"
            for said, kidding in itertools.pairwise(end):
                if kidding in self._cue_kidding and said in self._cue_only_kidding:
                    return True  # "just kidding", "im joking"; not "are you kidding me"
        if self._cue_fond_hate.isdisjoint(entry.tokens) or self._cue_second_person.isdisjoint(
            entry.tokens + tuple(tokens[hit.last : hit.last + 1])
        ):
            return False
        return (
            not self._cue_laugh.isdisjoint(tokens[hit.last :])
            or not self._cue_laugh.isdisjoint(tokens[max(0, hit.first - 2) : hit.first])
            or any(fond in ctx.folded for fond in _FOND + _FOND_CHAT)
        )

    def _harm_not_urged(self, ctx: Context, hit: Hit) -> bool:
        """ "kill yourself" that urges nothing: forbidden ("pls dont kill yourself"), said
        of the reader in a clause of its own ("if you kill yourself", "you want to kill
        yourself"), or the idiom of overwork ("don't kill yourself trying"). "you should
        kill yourself", "go kill yourself" and "just kill yourself" still urge it."""
        entry = hit.entry
        if entry.category is not Cat.SELF_HARM or self._cue_reflexive.isdisjoint(entry.tokens[-1:]):
            return False
        tokens = ctx.tokens
        if hit.last < len(tokens) and not ctx.pause_after(hit.last - 1):
            following = tokens[hit.last]
            if (
                following.endswith("ing")
                and following in self._cue_word
                and following not in self._lexicon.hit_words
            ):
                return True  # "kill yourself trying", "kill yourself smoking"
        if len(entry.tokens) > 2:
            return False  # "go kill yourself", "you should kill yourself": an order said whole
        before = tokens[ctx.sentence_start(hit.first, BEFORE) : hit.first]
        while before and before[-1] in self._cue_softener:
            before.pop()  # "pls", "please", "just"
        if before and before[-1] in self._cue_forbid:
            return True  # "pls dont kill yourself", "never kill yourself"
        if len(before) >= 2 and before[-1] == "to" and before[-2] in self._cue_wanting:
            before = before[:-2]  # "you want to", "you're going to"
            while before and before[-1] in self._cue_copula:
                before.pop()
            return bool(before) and before[-1] in self._cue_second_person
        return (
            len(before) >= 2
            and before[-1] in self._cue_second_person
            and before[-2] in self._cue_subordinator
        )  # "if you kill yourself", "before you kill yourself"

    def _self_described(self, ctx: Context, hit: Hit) -> bool:
        """A swear word that only stresses what the writer says of themselves: "im
        fucking gay", "we are so fucking queer". "you're fucking gay" is still said
        of the reader, and "fucking gays" of the group."""
        tokens = ctx.tokens
        i = hit.first - 1
        while i >= 0 and tokens[i] in self._cue_intensifier:
            i -= 1  # "so", "really"
        if i >= 0 and tokens[i] == "im":
            return True
        return (
            i >= 1
            and tokens[i] in self._cue_copula
            and (tokens[i - 1] in self._cue_self or tokens[i - 1] in self._cue_speaker_subject)
        )
