"""Targeting rules of the italian27 round (issue 8, twentieth session): Italian chat and
social posts that pass a verdict of disgust or pity on people named by a people noun, a
party label or a role, and that call a person by a word of scorn before "di" / "del".

- People before the verdict ("fanno schifo", "fa cagare", "fanno vomitare", "fanno
  ribrezzo", "fanno pena": italian27_words.VERDICTS): "i politici fanno schifo", "questa
  gente mi fa schifo", "sti giornalisti fanno cagare", "i tifosi della juve fanno
  schifo", "tutti i politici fanno schifo", "i vostri politici fanno pena". The older
  rules read the verdict as said of a thing unless a role, a first name or an identity
  group stands before it. Here a people noun or a party label (italian27_words.PEOPLE)
  after a determiner (a possessive, "tutti" before it), the determiner opening its
  clause or after an opener ("ma", "ormai"); a short complement ("della juve", "di
  oggi") and adverbs or a clitic between. Clean: "questi film fanno schifo", "il governo
  fa schifo" (no people), "non tutti i politici fanno schifo", "lui pensa che i grillini
  fanno schifo" (the determiner does not open its clause), "i bambini in guerra mi
  fanno pena" (not a people noun of the list; pity after "mi" is read only of the
  people after it, never of those before), reports and denials (older notes stand).
- People right after the verdict, the verdict opening its clause: "mi fanno schifo i
  politici", "fanno pena questi politici", "mi fa schifo la gente così". Clean: "mi
  fanno schifo i ragni", "fanno schifo i compiti" (no people), "mi fanno pena i
  bambini" (sympathy: not in the list).

- A word of scorn or body shaming between a pointing word and "di" / "del" and a
  person: "quel cesso di tuo fratello", "quel cesso del vicino", "quei cessi dei
  vicini", "sto cesso del capo non risponde". The older rules read "cesso" as the
  toilet (a thing) there; italian13 reads insults before "di" and a first name. After
  "di": a first name (italian13_words.FIRST_NAMES) or the reader's or someone's kin or
  tie ("tuo fratello"); after "del" / "della" a person noun, a role or a label
  (italian27_words.PERSONS_OF), a possessive between. Clean: "quel cesso di casa tua",
  "quel cesso del bagno è intasato", "sto cesso di macchina", "quel cesso della
  stazione" (a thing or a place), "il cesso di mia nonna" (no pointing word), "quel
  coglione di mio fratello" (the writer's own: family talk, as the older rules keep).

Cost per hit: a frozenset test of the term (or the category and a pointing word before
it), then at most five tokens back (and three more for a determiner and an opener) or
three ahead, each a frozenset test. No regex, no work for messages without these hits.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian13_words as i13
from bot.core.scoring import italian27_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_gamechat7 import NOT_A_PLAYER_NOTE
from bot.core.scoring.targeting_gamechat26 import GameChat26Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["Italian27Rules"]

_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})
_OPEN_NOTES: Final = frozenset({"", NOT_A_PLAYER_NOTE})
_SCORN: Final = frozenset({Cat.BODY_SHAMING, Cat.INSULT})


class Italian27Rules(GameChat26Rules):
    """A verdict of disgust or pity said of people named by a noun, a label or a role;
    "quel <word of scorn> di/del <person>"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        entry = hit.entry
        if (
            target is Kind.OBJECT
            and entry.category in _SCORN
            and len(entry.tokens) == 1
            and self._i27_epithet(ctx, hit)
        ):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "quel cesso di tuo fratello"
        if (
            entry.term in w.VERDICTS
            and target in _UNAIMED
            and note in _OPEN_NOTES
            and (self._i27_people_before(ctx, hit) or self._i27_people_after(ctx, hit))
        ):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "i politici fanno schifo"
        return target, note

    def _i27_people_before(self, ctx: Context, hit: Hit) -> bool:
        """A people noun after a determiner opening its clause, before the verdict with
        only a short complement, adverbs or a clitic between."""
        tokens = ctx.tokens
        first = hit.first
        if hit.entry.term in w.PITY and first > 0 and tokens[first - 1] in w.PITY_SOFTENERS:
            return False  # "i bambini mi fanno pena": sympathy as often
        floor = max(0, first - w.SUBJECT_REACH)
        at = first - 1
        since_preposition = 0
        while at >= floor:
            if ctx.pause_after(at):
                return False
            word = tokens[at]
            if word in w.PEOPLE:
                break
            if word in w.PREPOSITIONS:
                since_preposition = 0  # "i tifosi della juve": the complement closed
            elif word in w.BRIDGE:
                pass
            else:
                since_preposition += 1
                if since_preposition > w.COMPLEMENT_WORDS:
                    return False
            at -= 1
        else:
            return False
        if since_preposition:
            return False  # a word between that no preposition introduced
        if at > 0 and tokens[at - 1] in w.PEOPLE and not ctx.pause_after(at - 1):
            at -= 1  # "i giornalisti italiani"
        if ctx.quoted(at, hit.last):
            return False
        lead = at - 1
        if lead >= 0 and tokens[lead] in w.POSSESSIVES:
            lead -= 1  # "i vostri politici"
        if lead < 0 or ctx.pause_after(lead) or tokens[lead] not in w.DETERMINERS:
            return False  # "gente fa schifo sto server": a call to the room
        after = hit.last
        if (
            after + 1 < len(tokens)
            and not ctx.pause_after(after - 1)
            and tokens[after] in w.DETERMINERS
            and tokens[after + 1] not in w.PEOPLE
        ):
            return False  # "i ragazzi fanno schifo sti server": the subject comes after
        if lead > 0 and tokens[lead - 1] in w.ALL_OF and not ctx.pause_after(lead - 1):
            lead -= 1  # "tutti i politici"
        return _opens(ctx, lead)

    def _i27_people_after(self, ctx: Context, hit: Hit) -> bool:
        """The verdict opening its clause ("mi" before it), a determiner or none and a
        people noun right after it."""
        tokens = ctx.tokens
        first = hit.first
        softened = first > 0 and tokens[first - 1] in w.PITY_SOFTENERS
        if softened:
            first -= 1
        if not _opens(ctx, first):
            return False
        at = hit.last
        end = min(len(tokens), at + w.AFTER_REACH)
        while at < end:
            if ctx.pause_after(at - 1):
                return False
            word = tokens[at]
            if word in w.PEOPLE:
                pity = hit.entry.term in w.PITY
                if pity and softened and word not in w.LABELS:
                    return False  # "mi fanno pena i ragazzi": sympathy as often
                if pity and at + 1 < len(tokens) and tokens[at + 1] in w.WHO:
                    return False  # "fanno pena le persone che soffrono"
                return not ctx.quoted(hit.first, at + 1)
            if word not in w.DETERMINERS:
                return False
            at += 1
        return False

    def _i27_epithet(self, ctx: Context, hit: Hit) -> bool:
        """ "quel <word> di <first name | possessive and person>" or "quel <word>
        del <person noun>": the word names the person after it."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        if first < 1 or last + 1 >= len(tokens) or tokens[first - 1] not in w.POINTERS:
            return False
        if ctx.pause_after(first - 1) or ctx.pause_after(last - 1):
            return False
        link, whom = tokens[last], tokens[last + 1]
        if link == w.OF:
            if whom in i13.FIRST_NAMES:
                return True  # "quel cesso di marco"
            if whom not in w.OWNERS:
                return False  # "quel cesso di casa tua", "quel cesso di telefono"
        elif link not in w.OF_THE:
            return False
        if whom in w.OWNERS:
            if last + 2 >= len(tokens) or ctx.pause_after(last + 1):
                return False
            whom = tokens[last + 2]  # "di tuo fratello", "del tuo ex"
        return whom in w.PERSONS_OF and not ctx.quoted(first - 1, last + 2)


def _opens(ctx: Context, at: int) -> bool:
    """The word at `at` opens its clause: the message's first, after a pause, or after
    an opener that does."""
    if at == 0 or ctx.pause_after(at - 1):
        return True
    opener = at - 1
    if ctx.tokens[opener] not in w.OPENERS:
        return False
    return opener == 0 or ctx.pause_after(opener - 1)
