"""Targeting rules, part five (issue 8, olid3): replies that judge a group or a person.

A reply opens with a mention ("@bob ..."), and the person rules then read every
hit as aimed at the one mentioned. For words that judge people only when people
are named ("mentally ill", "violent", "the worst") that reading cancels the hit
when the mentioned reader is not its subject, so "@bob liberals are mentally ill"
came out as about a thing while "liberals are mentally ill" was read as aimed at
the group. The sentence's own subject wins over the mention here, as it does for
name-calls in targeting_olid.py.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.targeting_context import BEFORE, GROUP_HATRED, Context, Hit
from bot.core.scoring.targeting_gamechat4 import GameChatRules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid import OLID_GROUPS as GROUPS
from bot.core.scoring.verdict import TargetKind

# Targets a reply's mention gives a hit before the sentence is read for its subject.
_REPLYING: Final = frozenset({Kind.MENTION, Kind.REPLY})


class Olid3Rules(GameChatRules):
    """A reply's judgement of the group or person its own sentence names."""

    def _group_claimed_in_reply(self, ctx: Context, hit: Hit, target: TargetKind) -> bool:
        """A people-only judgement whose subject is a group of people, in a reply:
        "@bob liberals are mentally ill", "@bob The Democrats are the worst". The
        group must be the subject (only copulas, articles and bridge words between),
        so "@bob violent crime is down among liberals" stays about the crime."""
        entry = hit.entry
        if target not in _REPLYING or not entry.person_only or entry.category not in GROUP_HATRED:
            return False
        groups = self._cue_group_noun
        if not (ctx.mentions_any("group_noun", groups) or ctx.mentions_any("olid_groups", GROUPS)):
            return False  # no group named anywhere (most replies)
        subject = self._subject_at(ctx, hit, max(0, hit.first - BEFORE))
        if subject < 0:
            return False
        word = ctx.tokens[subject]
        return (word in groups or word in GROUPS) and not any(
            ctx.pause_after(j) for j in range(subject, hit.first - 1)
        )
