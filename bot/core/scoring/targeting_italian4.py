"""Targeting rules for Italian grammar the English rules already read (issue 8, italian4).

Each rule here is an English shape the older rules handle, said with Italian word order:

- A person named with a complement after the noun: Italian says "la prof di mate" where
  English says "the math teacher", so "la prof di mate è una stronza" is said of a person
  as "the math teacher is a bitch" would be (the role words are cues, "[role]").
- A curse noun bound to a group with "di": "cazzo di zingari", "sti cazzo di immigrati"
  curse the group as "fucking gypsies" does; "cazzo di partita" stays a thing.
- A threat verb with an affectionate "di" after it is a cuddle: "ti ammazzo di baci",
  "ti stritolo di abbracci"; "ti ammazzo di botte" stays a threat.
- Italian drops the subject: "è un fallito", "hai visto Marco? è un bugiardo", "è un
  cretino totale" say of someone what English says with "he is"; an "è" that opens its
  clause with only an article (and "proprio", "davvero") before the name-call names that
  person. "è un idiota chi ci crede" speaks of whoever does something.
- "che" with a subjunctive opening its sentence is a wish of its own, as "may you" is:
  "che tu possa crepare", "che muoiano tutti i rom"; the older rule still wants a wishing
  verb before a "che" inside a sentence ("ho paura che ti investano" is feared).
- "che cazzo vuoi" is a put-down, "che cazzo vuoi mangiare stasera?" a question: an
  infinitive after the reader's verb makes it ask what they want to do.
- A line of two name-calls, the adjective after the noun as Italian puts it ("cicciona
  schifosa", "verme schifoso"), is said to the reader as "schifosa cicciona" is.
- "è vero che <claim>" affirms the claim; the older rule read the pair "è vero" as the
  denial "non è vero che" wherever it stood.
- An order to stop playing joined to a call to come ("smetti di giocare e vieni a cena",
  "quit playing and come eat") calls someone to the table, not out of the game.

All run only on hits (the hit path), looking at a few tokens around the hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.targeting_context import (
    SAID_OF_NOTE,
    Context,
    Hit,
)
from bot.core.scoring.targeting_insults6 import Insults6Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_wishes7 import NOT_WISHED_NOTE
from bot.core.scoring.verdict import TargetKind

CUDDLE_NOTE: Final = "affection, not a threat"
CALLED_NOTE: Final = "called to come, not sent away"
ASKED_NOTE: Final = "a plain question"
# "di" and its forms that bind a complement to the noun before it ("la prof di mate").
_OF: Final = frozenset({"di", "del", "della", "dello", "dei", "degli", "delle", "de"})
# Curse nouns that curse what "di" binds them to: "cazzo di zingari".
_CURSE_NOUNS: Final = frozenset({"cazzo", "cazzi", "cazz"})
# Between "di" and the group: "cazzo di quei rom", "cazzo di tutti gli immigrati".
_BEFORE_GROUP: Final = frozenset(
    {"i", "gli", "le", "sti", "questi", "quei", "quegli", "tutti", "tutte"}
)
# What an Italian threat verb does "di" when it is love: "ti ammazzo di baci".
# fmt: off
_AFFECTION: Final = frozenset({
    "baci", "bacetti", "coccole", "abbracci", "carezze", "solletico", "complimenti",
    "regali", "amore", "kisses", "hugs", "kindness", "love",
})
# fmt: on
_JOIN: Final = frozenset({"e", "and", "poi", "then"})
# A call to come where the writer is: "... e vieni a cena", "... and come eat".
_COME: Final = frozenset({"vieni", "venite", "scendi", "scendete", "come"})
_STOP: Final = frozenset({"smetti", "smettila", "smettete", "stop", "quit"})
# The article of a name-call after a dropped subject ("è un fallito", "è 'na cozza").
_ARTICLE: Final = frozenset({"un", "una", "uno", "na", "nu"})
# Words that may stand between "è" and the article: "è proprio un coglione".
_STRESS: Final = frozenset(
    {"proprio", "davvero", "veramente", "solo", "solamente", "pure", "anche"}
)
# After the name-call, whoever does something: "è un idiota chi ci crede".
_WHOEVER: Final = frozenset({"chi", "se", "quando"})
# Name-calls two of which may make a line: "cicciona schifosa", "troia schifosa".
_CALLING: Final = frozenset({Cat.INSULT, Cat.BODY_SHAMING, Cat.SEXUAL_HARASSMENT})
_CURSED_ASKING: Final = frozenset(
    {"cazzo", "minchia", "cazz"}
)  # "che cazzo vuoi" (lexicon_italian4)
_INFINITIVE: Final = ("are", "ere", "ire", "arti", "erti", "irti")  # "che cazzo vuoi mangiare?"


class Italian4Rules(Insults6Rules):
    """Italian word order for a person's complement, a curse noun, cuddles and calls."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), corrected for the italian4 shapes."""
        target, note = super().reread(ctx, hit, target, note)
        if note:
            if (
                note == NOT_WISHED_NOTE
                and ctx.starts_sentence(hit.first)
                and not ctx.quoted(hit.first, hit.last)  # '"che tu possa crepare" è orribile'
            ):
                return hit.entry.aim or Kind.NONE, ""  # "che muoiano tutti!": a wish
            return target, note
        entry = hit.entry
        category = entry.category
        # Identity tests first: an enum's hash is a Python call, and this runs on every hit.
        if (
            target is not Kind.SECOND_PERSON
            and len(ctx.tokens) == 2
            and category in _CALLING
            and self._paired_call(ctx, hit)
        ):
            return Kind.SECOND_PERSON, ""  # "cicciona schifosa", as "schifosa cicciona"
        if category is Cat.INSULT:
            if (target is Kind.NONE or target is Kind.OBJECT) and _said_without_subject(ctx, hit):
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "è un fallito"
            if (
                len(entry.tokens) > 2
                and entry.tokens[1] in _CURSED_ASKING
                and _asks_what_to_do(ctx, hit)
            ):
                return Kind.OBJECT, ASKED_NOTE  # "che cazzo vuoi mangiare stasera?"
        elif target is Kind.REPORTED:
            return target, note  # a threat or an order quoted: nothing to read here
        elif category is Cat.THREAT and _cuddled(ctx, hit):
            return Kind.OBJECT, CUDDLE_NOTE  # "ti ammazzo di baci"
        elif category is Cat.EXCLUSION and _called_to_come(ctx, hit):
            return Kind.OBJECT, CALLED_NOTE  # "smetti di giocare e vieni a cena"
        return target, note

    def _paired_call(self, ctx: Context, hit: Hit) -> bool:
        """A line of two one-word name-calls (the caller checked there are two words):
        Italian puts the adjective after the noun
        ("cicciona schifosa", "verme schifoso"), which reads as "schifosa cicciona"."""
        tokens = ctx.tokens
        if hit.last - hit.first != 1 or ctx.pause_after(0):
            return False
        other = tokens[1 - hit.first]
        if other == tokens[hit.first] or other not in self._lexicon.hit_words:
            return False
        return any(  # a name-call too, not a curse or a threat ("fucking idiots", "die liar")
            len(entry.tokens) == 1 and entry.category in _CALLING
            for _, entry in self._lexicon.anchors[other]
        )

    def _names_a_person(self, subject: list[str]) -> bool:
        """Also the reader's people ("i tuoi colleghi") and a person with a complement
        after the noun ("la prof di mate", "il mister della Roma"); the words before "di"
        must name the person on their own."""
        if super()._names_a_person(subject):
            return True
        if not subject:
            return False
        noun = subject[-1]
        people = noun in self._cue_person_noun or noun in self._cue_people_plural
        if len(subject) == 2 and (
            subject[0] in self._cue_role_determiner or subject[0] in self._cue_demonstrative
        ):
            return people  # "quei ragazzi", "sti tizi"
        if 2 <= len(subject) <= 3 and subject[-2] in self._cue_possessive:
            # "i tuoi colleghi", "le tue amiche": the reader's people, as "tuo fratello"
            return people or noun in self._cue_role
        at = next((i for i, word in enumerate(subject) if word in _OF), -1)
        return 0 < at <= 2 and len(subject) - at <= 3 and super()._names_a_person(subject[:at])

    def _sworn_at_group(self, ctx: Context, hit: Hit) -> bool:
        """Also a curse noun bound to a group by "di": "cazzo di zingari"."""
        if super()._sworn_at_group(ctx, hit):
            return True
        if hit.entry.tokens[-1] not in _CURSE_NOUNS:
            return False
        tokens = ctx.tokens
        i = hit.last
        if i >= len(tokens) or tokens[i] not in _OF or ctx.pause_after(hit.last - 1):
            return False
        i += 1
        while i < len(tokens) and tokens[i] in _BEFORE_GROUP:
            i += 1
        return i < len(tokens) and self._group_named_at(tokens, i, len(tokens))


