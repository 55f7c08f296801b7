"""Targeting rules of the italian72 round (issue 8): a noun of people followed by a group
word used as its adjective, which the older rules missed; and a nationality after a thing
with an adjective before the thing, which italian71 read as the named group.

- The people: a plural noun of people or a collective ("bambini", "ragazzi", "famiglie",
  "comunita") and a group word right after it are the group, where the older group test
  asked only the group word itself: "non mi fido dei ragazzi musulmani", "non rispetto le
  donne musulmane". "rom" after such a noun is read by the scorer's "rom" pass
  (hateprobe4_words.rom_as_people, with this round's nouns) as it reads "i rom": "i
  bambini rom sono tutti ladri", "le famiglie rom puzzano", "odio i ragazzi rom".
- The thing: an article, one or two adjectives said before a noun ("nuovi", "soliti",
  "miei"), a noun that names no people, then a nationality: "i nuovi telefoni cinesi
  fanno schifo", "le solite app cinesi sono spazzatura", "i miei vecchi telefoni cinesi
  fanno schifo" name no group, as italian71's "i prodotti cinesi" names none.

The older rules judge the line, so neutral mentions, a report, a denial or
counter-speech stay clean ("i bambini rom vanno a scuola", "i bambini rom non sono
ladri", "dire che i bambini rom sono ladri è razzismo"). Still hostile: a noun of people
after the adjective ("i nuovi immigrati cinesi sono sporchi", "i nostri vicini cinesi
sono sporchi") and the bare group ("i cinesi fanno schifo").

Cost per group test: frozenset tests of the word (most tests end there); then the word
after it, or at most ADJECTIVE_REACH adjectives back to the article. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian71_words as w71
from bot.core.scoring import italian72_words as w
from bot.core.scoring.targeting_hatecheck84 import HateCheck84Rules

__all__ = ["ADJECTIVE_REACH", "Italian72Rules"]

ADJECTIVE_REACH: Final[int] = 2  # "i [miei vecchi] telefoni cinesi"


class Italian72Rules(HateCheck84Rules):
    """A noun of people and a group word after it are the group ("dei ragazzi
    musulmani"); a nationality after a thing with an adjective before it names none ("i
    nuovi telefoni cinesi fanno schifo")."""

    def _group_named_at(self, tokens: list[str], i: int, end: int) -> bool:
        """The older group test, less a nationality after an adjective and a thing, and a
        noun of people with a group word after it, before `end`."""
        word = tokens[i]
        if word in w71.NATIONALITIES and self._it72_of_thing(tokens, i):
            return False  # "i nuovi telefoni cinesi"
        if self._it72_people_then_group(tokens, i, end):
            return True  # "non mi fido dei [ragazzi] musulmani"
        return super()._group_named_at(tokens, i, end)

    def _group_end(self, tokens: list[str], i: int) -> int:
        """The older end, and after the group word when a noun of people opens the group:
        "fuori le [persone trans] dalle scuole" goes on after "trans"."""
        if 0 <= i < len(tokens) and self._it72_people_then_group(tokens, i, len(tokens)):
            return super()._group_end(tokens, i + 1)
        return super()._group_end(tokens, i)

    def _it57_group_before(self, tokens: list[str], end: int) -> int:
        """The older start, and the noun of people before the group word: "ai [bambini]
        rom non piacciono le verdure" is a dative, as "ai rom" is."""
        start = super()._it57_group_before(tokens, end)
        if start > 0 and self._it72_people_then_group(tokens, start - 1, end):
            return start - 1
        return start

    def _it72_people_then_group(self, tokens: list[str], i: int, end: int) -> bool:
        """Token `i` is a noun of people and a group word follows it before `end`: "i
        [ragazzi] musulmani", "le [persone] trans"."""
        return tokens[i] in w.PEOPLE_NOUNS and i + 1 < end and tokens[i + 1] in self._cue_identity

    def _it72_of_thing(self, tokens: list[str], i: int) -> bool:
        """The word before token `i` is a noun of no people, after one or two adjectives
        said before a noun and an article: "i nuovi [telefoni] cinesi", never "i nuovi
        [immigrati] cinesi"."""
        noun = i - 1
        j = noun - 1
        while j >= 0 and noun - j <= ADJECTIVE_REACH and tokens[j] in w.BEFORE_NOUN:
            j -= 1
        if j == noun - 1 or j < 0 or tokens[j] not in w71.ARTICLES:
            return False
        word = tokens[noun]
        return word not in w.NEW_PEOPLE and self.it71_thing(word)
