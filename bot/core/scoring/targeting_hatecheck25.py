"""Targeting rules of the hatecheck25 round (issue 8, nineteenth session): an English
functional hate suite's spelling variations, and a group sent away through "them" with
"gone".

Most of the round is read before targeting, by the matcher (matching.py, scorer.py and
lexicon_typos.py; words in hatecheck25_words.py):

- A statement run together into one token that opens with a quantifier: "allwomenaretrash",
  "everyjewisaliar". The scorer's joined-token gate now also lets a long token through
  when it opens with "all", "every", "these" or "those" (a prefix test of the long
  tokens it already looks at); the token is then split as any other run-together token.
  Clean: "allwomenarewelcome", "alllivesmatter" (no hostile word among the pieces).
- A run-together statement whose hostility is a phrase, not a word: "deathtoallmuslims",
  "womenmakemesick", "muslimsshouldallbeshot". The pieces are kept when they hold a
  group and two neighbouring words of a hostile phrase (`hostile_pair_run`). Clean:
  "#blackwomenmakemeproud", "#deathtoracism" (no phrase matches the pieces),
  "#blacklivesmatter", "#refugeeswelcome" (no hostile pair).
- Two neighbouring words of a phrase said of people run together, the rest spaced:
  "gay people make mesick", "jews should all beshot", "idespise women"
  (`phrase_joins`, a table built with the lexicon: the token is split at its seam and
  the pieces must still make the phrase). Runs shorter than six letters ("ina",
  "toall") and words of any list stay whole. Clean: "this song makeme cry" (no
  phrase), "idespise this map" (a thing), "im sickof this weather".
- A group's name or a people word run into its copula: "black peopleare disgusting",
  "jewsare vermin" (`named_then_copula`). Clean: "black peopleare awesome".
- A group's name run into the word of a hostile phrase beside it: "womenshould die",
  "jewsmake me sick", "i can't standjews" (`group_beside_phrase`: the word
  opens or closes one of the lexicon's hostile word pairs). Clean: "womenshould be
  paid more", "blackwidow is the worst hero" (no group, no phrase).
- "gay" with two letters swapped, "gya" (lexicon_typos.SHORT_SWAPPED): "I hate gya
  people". Clean: "gya people are great" (the group, praised).

Read here:

- A group named in an earlier sentence sent away through "them" with "gone": "So many
  immigrants around here. I want them all gone." (hatecheck23's reading of "want them
  out"). Clean: "So many ants in the kitchen. I want them all gone." (no group), "too
  many weeds in the garden, i want them all gone" (no earlier sentence). "gone" anchors
  only these terms, so it stays out of the known words and a message holding it is read
  as before unless a group is named (group_only.FIRST_NAMED_TERMS).

"gone" stays a loose word to the person rules too (loose_terms.py, as hatecheck17's
anchors): "How you gone wife a bitch ..." reads as before.

Cost: in `probe4_aim`, one frozenset test of the hit's term (GONE); then hatecheck23's
walk, at most twelve tokens back in the hit's sentence. In the scorer's gate, one
`startswith` per token of seven letters or more in messages of up to eight tokens; in
the matcher, one pass over the pieces of a split token, and one dict look-up per token
of the messages already read through (the joined table). No work for messages without
a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck25_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_forum20 import Forum20Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["GONE_NOTE", "HateCheck25Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
GONE_NOTE: Final = "no group sent away before 'them'"


class HateCheck25Rules(Forum20Rules):
    """A group named before sent away through "them" with "gone"."""

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """The round's own terms, read here before the older rules: a group named in an
        earlier sentence or no hostility."""
        if hit.entry.term not in w.GONE:
            return super().probe4_aim(ctx, hit)
        if self._hc23_sent_off(ctx, hit):  # "Immigrants here. I want them all gone."
            return Kind.GROUP, IDENTITY_NOTE
        return Kind.OBJECT, GONE_NOTE
