"""Targeting rules: who a lexicon hit is aimed at, and when a rule cancels it.

Words become hostility only when aimed at someone. Each hit is read in a small
token window (the clause around it): a second-person cue, a mention, an order
or a vocative aims it at a person; self-directed, object-directed, negated,
reported or quoted words, counter-speech and gaming talk lower or cancel it.
The scorer finds hits and combines weights; this module only decides targets,
so each rule can be read and tested on its own. Every look-up is bounded by a
fixed reach around the hit, so cost stays O(1) per hit.

The rules are split by job (targeting_context, _speech, _person, _groups); this
module is the entry point, `Targeter.aim`.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.loose_terms import loose_words
from bot.core.scoring.targeting_compound import COMPOUND_NOTE, slur_compound
from bot.core.scoring.targeting_context import (
    BEFORE,
    GROUP_HATRED,
    IDENTITY_NOTE,
    NAME_CALL_LENGTH,
    NAMED_NOTE,
    SAID_OF_NOTE,
    WIDENED,
    Context,
    Hit,
)
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_discord61 import Discord61Rules
from bot.core.scoring.targeting_generic import said_of_all, slur_of_people
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_own_slur import own_slur
from bot.core.scoring.targeting_sharing import share_cue_sets
from bot.core.scoring.verdict import Category, TargetKind

_CURSED: Final = (Kind.SECOND_PERSON, Kind.IMPERATIVE)  # who a curse at a thing names
# A reply's mention gives way to the group or person its sentence names.
_REPLYING: Final = frozenset({Kind.MENTION, Kind.REPLY})
_POINTING: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.MENTION, Kind.REPLY})
_REPEATED_RE: Final = re.compile(r"(\w)\1+")  # a letter held down: "laggg", "nooo"


class Targeter(Discord61Rules):
    """The targeting rules for one compiled lexicon (its cue word lists)."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        # The rounds' own everyday anchors ("had", "only") bind no "you" (loose_terms.py).
        self._unanchored = self._unanchored | loose_words(lexicon.anchors)
        share_cue_sets(self, lexicon)  # one copy of each word set per language set

    def aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        """Who a hit is aimed at, and a note when a rule cancels it (negated, counter-speech).

        The person rules come first; where they find nobody (or a thing), a named
        identity group, the group in the room or a bare chat name-call still make
        the words aimed. IDENTITY_NOTE marks an identity group and SAID_OF_NOTE a
        name-call said of one person ("he is a liar"); neither cancels anything.
        """
        if hit.entry.category is not Category.PROFANITY:
            # "women are never smart"; "no immigrant deserves to live", "sick of women"
            shaped = self.probe4_aim(ctx, hit) or self.probe3_aim(ctx, hit)
            if shaped is not None:
                return shaped
        target, note = self._aim(ctx, hit)  # two calls, no `*`: the compiled build makes
        target, note = self.reread(ctx, hit, target, note)  # a starred one a generic call
        entry = hit.entry
        if entry.person_only and self._misjudged(ctx, hit):
            return Kind.OBJECT, note  # "mentally unstable people need care"
        if target is Kind.REPORTED and own_slur(ctx, hit, self._cues):
            target, note = Kind.GROUP, ""  # "i called him a ...", "can i say ..."
        if note or target is Kind.REPORTED:
            return target, note
        if self._harm_not_urged(ctx, hit):
            return target, "not urged"  # "pls dont kill yourself", "if you kill yourself"
        if self._joking(ctx, hit):
            return target, JOKING_NOTE  # "fuck you too jk", "i hate you lmao"
        if target in _CURSED and self._cursed_thing(ctx, hit):
            return Kind.OBJECT, note  # "fuck you traffic", "i hate you september"
        if entry.category is Cat.PROFANITY:
            if self._sworn_at_group(ctx, hit) and not self._self_described(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "fuck gay people", "fucking immigrants"
            named = self._named_in_chat(ctx, hit) if target is Kind.NONE else None
            if named is not None:
                return named, NAMED_NOTE  # "fuck tusk", "shit pudge", "fuck this team"
            if self._sworn_at_room(ctx, hit):
                return Kind.GROUP, NAMED_NOTE  # "shit team", "fuckin my team"
            return target, note
        if (
            self._denied_by_quantifier(ctx, hit)
            or self._framed_as_false(ctx, hit)
            or self._opinion_denied(ctx, hit)
        ):
            return target, "negated"  # "no immigrant deserves to die", "it's not true that"
        if slur_of_people(ctx, hit, target):
            return Kind.GROUP, IDENTITY_NOTE  # "retarded people", "people are retarded"
        if said_of_all(ctx, hit, target, self._cues):
            return Kind.GROUP, IDENTITY_NOTE  # "these hoes ain't loyal", "bitches be"
        if slur_compound(ctx, hit, target, self._cues):
            return Kind.GROUP, COMPOUND_NOTE  # "moslem cockroach", "savage muslims"
        if not self._cue_hate_verb.isdisjoint(entry.tokens[-1:]):
            return self._hatred(ctx, hit, target)
        if target is Kind.GROUP and entry.category is Cat.IDENTITY_ATTACK:
            return self._claimed_target(ctx, hit), note
        if not self._cue_accusation.isdisjoint(entry.tokens):
            return target, note  # "that was racist": calling out prejudice is no attack on a group
        # A people-only word said as an order or of oneself may still be about a group
        # ("get rid of immigrants", "we are parasites").
        widened = target in WIDENED or (
            entry.person_only and target in (Kind.SELF, Kind.IMPERATIVE)
        )
        if (
            widened
            and entry.category in GROUP_HATRED
            and self._names_identity(ctx, hit)
            and (self._predicated(ctx, hit) or not self._attributive_at(ctx, hit))
            and not self._aimed_at_who(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "immigrants are animals", "we are parasites"
        if (
            widened
            and entry.category is Cat.SEXUAL_HARASSMENT
            and self._predicated(ctx, hit)
            and self._names_identity(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "women are all sluts", only said of them
        if widened and entry.category in GROUP_HATRED and self._names_group(ctx, hit):
            return Kind.GROUP, note  # "liberals are idiots", "cops are pigs"
        if (widened or target in _REPLYING) and self._group_bound(ctx, hit):
            return Kind.GROUP, note  # "@bob liberals are such liars", "antifa thugs"
        if self._group_claimed_in_reply(ctx, hit, target):
            return Kind.GROUP, note  # "@bob liberals are mentally ill"
        if entry.person_only:
            aimed = self._person_object(ctx, hit, target)
            if (
                aimed is Kind.THIRD_PERSON
                and self._said_of_person(ctx, hit)
                and self._ends_clause(ctx, hit)
            ):
                return aimed, SAID_OF_NOTE  # "she is the worst", "he is the worst person"
            if aimed is Kind.OBJECT and self._in_room(ctx, hit):
                return Kind.GROUP, note  # "che squadra di spazzatura"
            if aimed is Kind.OBJECT and self._called_player(ctx, hit):
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "giocatore di merda"
            return aimed, note
        if (target in WIDENED or target is Kind.MENTION) and (
            self._said_of_person(ctx, hit)
            or self._said_of_player(ctx, hit)
            or self._called_player(ctx, hit)
        ):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "she is a liar", "@bob is a clown"
        if target in WIDENED and self._in_room(ctx, hit):
            return Kind.GROUP, note  # "noob team", "this team is trash"
        if target in _POINTING and (self._pointed_person(ctx, hit) or self._of_a_person(ctx, hit)):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "@bob this clown", "joke of a president"
        if target is Kind.OBJECT and self._names_person_after(ctx, hit):
            return Kind.THIRD_PERSON, note  # "this stupid kid", "that dumb guy"
        if target in (Kind.NONE, Kind.OBJECT) and (
            self._named_subject(ctx, hit) or self._pointed_at(ctx, hit)
        ):
            return Kind.THIRD_PERSON, note  # "Mike is trash", "look at that moron"
        named = self._named_in_chat(ctx, hit) if target is Kind.NONE else None
        if named is not None:
            return named, NAMED_NOTE  # "stupid pudge", "tusk noob"
        if target is Kind.NONE and (
            self._name_call(ctx, hit)
            or self._names_someone(ctx, hit)
            or self._names_the_player(ctx, hit)
        ):
            return Kind.THIRD_PERSON, note  # "idiot ursa", "noob", "COBRA IDIOT"
        return target, note

    def _said_of_person(self, ctx: Context, hit: Hit) -> bool:
        """A name-call said of one person: "he is a liar", "she's useless", "lui è un
        coglione", chat's "he trash", or a name as the subject ("Mike is a liar").

        A pronoun, then a copula (chat may drop it) and only articles and bridge
        words before the hit, in one clause: it names that person, as plainly as
        "you are" names the reader. "he is a stupid editor" describes the editor.
        """
        entry = hit.entry
        if entry.category is not Cat.INSULT:
            return False
        tokens = ctx.tokens
        i = self._subject_at(ctx, hit, max(0, hit.first - BEFORE))
        if i < 0:
            return False  # no subject in reach
        subject = tokens[i]
        if subject in self._cue_singular_pronoun:
            said = not any(ctx.pause_after(j) for j in range(i, hit.first - 1))
        elif subject in self._cue_person_noun or subject in self._cue_role:
            # "this guy is garbage", "our mid is a noob"; a line of its own: "jungle trash",
            # "our carry useless". A role may be a place ("the jungle is trash this patch").
            said = self._role_called(ctx, hit, i) or (
                (subject in self._cue_person_noun or self._cue_descriptive.isdisjoint(entry.tokens))
                and self._named_subject(ctx, hit)
            )
        elif subject not in self._lexicon.rule_words:
            # A name may be a thing ("Twitter is trash"): only a noun that names people.
            said = self._cue_descriptive.isdisjoint(entry.tokens) and self._named_subject(ctx, hit)
        else:
            return False
        return said and not self._attributive_at(ctx, hit)

    def _named_in_chat(self, ctx: Context, hit: Hit) -> TargetKind | None:
        """A short chat line that swears at or name-calls one name: "fuck tusk",
        "fucking bara, feed", "stupid pudge", "pudge noob", "fuck this huskar".

        Hero, champion and nick names differ in every game, so a name is a word no
        list knows: neither a lexicon or cue word nor an ordinary word or game-chat
        thing ("fuck this lag", "shit happens", "stupid lag" stay clean). A curse
        ("fuck", "shit"; not "omg", "damn") comes before the name, maybe pointing
        ("fuck this guy", "fuck that team"); a name-call may also come after it.
        The two make the clause, in a line of at most NAME_CALL_LENGTH words.
        """
        category = hit.entry.category
        curse = category is Cat.PROFANITY
        if curse and self._cue_curse.isdisjoint(hit.entry.tokens):
            return None  # "omg comeback", "wtf happend", "kill axe": no curse
        if not curse and category is not Cat.INSULT:
            return None
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, NAME_CALL_LENGTH)
        end = ctx.sentence_end(hit.last - 1, NAME_CALL_LENGTH)
        if not ctx.starts_sentence(start) or end - start > NAME_CALL_LENGTH:
            return None
        if end < len(tokens) and not ctx.stop_after(end - 1):
            return None
        name = hit.last  # "fuck tusk", "stupid pudge", "fuck this huskar"
        pointed = curse and name < end and tokens[name] in self._cue_demonstrative
        name += pointed
        if (
            name < end
            and (hit.first == start or ctx.pause_after(hit.first - 1))
            and (name == end - 1 or ctx.pause_after(name))
        ):
            word = tokens[name]
            if self._is_name(word):
                return Kind.THIRD_PERSON
            if pointed and (word in self._cue_person_noun or word in self._cue_role):
                return Kind.THIRD_PERSON  # "fuck this guy", "fuck that carry"
            if pointed and word in self._cue_room:
                return Kind.GROUP  # "fuck this team"
        name = hit.first - 1  # "pudge noob"
        if (
            not curse
            and name >= start
            and (name == start or ctx.pause_after(name - 1))
            and (hit.last == end or ctx.pause_after(hit.last - 1))
            and self._is_name(tokens[name])
        ):
            return Kind.THIRD_PERSON
        return None

    def _is_name(self, word: str) -> bool:
        """A word that may be a player's name: no list knows it, nor its letters said
        once ("laggg" is "lag")."""
        if not self._unlisted(word):
            return False
        once = _REPEATED_RE.sub(r"\1", word)
        return once not in self._lexicon.rule_words and once not in self._cue_word

    def _role_called(self, ctx: Context, hit: Hit, subject: int) -> bool:
        """A role or person noun opening a chat line that ends with the name-call,
        the copula maybe dropped: "jungle trash", "our carry useless", "mid is noob"."""
        opener = subject
        if subject > 0 and (
            ctx.tokens[subject - 1] in self._cue_role_determiner
            or ctx.tokens[subject - 1] in self._cue_demonstrative
        ):
            opener = subject - 1
        return (
            ctx.starts_sentence(opener)
            and ctx.sentence_end(hit.last - 1, 1) == hit.last
            and not any(ctx.pause_after(j) for j in range(subject, hit.first))
        )

    def _names_someone(self, ctx: Context, hit: Hit) -> bool:
        """A name-call noun with nobody else in view: "gg wp idiots", "mid noob plus wk
        noob", "troppi idioti oggi". A noun like "idiot" names a person wherever it
        stands, so someone present is meant; judging words ("stupid", "trash") may
        judge a thing, and the name_noun cues list only nouns that name people."""
        entry = hit.entry
        if entry.category is not Cat.INSULT or entry.tokens[-1] not in self._cue_name_noun:
            return False
        before = ctx.tokens[max(0, hit.first - 2) : hit.first]
        return self._blockers.isdisjoint(before) and self._cue_negative_quantifier.isdisjoint(
            before[-1:]
        )  # "no idiot would do that" names nobody
