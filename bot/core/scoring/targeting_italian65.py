"""Targeting rules of the italian65 round (issue 8): Italian groups the group lexicon did
not know, so that every derogation of them went unread on a default server.

- The plain groups: nationalities and ethnicities ("eritrei", "siriani", "libici",
  "polacchi", "filippini", "asiatici"), religions ("cattolici", "atei", "buddisti",
  "induisti", "ortodossi", "protestanti"), disabilities and bodies ("autistici",
  "sordomuti", "obesi") are it/cues.txt's [identity] lines, read by every older shape
  ("gli eritrei sono animali", "odio i cattolici", "gli atei sono tutti uguali").
- The everyday groups: "anziani", "vecchi", "ciechi", "sordi" name a group only right
  after an article (italian65_words.ARTICLES) and right before a verb the shapes open
  with or the message's end (FOLLOWS): "gli anziani sono inutili", "i sordi dovrebbero
  essere eliminati", "odio i vecchi".

Stay clean: neutral and positive mentions ("i siriani fuggono dalla guerra", "gli anziani
vanno protetti"), the everyday words as adjectives and nouns of things ("vecchi amici",
"i vecchi telefoni facevano schifo", "odio i vecchi film", "questi vicoli ciechi", "i
miei vecchi", "è cieco di rabbia"), and everything the older rules keep clean around a
named group (negations, reports, counter-speech, questions, quotes).

Cost per hit: the older gate, then a bitset test of the message for the everyday words;
only if one is there, the older walk over the hit's sentence (SENTENCE_REACH each way)
with one frozenset test and one token either side per token. No regex.
"""

from __future__ import annotations

from bot.core.scoring import italian65_words as w
from bot.core.scoring.targeting_context import SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_hatecheck11 import word_between
from bot.core.scoring.targeting_olid42 import Olid42Rules

__all__ = ["Italian65Rules"]


class Italian65Rules(Olid42Rules):
    """Italian groups named with an everyday word ("gli anziani", "i ciechi"), read as a
    group only between an article and a verb or the end."""

    def _names_identity(self, ctx: Context, hit: Hit) -> bool:
        """The older test, and an everyday group in the hit's sentence: the older gate
        asks only the [identity] lines, so a message naming "gli anziani" alone is asked
        here, and only when one of the everyday words is in it."""
        if super()._names_identity(ctx, hit):
            return True
        if not ctx.mentions_any("italian65_everyday", w.EVERYDAY_GROUPS):
            return False  # most messages
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        end = ctx.sentence_end(hit.last - 1, SENTENCE_REACH)
        return self._identity_between(ctx, hit, start, end)

    def _group_named_at(self, tokens: list[str], i: int, end: int) -> bool:
        """The older group test, and an everyday group word after an article and before a
        verb or the end: "gli anziani sono inutili", "odio i vecchi"; never "i vecchi
        telefoni" nor "i miei vecchi"."""
        if super()._group_named_at(tokens, i, end):
            return True
        return word_between(
            tokens, i, end, names=w.EVERYDAY_GROUPS, before=w.ARTICLES, after=w.FOLLOWS
        )
