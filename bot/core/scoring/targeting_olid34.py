"""Targeting rules of the olid34 round (issue 8, thirtieth session): name-calls in
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

from bot.core.scoring import olid34_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_hatecheck47 import HateCheck47Rules

__all__ = ["Olid34Rules"]


class Olid34Rules(HateCheck47Rules):
    """A person called a homophobe, xenophobe or antisemite outright, and a name-call
    closed by a hashtag tail ("he is a racist #maga")."""

    def _o33_bigot(self, term: str) -> bool:
        """olid33's bigot nouns and this round's ("he is a homophobe")."""
        return super()._o33_bigot(term) or term in w.BIGOTS

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
