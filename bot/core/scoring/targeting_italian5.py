"""Targeting rules for Italian chat shapes (issue 8, italian5): who a hit is aimed at
when Italian spells or says it in ways the older rules do not read.

- Chat spelling of "sei un": "sei 1 coglione", "6 un fallito", "6 proprio scemo". The
  lone "1" folds to "i", which the English rules take for "I" (self-directed); after
  "sei" / "6" it is the article, and "6" before a name-call is "sei": the reader.
  "ho 6 anni" has no name-call; "sono 1 idiota" has no "sei" and stays the writer's.
- A curse wished with a clitic names who it falls on: "che dio la maledica" (her), "dio
  li fulmini" (them); the lexicon lines carry no aim of their own.
- A demonstrative before a sexual name-call names a woman present in the talk:
  "questa troia mi ha rubato il ragazzo", "sta baldracca", as "questa stronza" already
  did; with "di" after it ("questa puttana di stampante") it curses a thing, and the
  older rules keep reading it.
- "è una troia", "è una troi@ della peggior specie": a sexual name-call said of someone
  with the subject dropped, as italian4 reads "è un fallito"; "della peggior specie"
  after a name-call ranks the person, it names no thing.
- A slur the writer says of themself with pride is their own name, not an attack:
  "sono terrone e ne vado fiero", "io sono una terrona fiera"; "sono terroni e
  puzzano" (they are) and "sei un terrone" stay attacks.
- "per <someone> ci vuole la forca": the gallows called for whoever "per" names.

All run only on their own hits, after a frozenset test, looking at a few tokens before
the hit, so messages without these words pay nothing.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian5_words as i5
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_replysubj import ReplySubjRules
from bot.core.scoring.verdict import TargetKind

_CALLING: Final = frozenset({Cat.INSULT, Cat.BODY_SHAMING, Cat.SEXUAL_HARASSMENT})
_MISREAD: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.SELF, Kind.THIRD_PERSON})
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})
OWN_NAME_NOTE: Final = "the writer's own name, said with pride"


class Italian5Rules(ReplySubjRules):
    """Chat spelling of "sei un", curses with a clitic, "questa troia", the gallows."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), corrected for the italian5 shapes."""
        target, note = super().reread(ctx, hit, target, note)
        entry = hit.entry
        if (
            not note
            and entry.category is Cat.IDENTITY_ATTACK
            and not i5.PRIDE.isdisjoint(ctx.tokens)
            and _proudly_own(ctx, hit)
        ):
            return Kind.SELF, OWN_NAME_NOTE  # "sono terrone e ne vado fiero"
        if note:
            return target, note
        tokens = entry.tokens
        if len(tokens) == 3 and tokens[2] in i5.CURSED and tokens[1] in i5.CURSE_CLITICS:
            if self._italian5_thing_cursed(ctx, hit):
                return target, note  # "dio la fulmini questa stampante": a thing, not her
            return Kind.THIRD_PERSON, ""  # "che dio la maledica": her, not the reader
        if target not in _MISREAD:
            return target, note
        category = entry.category
        if category not in _CALLING or hit.first == 0:
            return target, note
        if _chat_sei(ctx, hit):
            return Kind.SECOND_PERSON, ""  # "sei 1 coglione", "6 un fallito"
        if target not in _UNAIMED or len(tokens) != 1:
            return target, note
        if category is Cat.SEXUAL_HARASSMENT and _this_one(ctx, hit):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "questa troia mi ha rubato il ragazzo"
        if category is not Cat.BODY_SHAMING and _said_of_her(ctx, hit):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "è una troia della peggior specie"
        return target, note

    def _italian5_thing_cursed(self, ctx: Context, hit: Hit) -> bool:
        """The clitic names what a demonstrative and a thing after the curse point at:
        "dio la fulmini sta pioggia", "che dio li maledica questi server"; "dio lo
        fulmini quel bastardo" and any noun not known as a thing curse a person."""
        after = ctx.tokens[hit.last : hit.last + 2]
        if len(after) < 2 or after[0] not in i5.THIS:
            return False
        noun = after[1]
        return noun not in self._lexicon.hit_words and (
            noun in i5.CURSED_THINGS or self._is_thing(noun)
        )

    def _person_object(self, ctx: Context, hit: Hit, target: TargetKind) -> TargetKind:
        """Also whoever "per" names before the gallows: "per soros ci vuole la forca"."""
        if hit.entry.tokens == i5.GALLOWS and _gallows_for(ctx, hit):
            return Kind.THIRD_PERSON
        return super()._person_object(ctx, hit, target)


