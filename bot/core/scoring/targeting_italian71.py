"""Targeting rules of the italian71 round (issue 8): a nationality used as the adjective of
a thing, which the older rules read as the named group.

- The adjective: a nationality the group list reads as people ("cinesi", "americani",
  "africane"), right after a noun that follows an article and is no noun of people: "i
  prodotti cinesi fanno schifo", "i film americani fanno schifo", "le strade africane
  sono sporche", "le auto francesi fanno schifo" name no group, so the older group
  readings find none there (italian69 does the same for its own nations, "le serie
  turche").
- The round's other shape, a person told they are half a man ("sei un mezzo uomo", "sei
  una mezza sega", "sei un uomo a metà"), is lines in lexicons/it/insult.txt that the
  older rules aim at the reader, a vocative or a third person, and leave clean when said
  of oneself, a thing or in a report ("mi sento un uomo a metà", "un uomo a metà del
  percorso", "il centauro è mezzo uomo e mezzo cavallo").

Still hostile: a noun of people before the adjective ("gli immigrati cinesi sono
sporchi", "le donne arabe fanno schifo", "quelle bestie africane"), the bare group ("i
cinesi fanno schifo"), a word before a noun ("i soliti cinesi") and a name-call before
it ("quei neonazisti ucraini vanno fermati", italian67's shape).

Cost per group test: a frozenset test of the word (most tests end there); then the two
tokens before it. No regex.
"""

from __future__ import annotations

from bot.core.scoring import italian71_words as w
from bot.core.scoring.targeting_gamechat59 import GameChat59Rules

__all__ = ["Italian71Rules"]


class Italian71Rules(GameChat59Rules):
    """A nationality after a noun of a thing names no group ("i prodotti cinesi fanno
    schifo"); after a noun of people it still does ("gli immigrati cinesi")."""

    def _group_named_at(self, tokens: list[str], i: int, end: int) -> bool:
        """The older group test, less a nationality that is the adjective of a thing."""
        if tokens[i] in w.NATIONALITIES and self._it71_of_thing(tokens, i):
            return False  # "i prodotti cinesi"
        return super()._group_named_at(tokens, i, end)

    def _it71_of_thing(self, tokens: list[str], i: int) -> bool:
        """The word before token `i` is a noun after an article, no noun of people and no
        word of the lexicon: "i [prodotti] cinesi", never "gli [immigrati] cinesi", "i
        [soliti] cinesi" nor "quei [neonazisti] ucraini"."""
        noun = i - 1
        if noun < 1 or tokens[noun - 1] not in w.ARTICLES:
            return False
        return self.it71_thing(tokens[noun])

    def it71_thing(self, word: str) -> bool:
        """`word` may name a thing: no noun of people, no word of the lexicon and no cue of
        a group or a person (public: italian72 asks it after an adjective too)."""
        return not (
            word in w.PEOPLE
            or word in self._lexicon.hit_words  # "quei [neonazisti] ucraini", a name-call
            or word in self._cue_identity
            or word in self._cue_people
            or word in self._cue_person_noun
        )
