"""Targeting rules of the olid34 round (issue 8, thirty-second session): name-calls in
tweet style that older rounds missed.

- A bigot noun the lexicon lacked (olid34_words.BIGOTS: homophobe, xenophobe,
  antisemite) said of a person outright, read as olid33 reads "racist": "he is a
  homophobe", "she's an antisemite", "the governor is an antisemite",
  "he's nothing but a xenophobe". To the reader the lexicon lines alone suffice ("you
  xenophobe", "you are such a homophobe"). Not the plurals nor "white supremacist(s)":
  on the even OLID rows they named a movement ("the white supremacists instigated it")
  four times for one name-call.
- A name-call that closes its clause before a hashtag tail: "he is a racist #maga",
  "he's a bigot #gop". The older outright readings (forum3/olid4's and olid33's)
  need the call said whole; a run of hashtags to the message's end (italian25's reading,
  at most italian25_words.TAG_REACH of them) now closes it as a stop would.

Stay clean as in olid33: asked, denied, reported, doubted, the past ("is he a
homophobe?", "he is not a homophobe", "they said he was a xenophobe"), the writer
("i am not a homophobe"), the word itself ("the word xenophobe"), a call that goes on
("he is a racist in the movie"); a hashtag tail that takes the call back ("he is a
racist #sarcasm"); a hashtag after a clean line adds nothing ("he is a great guy
#maga").

Cost per hit: a term test, then olid33's bounded reading; the hashtag tail at most
TAG_REACH tokens ahead. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid34_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_hatecheck47 import HateCheck47Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid33 import _o33_praised
from bot.core.scoring.verdict import TargetKind

__all__ = ["Olid34Rules"]

# Readings this round may raise, as olid33's: a third person or a reply's mention.
_READ: Final[frozenset[TargetKind]] = frozenset({Kind.THIRD_PERSON, Kind.MENTION})


class Olid34Rules(HateCheck47Rules):
    """A person called a homophobe, xenophobe or antisemite outright, and a name-call
    closed by a hashtag tail ("he is a racist #maga")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading, raised for a new bigot noun said of a person."""
        target, note = super().in_game(ctx, hit, target, note)
        entry = hit.entry
        if note or target not in _READ or entry.category is not Cat.INSULT:
            return target, note
        if entry.term not in w.BIGOTS or ctx.quoted_or_asked(hit.first, hit.last):
            return target, note
        if (
            self._o33_person_called(ctx, hit)
            and self._o33_closes(ctx, hit.last)
            and not _o33_praised(ctx, hit.last)
        ):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "he is a homophobe"
        return target, note

    def _forum3_closes(self, ctx: Context, hit: Hit) -> bool:
        """forum3's close, or only hashtags after the call: "he is a liar #maga"."""
        return super()._forum3_closes(ctx, hit) or self._o34_tagged(ctx, hit.last)

    def _o33_closes(self, ctx: Context, last: int) -> bool:
        """olid33's close, or only hashtags after the call: "he is a racist #maga"."""
        return super()._o33_closes(ctx, last) or self._o34_tagged(ctx, last)

    def _o34_tagged(self, ctx: Context, last: int) -> bool:
        """Only hashtags (at most italian25's TAG_REACH) from token `last` to the
        message's end, none taking the call back ("#sarcasm", "#not")."""
        return self._i25_closes(ctx, last) and w.UNSAYING_TAGS.isdisjoint(ctx.tokens[last:])