def _chat_sei(ctx: Context, hit: Hit) -> bool:
    """ "sei" or "6", then a stress word or "1" / an article (or both) right before the
    name-call: "sei 1 cogl", "6 un fallito", "6 proprio scemo"; a bare "6" before a
    name-call counts ("6 noobs")."""
    tokens = ctx.tokens
    i = hit.first - 1
    if tokens[i] in i5.ARTICLES:
        i -= 1
    stress = i >= 0 and tokens[i] in i5.STRESS
    if stress:
        i -= 1
    if i < 0 or i == hit.first - 1 or tokens[i] not in i5.SEI or ctx.pause_after(i):
        return False  # "6 noobs": a number; "6 un fallito", "6 proprio scemo": "sei"
    if (
        stress
        and tokens[i] == "6"
        and tokens[i + 1] in i5.STRESS_EN
        and tokens[hit.last - 1].endswith("s")
    ):
        return False  # "6 pure idiots in my lobby": English counts them ("6 pure scemo": sei)
    # "sei un idiota" is the older rules' own; only the chat spellings are read here.
    return tokens[i] == "6" or tokens[hit.first - 1] == i5.CHAT_ONE


def _this_one(ctx: Context, hit: Hit) -> bool:
    """A demonstrative right before the name-call and no "di" after it."""
    tokens = ctx.tokens
    if tokens[hit.first - 1] not in i5.THIS:
        return False
    return hit.last >= len(tokens) or tokens[hit.last] not in i5.OF


def _said_of_her(ctx: Context, hit: Hit) -> bool:
    """ "è" opening its clause and an article right before the name-call, which closes
    the clause or takes "della peggior specie" after it: "è una troia", "è un idiota
    della peggior specie" (italian4 reads the bare insults; this adds the sexual
    name-calls and the worst-kind tail)."""
    tokens = ctx.tokens
    i = hit.first - 2
    if i < 0 or tokens[i] != "e" or tokens[i + 1] not in i5.ARTICLES:
        return False
    if i > 0 and not (ctx.starts_sentence(i) or ctx.pause_after(i - 1)):
        return False
    after = hit.last
    if ctx.closes_clause(after):
        return True
    return tuple(tokens[after : after + 3]) in i5.WORST_KIND


def _proudly_own(ctx: Context, hit: Hit) -> bool:
    """ "sono" (after "io" or opening its clause), maybe an article, the one-word name,
    then pride within a few words: "sono terrone e ne vado fiero", "io sono una terrona
    fiera". "sono terroni e puzzano" has no pride; a plural name is "they are"."""
    tokens = ctx.tokens
    if len(hit.entry.tokens) != 1 or tokens[hit.first].endswith("i"):
        return False
    i = hit.first - 1
    if i >= 0 and tokens[i] in i5.ARTICLES:
        i -= 1
    if i < 0 or tokens[i] not in i5.I_AM:
        return False
    if i > 0 and tokens[i - 1] != "io" and not (ctx.starts_sentence(i) or ctx.pause_after(i - 1)):
        return False
    return not i5.PRIDE.isdisjoint(tokens[hit.last : hit.last + i5.PRIDE_REACH])


def _gallows_for(ctx: Context, hit: Hit) -> bool:
    """ "per" and a word or two naming someone right before "ci vuole la forca"; not
    an infinitive ("per fare il pane ci vuole la forca": a tool)."""
    start = max(0, hit.first - i5.FOR_REACH)
    before = ctx.tokens[start : hit.first]
    if i5.FOR not in before[:-1]:
        return False
    named = before[before.index(i5.FOR) + 1 :]
    if not i5.WRITER.isdisjoint(named):
        return False  # "per me ci vuole la forca": the writer's own, or "in my view"
    return not any(word.endswith(i5.INFINITIVE) for word in named) and not any(
        ctx.pause_after(i) for i in range(start, hit.first - 1)
    )
