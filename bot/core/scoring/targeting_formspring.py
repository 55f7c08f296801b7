"""Targeting rules for teenagers' Q&A and chat (issue 8, Formspring): who "you" is when a
name-call is asked about, liked, imagined or heard from someone else, and the
text-speak name-calls ("ur a dirty bitch int ya") the person rules miss.

Q&A sites are full of questions about the reader that carry no attack ("do you like
dogs?", "if you were an animal what would you be?", "has anyone ever called you
lazy?", "do you think you are annoying?"); the person rules read each as a
name-call said to the reader. These rules run after them (`reread`) and only ever
move a hit between the reader, a thing and reported speech; every look is a few
tokens around the hit, so cost stays O(1) per hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.targeting_context import BEFORE, SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_lobby import LobbyRules
from bot.core.scoring.verdict import TargetKind

# Small closed word classes, English only (the shapes below are English ones).
_ASKING: Final = frozenset({"do", "does", "did", "would"})  # "do you think ...?", "do you like"
_THINKING: Final = frozenset({"think", "believe", "reckon"})
_CALLING: Final = frozenset({"call", "called", "calls", "calling"})
# "sorry i called you stupid", "i feel bad that i called you a noob": the writer's own
# name-call, taken back (precision14). The apology stands a few words before the "i".
_APOLOGY: Final = frozenset({
    "sorry", "apologize", "apologise", "apologies", "regret", "bad", "awful", "terrible",
    "guilty", "ashamed",
})  # fmt: skip
# "not sorry i called you...", "sorry but i called you...", "too bad i called you...".
_UNAPOLOGETIC: Final = frozenset({"not", "t", "never", "but", "too", "no"})
_APOLOGY_REACH: Final = 4
# Words between a subject and its verb: "has anyone ever called you", "who just called".
_AUXILIARY: Final = frozenset(
    {"has", "have", "had", "ve", "ever", "just", "already", "once", "even", "always", "never"}
)
_FIRST_PERSON: Final = frozenset({"i", "we", "im", "ive", "id"})
_IMAGINED: Final = frozenset({"were", "was", "could", "would"})  # "if you were an animal"
_IMAGINING: Final = frozenset({"if"})
_ADVERBS: Final = frozenset({"ever", "really", "honestly", "even", "actually", "seriously"})
# The reader's looks: "your face is nasty" judges the reader.
_BODY: Final = frozenset(
    {
        "face", "nose", "hair", "teeth", "body", "butt", "legs", "skin", "forehead",
        "ears", "head", "eyes", "lips", "thighs", "belly", "stomach", "feet", "arms",
        "voice", "smile", "boobs", "chin", "neck", "makeup", "outfit", "clothes",
    }
)  # fmt: skip
_LOOKING: Final = frozenset(
    {"is", "are", "s", "re", "r", "look", "looks", "looking", "smells", "smell"}
)
# Laughter after a line: "ur so funny lol" (also read by targeting_discord.py).
LAUGHTER: Final = frozenset({"lol", "lmao", "lmfao", "haha", "hahaha", "rofl", "xd"})
# Words that cannot be the thing a judging word describes: "your stupid like ...".
_NO_THING: Final = frozenset({"like", "too", "af", "tho", "though"})
# formspring4: kisses that end a line as laughter does ("Your ugly x)!", "your fat xx").
_KISSES: Final = frozenset({"x", "xx", "xxx", "xo", "xoxo"})
# Name-calls that count only when said of the reader, never as a guessed vocative.
_SAID_OF_ONLY: Final = frozenset({Cat.INSULT, Cat.BODY_SHAMING, Cat.SEXUAL_HARASSMENT})
_UNAIMED: Final = frozenset({Kind.REPORTED, Kind.OBJECT, Kind.SELF})


class TeenRules(LobbyRules):
    """Rereads the person rules' answer for questions, likes, hypotheticals and hearsay."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The person rules' (target, note) for `hit`, corrected where a rule here applies."""
        if note or hit.entry.category not in _SAID_OF_ONLY or target is Kind.REPORTED:
            return target, note
        if target is not Kind.SECOND_PERSON and (
            self._body_judged(ctx, hit) or self._youre_laughed(ctx, hit)
        ):
            return Kind.SECOND_PERSON, note  # "your face is nasty", "your ugly lol"
        if target in _UNAIMED:
            return target, note
        asking = ctx.mentions_any("formspring_asking", _ASKING)  # once per message
        if asking and self._asked_opinion(ctx, hit):
            return Kind.REPORTED, "asked, not said"  # "do you think you're annoying?"
        if target is Kind.NONE:
            if self._reader_called(ctx, hit):
                return Kind.SECOND_PERSON, note  # "ur a dirty bitch int ya"
            return target, note
        if target is not Kind.SECOND_PERSON or not (
            asking
            or hit.entry.person_only
            or "if" in ctx.tokens  # one word: a list scan, no cue list of its own
            or ctx.mentions_any("formspring_calling", _CALLING)
        ):
            return target, note  # most aimed hits: none of the words the rules below read
        you = self._reader_before(ctx, hit)
        if you is None:
            if hit.entry.person_only and self._owned(ctx, hit):
                return Kind.OBJECT, note  # "whats your favorite animal?": no vocative
            return target, note
        tokens = ctx.tokens
        if 0 < you < hit.first - 1 and tokens[you + 1] == "like" and tokens[you - 1] in _ASKING:
            return Kind.OBJECT, note  # "do you like dogs?": the verb, not a comparison
        if self._imagined(tokens, you):
            return Kind.REPORTED, "imagined"  # "if you were an animal what would you be"
        if self._heard(tokens, you):
            return Kind.REPORTED, ""  # "has anyone ever called you lazy?"
        return target, note

    def _reader_before(self, ctx: Context, hit: Hit) -> int | None:
        """The second-person word this hit is said of, bound to it by bridge words only
        ("you are such a", "ur so", "do you like"), in the hit's sentence."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, BEFORE)
        bridge, second = self._cue_bridge, self._cue_second_person
        for i in range(hit.first - 1, start - 1, -1):
            token = tokens[i]
            if token in second:
                if token in self._cue_possessive and tokens[i + 1] not in self._cue_article:
                    return None  # "your stuffed animals"; "your the dumbest" is "you're"
                return i
            if token not in bridge and token not in self._cue_copula:
                return None
        return None

    def _owned(self, ctx: Context, hit: Hit) -> bool:
        """The reader's things before the hit and no "you" after it: "your favorite animal",
        "any of your stuffed animals?" (a vocative guess would have read "you")."""
        start = ctx.sentence_start(hit.first, BEFORE)
        before = ctx.tokens[start : hit.first]
        return not self._cue_possessive.isdisjoint(before) and self._cue_second_person.isdisjoint(
            ctx.tokens[hit.last : hit.last + 3]
        )

    def _reader_called(self, ctx: Context, hit: Hit) -> bool:
        """ "ur a dirty bitch int ya", "your a fat hoe lol": "you" (or "your", "ur" for
        "you're"), an indefinite article and at most two words, then the name-call."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, 4)
        for i in range(hit.first - 1, start - 1, -1):
            if tokens[i] in self._cue_indefinite:
                return (
                    i > start
                    and tokens[i - 1] in self._cue_second_person
                    and not any(t in self._cue_negation for t in tokens[i + 1 : hit.first])
                )
        return False

    def _body_judged(self, ctx: Context, hit: Hit) -> bool:
        """ "your face is nasty", "ur nose is so big and ugly": the reader's looks judged,
        which is the reader judged. A judging word only, after "your <body part>", a
        copula or "looks", and bridge words."""
        tokens = ctx.tokens
        if (
            hit.first < 3
            or (
                hit.entry.category is not Cat.BODY_SHAMING
                and self._cue_descriptive.isdisjoint(hit.entry.tokens)
            )
            or not ctx.mentions_any("teen_body", _BODY)
        ):
            return False  # the body part is asked about once per message
        start = ctx.sentence_start(hit.first, BEFORE)
        bridge = self._cue_bridge
        i = hit.first - 1
        while i > start and tokens[i] in bridge and tokens[i] not in _LOOKING:
            i -= 1
        if tokens[i] in _LOOKING:
            i -= 1
        owner = tokens[i - 1] if i > start else ""
        return tokens[i] in _BODY and (owner in self._cue_possessive or owner == "ur")

    def _youre_laughed(self, ctx: Context, hit: Hit) -> bool:
        """ "yourr retarded lol", "your fucking stupid like seriously", "your dumb too":
        "your" (for "you're"), maybe an intensifier, a judging word, then laughter that ends
        the line or a word that cannot be the thing judged ("like", "too", "tho")."""
        tokens = ctx.tokens
        last = hit.last
        before = hit.first - 1
        if before > 0 and tokens[before] in self._cue_intensifier:
            before -= 1
        if before < 0 or tokens[before] not in self._cue_possessive or last >= len(tokens):
            return False
        following = tokens[last]
        if following in _NO_THING:
            return True
        return (following in LAUGHTER or following in _KISSES) and (
            last + 1 == len(tokens) or ctx.stop_after(last)
        )

    def _asked_opinion(self, ctx: Context, hit: Hit) -> bool:
        """A question asking the reader's view: "do you think lesbians are gross?", "why
        do u think ur ugly?". The claim after the thinking verb is asked about, not made."""
        tokens = ctx.tokens
        if hit.first > 0 and ctx.pause_after(hit.first - 1):
            return False  # "do you think anyone likes you, loser?": the name-call is said
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        second = self._cue_second_person
        for i in range(start, hit.first - 2):
            if tokens[i] in _ASKING and tokens[i + 1] in second:
                verb = i + 2
                while verb < hit.first and tokens[verb] in _ADVERBS:
                    verb += 1
                if verb < hit.first and tokens[verb] in _THINKING:
                    return ctx.ends_asking(hit.last - 1)
        return False

    def _imagined(self, tokens: list[str], you: int) -> bool:
        """ "if you were an animal", "if u could be a monster": a counterfactual identity."""
        return (
            you > 0
            and tokens[you - 1] in _IMAGINING
            and you + 1 < len(tokens)
            and tokens[you + 1] in _IMAGINED
            and "not" not in tokens[you + 1 : you + 4]
            and "t" not in tokens[you + 1 : you + 4]
        )

    def _heard(self, tokens: list[str], you: int) -> bool:
        """ "has anyone ever called you lazy?", "the one who called you a whore": someone
        else's words. "i called you a whore" (and a bare "called you...") are the writer's,
        unless an apology takes them back: "sorry i called you stupid" (precision14)."""
        verb = you - 1
        if verb < 0 or tokens[verb] not in _CALLING:
            return False
        subject = verb - 1
        while subject >= 0 and tokens[subject] in _AUXILIARY:
            subject -= 1
        if subject < 0:
            return False
        if tokens[subject] not in _FIRST_PERSON:
            return True
        return _taken_back(tokens[max(0, subject - _APOLOGY_REACH) : subject])


def _taken_back(before: list[str]) -> bool:
    """An apology before the writer's "i called you": "sorry", "my bad", "i feel bad
    that"; none of it denied ("not sorry", "sorry but")."""
    return not _APOLOGY.isdisjoint(before) and _UNAPOLOGETIC.isdisjoint(before)
