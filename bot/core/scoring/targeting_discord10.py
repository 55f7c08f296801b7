"""Targeting rules of the discord10 round (issue 8): Discord and game-chat shapes with
no hostile word of their own.

Most of the round is lexicon terms that already hold the reader ("you arent welcome in
this server", "i know what school you go to", "you lost us the whole game", "i'll kick
your door in"). The rules here read the few terms whose words are said as often among
friends or in play: "watch your back" is a callout when it goes on with the place
("watch your back b site") and a warning when it ends the line; what the writer knows of
the reader's life is a friend's fact when "is"/"same" follows ("i know your real name is
sam"); a keeper called blind is a put-down when the line ends there ("our keeper is
blind", not "... blind on the left side"); a grandma who plays better is aimed at the
reader unless "than me" follows; "lets all report" must name a person, not "the bug".
review10: "not welcome" with a condition after it is a rule reminder ("... if you post
nsfw"), "happier if you left a review" leaves a thing, and "lets all dm him happy
birthday" sends kindness.
Every rule reads only its own terms (a frozenset test first).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord10_words as d10
from bot.core.scoring.leftovers8_words import KINDNESS
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_hatecheck10 import HateCheck10Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

CALLOUT_NOTE: Final = "a game callout, no warning"
FRIENDS_FACT_NOTE: Final = "a friend's fact, no intimidation"
GOES_ON_NOTE: Final = "the line goes on with a cause"
OWN_STORY_NOTE: Final = "the writer's own story"
NO_PERSON_NOTE: Final = "reported thing, no person"
RULE_NOTE: Final = "a rule reminder with its condition"
THING_LEFT_NOTE: Final = "a thing left, no departure"
KIND_CROWD_NOTE: Final = "a crowd sent with kindness"
_REACH: Final = 8  # tokens read after a term
# A warning an earlier rule found aimed at a group or a named person stays theirs.
_NAMED: Final = frozenset({Kind.GROUP, Kind.THIRD_PERSON})


class Discord10Rules(HateCheck10Rules):
    """Warnings, known facts, blind keepers, better grandmas and reports, read in place."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading, decided anew for the discord10 terms."""
        target, note = super().reread(ctx, hit, target, note)
        term = hit.entry.term
        if term in d10.REVIEW10_TERMS:
            return self._d10_reviewed(ctx, hit, target, note)
        if term not in d10.OWN_TERMS or ctx.quoted(hit.first, hit.last):
            return target, note
        tokens = ctx.tokens
        end = ctx.sentence_end(hit.last - 1, _REACH)
        after = [word for word in tokens[hit.last : end] if word not in self._cue_laugh]
        if term in d10.WARNING_TERMS:
            if target in _NAMED or d10.promised_after(tokens[hit.last :]):
                return target, note  # "watch your back, women, i'm coming for all of you"
            if (after or self._goes_on(ctx, hit)) and d10.REAL_LIFE.isdisjoint(after):
                return Kind.OBJECT, CALLOUT_NOTE  # "watch your back b site"
            return Kind.SECOND_PERSON, ""  # "better watch your back"
        if term in d10.KNOWING_TERMS:
            if tokens[hit.last : hit.last + 1] and tokens[hit.last] in d10.FRIENDLY_AFTER:
                return Kind.OBJECT, FRIENDS_FACT_NOTE  # "i know your real name is sam"
            shared = tokens[hit.last : hit.last + d10.SHARED_REACH]
            if (
                not d10.SHARED.isdisjoint(shared)
                and not d10.SHARERS.isdisjoint(shared)
                and not d10.promised_after(shared)
            ):
                return Kind.OBJECT, FRIENDS_FACT_NOTE  # review10: "..., i go there too"
            return target, note
        if term in d10.BLIND_TERMS:
            if after or self._goes_on(ctx, hit):
                return Kind.OBJECT, GOES_ON_NOTE  # "our keeper is blind on the left side"
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "our keeper is blind"
        if term in d10.BETTER_TERMS:
            if not after and not self._goes_on(ctx, hit):
                return Kind.SECOND_PERSON, ""  # "my grandma plays better"
            if len(after) == 2 and after[0] == "than" and after[1] in d10.THAN_READER:
                return Kind.SECOND_PERSON, ""  # "my grandpa plays better than you"
            return Kind.OBJECT, OWN_STORY_NOTE  # "... than me at cards", "... than you think"
        if term in d10.COMPARED_TERMS:
            if after or self._goes_on(ctx, hit):
                return Kind.OBJECT, OWN_STORY_NOTE  # "... aims better than you imagine"
            return target, note  # "my dog could aim better than you"
        if after[:1] and after[0] in d10.REPORTED_PEOPLE:  # "lets all report"
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "lets all report her"
        return Kind.OBJECT, NO_PERSON_NOTE  # "lets all report the bug"

    def _d10_reviewed(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """review10: a rule reminder ("not welcome here if you cheat"), a thing left ("if
        you left a review"), a crowd sent with kindness ("lets all dm him happy birthday")."""
        term = hit.entry.term
        tokens = ctx.tokens
        if term in d10.DM_TERMS:
            if not KINDNESS.isdisjoint(tokens):
                return Kind.OBJECT, KIND_CROWD_NOTE
            return target, note
        if term in d10.LEFT_TERMS:
            if hit.last < len(tokens) and tokens[hit.last] in d10.THINGS_LEFT:
                return Kind.OBJECT, THING_LEFT_NOTE
            return target, note
        end = ctx.sentence_end(hit.last - 1, _REACH)
        for i in range(hit.last, end):
            if tokens[i] in d10.CONDITIONS:
                return Kind.OBJECT, RULE_NOTE  # "ur not welcome if you cheat"
            if ctx.pause_after(i):
                break
        return target, note

    def _goes_on(self, ctx: Context, hit: Hit) -> bool:
        """Another sentence follows the term's (beyond laughter): the line goes on."""
        rest = ctx.tokens[hit.last :]
        return not self._cue_laugh.issuperset(rest)