def _cuddled(ctx: Context, hit: Hit) -> bool:
    """ "di" / "with" and a word of affection right after a threat: "ti ammazzo di baci"."""
    after = ctx.tokens[hit.last : hit.last + 3]
    return len(after) >= 2 and after[0] in ("di", "with") and not _AFFECTION.isdisjoint(after[1:])


def _called_to_come(ctx: Context, hit: Hit) -> bool:
    """An order to stop, then "and come": "smetti di giocare e vieni a cena"."""
    if _STOP.isdisjoint(hit.entry.tokens[:1]):
        return False
    after = ctx.tokens[hit.last : hit.last + 3]
    return len(after) >= 2 and after[0] in _JOIN and after[1] in _COME


def _said_without_subject(ctx: Context, hit: Hit) -> bool:
    """ "è" opening its clause, maybe "proprio", an article, then the name-call, which
    closes the clause or has one adjective after it ("è un cretino totale")."""
    tokens = ctx.tokens
    i = hit.first - 1
    if i < 1 or tokens[i] not in _ARTICLE:
        return False
    i -= 1
    if tokens[i] in _STRESS:
        i -= 1
    if i < 0 or tokens[i] != "e" or not (ctx.starts_sentence(i) or ctx.pause_after(i - 1)):
        return False
    after = hit.last
    if ctx.closes_clause(after):
        return True
    return tokens[after] not in _WHOEVER and (after + 1 >= len(tokens) or ctx.pause_after(after))


def _asks_what_to_do(ctx: Context, hit: Hit) -> bool:
    """ "che cazzo vuoi" with an infinitive after it: "che cazzo vuoi mangiare?"."""
    if hit.last >= len(ctx.tokens):
        return False
    return not ctx.pause_after(hit.last - 1) and ctx.tokens[hit.last].endswith(_INFINITIVE)
