"""Targeting rules, part three: identity groups, named groups, the room, third persons
by name or demonstrative, counter-speech that denies a hateful claim.
"""

from __future__ import annotations

import itertools
from typing import Final

from bot.core.scoring.targeting_claims import claim_judged
from bot.core.scoring.targeting_context import (
    AFTER,
    BEFORE,
    DENIAL_PAIRS,
    IDENTITY_NOTE,
    NAME_CALL_LENGTH,
    NAMED_PEOPLE,
    NEGATION_REACH,
    ROOM_REACH,
    SENTENCE_REACH,
    Context,
    Hit,
)
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_person import PersonRules
from bot.core.scoring.targeting_topics import PERSONA, ROM_BEFORE, denied_not_all, topic_of
from bot.core.scoring.verdict import TargetKind

# Who a relative clause may follow: "those who", "anyone who", "quelli che".
_WHO: Final = frozenset({"those", "anyone", "people", "everyone", "anybody", "quelli", "quelle"})
_IS_TRUE: Final = ("e", "vero")  # "è vero": a denial only after "non" (italian4)


# formspring4: "no" that affirms what follows ("no wonder nobody likes you"), never a
# quantifier denying it.
_NO_AS_SURE: Final = frozenset({"wonder"})


class GroupRules(PersonRules):
    """Where the person rules find nobody: a group, the room, a third person."""

    def _names_identity(self, ctx: Context, hit: Hit) -> bool:
        """An identity group ("women", "muslims", "gay people") in the hit's sentence."""
        if not (
            ctx.mentions_any("identity", self._cue_identity)
            or ctx.mentions_any("identity_adjective", self._cue_identity_adjective)
        ):
            return False  # no group named anywhere (most messages)
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        end = ctx.sentence_end(hit.last - 1, SENTENCE_REACH)
        tokens = ctx.tokens
        if self._identity_between(ctx, hit, start, end):
            return True
        # "I met some immigrants. They are all disgusting": "they" points back.
        if start == 0 or (
            self._cue_plural_pronoun.isdisjoint(tokens[start:end])
            and tokens[start] not in self._cue_subjectless
        ):
            return False
        return self._identity_between(ctx, hit, max(0, start - 2 * SENTENCE_REACH), start)

    def _names_group(self, ctx: Context, hit: Hit) -> bool:
        """A group of people that is not an identity group, in the hit's sentence."""
        if not ctx.mentions_any("group_noun", self._cue_group_noun):
            return False
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        end = ctx.sentence_end(hit.last - 1, SENTENCE_REACH)
        return not self._cue_group_noun.isdisjoint(ctx.tokens[start:end])

    def _identity_between(self, ctx: Context, hit: Hit, start: int, end: int) -> bool:
        tokens = ctx.tokens
        for i in range(start, end):
            if hit.first <= i < hit.last:
                continue
            if self._group_named_at(tokens, i, end) and not ctx.quoted(i, i + 1):
                return True  # a quoted group is reported, not named
        return False

    def _group_named_at(self, tokens: list[str], i: int, end: int) -> bool:
        """Token `i` names an identity group: a group noun ("muslims"), or an identity
        adjective with a people noun after it, before `end` ("gay people")."""
        token = tokens[i]
        return token in self._cue_identity or (
            token in self._cue_identity_adjective
            and i + 1 < end
            and tokens[i + 1] in self._cue_people
        )

    def _group_ending_at(self, tokens: list[str], at: int, end: int) -> int:
        """Where a group named with its last word at token `at` begins, or -1: "muslims"
        (at itself), "gay people" (the word before); never "my gay friend"."""
        if self._group_named_at(tokens, at, end):
            return at
        if at > 0 and tokens[at] in self._cue_people and self._group_named_at(tokens, at - 1, end):
            return at - 1
        return -1

    def _group_end(self, tokens: list[str], i: int) -> int:
        """Where a group named at token `i` ends, or -1: "muslims", "gay people", and the
        Italian order "persone trans", and "rom" after an Italian article ("i rom")."""
        people = self._cue_people
        if i < 0 or i >= len(tokens):
            return -1
        if self._group_named_at(tokens, i, len(tokens)):
            end = i + 1
            return end + 1 if end < len(tokens) and tokens[end] in people else end
        if tokens[i] == "rom":
            return i + 1 if i > 0 and tokens[i - 1] in ROM_BEFORE else -1
        if (tokens[i] in people or tokens[i] in PERSONA) and i + 1 < len(tokens):
            return i + 2 if tokens[i + 1] in self._cue_identity else -1
        return -1

    def _aimed_at_who(self, ctx: Context, hit: Hit) -> bool:
        """Aimed at whoever does something to the group, or at a thing the group is only
        the topic of (italian15: "che schifo il razzismo contro i neri", "what a shame,
        the jokes about gay people"): the words judge the doer or the thing."""
        return self._aimed_at_doer(ctx, hit) or topic_of(ctx, hit, self._group_end)

    def _aimed_at_doer(self, ctx: Context, hit: Hit) -> bool:
        """ "Non sopporto chi odia i musulmani", "I despise those who mock disabled people":
        the words are aimed at whoever does something to the group, not at the group."""
        # Right after a name ("cucks who like...") "who" describes the name itself;
        # after a verb of contempt ("I hate who...") or as "chi" it is the object.
        verb = hit.entry.tokens[-1] in self._cue_hate_verb or len(hit.entry.tokens) > 1
        for i, token in enumerate(ctx.tokens[hit.last : hit.last + 3]):
            if token in self._cue_relative_subject:
                return i > 0 or verb or token == "chi"
            if (
                token not in self._cue_article
                and token not in self._cue_every
                and token not in _WHO
            ):
                return False
        return False

    def _predicated(self, ctx: Context, hit: Hit) -> bool:
        """The word right after a copula, maybe past an article or two bridge words:
        "women are disgusting creatures", "women are all sluts" say it of the subject."""
        tokens = ctx.tokens
        i = hit.first - 1
        floor = hit.first - 3  # "are all such", "sono tutte delle"
        while i >= max(0, floor):
            if tokens[i] in self._cue_copula:
                return True
            if tokens[i] not in self._cue_article and tokens[i] not in self._cue_bridge:
                return False
            i -= 1
        return False

    def _person_object(self, ctx: Context, hit: Hit, target: TargetKind) -> TargetKind:
        """Who a people-only word ("hate", "animals", "disgust") is about, or OBJECT.

        The object right after a verb decides ("I hate you", "I hate mondays");
        otherwise the person rules' answer stands when it names people.
        """
        threat = hit.entry.category is Cat.THREAT
        for token in ctx.tokens[hit.last : ctx.sentence_end(hit.last - 1, AFTER)]:
            if token in self._cue_article or token in ("all", "of", "these", "those", "such"):
                continue
            if token in self._cue_second_person and token not in self._cue_possessive:
                return Kind.SECOND_PERSON
            if token in self._cue_room:
                return Kind.GROUP
            if token in self._cue_third_person and token not in self._cue_object and not threat:
                return Kind.THIRD_PERSON
            break
        if threat:  # "you hurt me", "kill him" (in a game): only a named group or the reader
            return Kind.OBJECT
        return target if target in NAMED_PEOPLE else Kind.OBJECT

    def _hatred(self, ctx: Context, hit: Hit, target: TargetKind) -> tuple[TargetKind, str]:
        """ "I hate muslims", "I fucking hate you": the writer's own hatred, and its object.

        Hatred reported of others ("they hate homosexuals", "americans hate you")
        and the noun ("spew hate") are not aimed by the writer.
        """
        tokens = ctx.tokens
        subject = hit.first - 1
        while subject >= 0 and tokens[subject] in self._cue_intensifier:
            subject -= 1
        if subject < 0 or tokens[subject] not in self._cue_speaker_subject:
            return Kind.OBJECT, ""
        end = ctx.sentence_end(hit.last - 1, AFTER + 2)  # "every single one of them"
        for i in range(hit.last, end):
            token = tokens[i]
            if (
                token in self._cue_article
                or token in self._cue_intensifier
                or token in self._cue_every
            ):
                continue
            if token in ("those", "these"):  # "every single one of those ..." (hateprobe3)
                continue
            if self._group_named_at(tokens, i, end):
                return Kind.GROUP, IDENTITY_NOTE
            if token in self._cue_plural_pronoun and self._names_identity(ctx, hit):
                # "Women think they're special. I hate them."
                return Kind.GROUP, IDENTITY_NOTE
            break
        return self._person_object(ctx, hit, target), ""

    def _opinion_denied(self, ctx: Context, hit: Hit) -> bool:
        """ "I don't think women are inferior", "non direi mai che...": the writer denies the
        claim that follows a negated opinion or saying verb in the same clause."""
        if not ctx.mentions_any("negation", self._cue_negation):
            return False
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        before = ctx.tokens[start : hit.first]
        for i, token in enumerate(before):
            if token in self._cue_negation or token == "t":  # "don't" leaves a "t"
                asked = [t for t in before[i + 1 : i + 3] if t != "t"][:1]
                if asked and asked[0] in self._cue_second_person:
                    return False  # "don't you think women are...": a question that asserts
                verbs = before[i + 1 : i + 4]
                if any(
                    (v in self._cue_opinion or v in self._cue_saying) and v not in self._cue_link
                    for v in verbs
                ):
                    return not any(ctx.pause_after(j) for j in range(start + i, hit.first))
        return False

    def _sworn_at_group(self, ctx: Context, hit: Hit) -> bool:
        """A swear word right before an identity group: "fuck (all) immigrants".

        Only a curse: "a queer woman" and "they raped the women" name or describe.
        """
        tokens = ctx.tokens
        if self._cue_expletive.isdisjoint(hit.entry.tokens) and not (
            not self._cue_harm_verb.isdisjoint(hit.entry.tokens) and self._wished(ctx, hit)
        ):
            return False
        i = hit.last
        while i < len(tokens) and tokens[i] in ("all", "the", "those", "these", "them"):
            i += 1
        if i >= len(tokens) or ctx.pause_after(hit.last - 1):
            return False
        return self._group_named_at(tokens, i, len(tokens))

    def _wished(self, ctx: Context, hit: Hit) -> bool:
        """A verb said as an order or a wish: it opens its sentence or follows a modal
        ("kill muslims", "we should kill muslims", "I want to kill muslims")."""
        if ctx.starts_sentence(hit.first):
            return True
        if ctx.lets_before(hit.first):
            return True  # hatecheck21: "let's kill muslims", "let us kill ..."
        previous = ctx.tokens[hit.first - 1]
        if previous == "to":  # "want to kill", not "ISIS like to rape"
            return hit.first > 1 and ctx.tokens[hit.first - 2] in self._cue_wishing
        return previous in self._cue_modal

    def _framed_as_false(self, ctx: Context, hit: Hit) -> bool:
        """ "It's not true that immigrants are criminals", "non è vero che": a claim denied;
        but "è vero che le donne sono inferiori" affirms it ("è vero" denies only after
        "non")."""
        if not ctx.mentions_any("denial", self._cue_denial):
            return False
        if claim_judged(ctx, hit):  # "the stereotype that women are lazy is false"
            return True
        words = ctx.tokens[ctx.sentence_start(hit.first, SENTENCE_REACH) : hit.first]
        negation = self._cue_negation
        return any(
            pair in DENIAL_PAIRS and (pair != _IS_TRUE or (i > 0 and words[i - 1] in negation))
            for i, pair in enumerate(itertools.pairwise(words))
        )

    def _slur_target(self, ctx: Context, hit: Hit) -> TargetKind:
        """A slur is aimed at its group, unless the writer claims it as their own.

        "I'm a proud dyke", "as a dyke", "we dykes": the writer, an optional
        copula, article and one adjective, then the word. "I met a dyke" and
        "I am sick of dykes" stay aimed at the group.
        """
        before = ctx.tokens[ctx.sentence_start(hit.first, BEFORE) : hit.first]
        if before[-1:] and before[-1] in ("we", "us", "noi"):  # italian14: "noi froci"
            return Kind.SELF
        rest = list(before)
        if rest and rest[-1] not in self._cue_article and rest[-1] not in self._cue_copula:
            rest.pop()  # one adjective: "proud"
        if rest and rest[-1] in self._cue_article:
            rest.pop()
        if rest and rest[-1] == "as":
            return Kind.SELF
        if rest and rest[-1] in self._cue_copula and rest[-1] not in ("is", "s", "are", "re"):
            rest.pop()  # "am", "m": the writer's own copula
            if rest and (rest[-1] in self._cue_self or rest[-1] in self._cue_speaker_subject):
                return Kind.SELF
        return Kind.GROUP

    def _denied_by_quantifier(self, ctx: Context, hit: Hit) -> bool:
        """A claim denied: "no immigrant deserves ...", or (italian15) a generalisation
        with "non tutti" / "not all" before the group ("not all women are stupid")."""
        return self._denied_by_no(ctx, hit) or denied_not_all(ctx, hit, self._group_end)

    def _denied_by_no(self, ctx: Context, hit: Hit) -> bool:
        """A sentence opened by "no"/"nobody" with a word between it and the hit.

        "No immigrant deserves to die" denies; "No idiot, ..." is a vocative.
        """
        cues = self._cues
        if self._cue_negative_quantifier.isdisjoint(
            ctx.tokens[max(0, hit.first - NEGATION_REACH) : hit.first - 1]
        ):
            return False  # no "no" close before the hit (most hits)
        start = ctx.sentence_start(hit.first, NEGATION_REACH)
        if (
            hit.first - start < 2
            or not ctx.starts_sentence(start)
            or ctx.tokens[start] not in self._cue_negative_quantifier
            or ctx.pause_after(start)
        ):
            return False
        between = ctx.tokens[start + 1 : hit.first]
        if any(t in self._cue_second_person and t not in self._cue_possessive for t in between):
            return False  # "no man you retard": an answer, then a name for the reader
        following = between[0]  # "no you idiot" answers; "no immigrant" denies
        if following in _NO_AS_SURE:
            return False  # formspring4: "no wonder nobody likes you" affirms
        return following not in self._lexicon.rule_words or any(
            following in cues[name]
            for name in ("identity", "identity_adjective", "people", "group_noun")
        )

    def _names_person_after(self, ctx: Context, hit: Hit) -> bool:
        """The word after the hit is a person noun: it describes a person, not a thing."""
        return (
            hit.last < len(ctx.tokens)
            and not ctx.pause_after(hit.last - 1)
            and ctx.tokens[hit.last] in self._cue_person_noun
        )

    def _in_room(self, ctx: Context, hit: Hit) -> bool:
        """The team, the lobby, everyone: the group in the chat, next to the hit."""
        room = self._cue_room
        if not ctx.mentions_any("room", room):
            return False
        start = max(ctx.sentence_start(hit.first, ROOM_REACH), hit.first - ROOM_REACH)
        end = min(ctx.sentence_end(hit.last - 1, ROOM_REACH), hit.last + ROOM_REACH)
        return not room.isdisjoint(ctx.tokens[start:end])

    def _named_subject(self, ctx: Context, hit: Hit) -> bool:
        """ "Mike is an idiot", "the healer is a clown", "our mid is useless": a person
        named by a name or a role, then a copula, then the words.

        A name is a word no list knows, with no article ("the printer is trash" is a
        thing); "my brother is an idiot" is family talk and stays with the rules.
        """
        start = ctx.sentence_start(hit.first, BEFORE)
        if not ctx.starts_sentence(start):
            return False
        tokens = ctx.tokens[start : hit.first]
        for i, token in enumerate(tokens):
            if token in self._cue_third_copula:
                subject, rest = tokens[:i], tokens[i + 1 :]
                break
        else:
            return False
        bridge, article, partitive = self._cue_bridge, self._cue_article, self._cue_partitive
        if not all(t in bridge or t in article or t in partitive for t in rest):
            return False
        if self._attributive_at(ctx, hit):
            return False  # "vi is a stupid editor": the word describes the editor
        return self._names_a_person(subject)

    def _names_a_person(self, subject: list[str]) -> bool:
        """A subject of one or two words that names a person: "the tank", "this guy",
        "she", or a word no list knows (a player's or a public figure's name)."""
        if len(subject) == 2 and (
            subject[0] in self._cue_role_determiner or subject[0] in self._cue_demonstrative
        ):
            return subject[1] in self._cue_role or subject[1] in self._cue_person_noun
        return len(subject) == 1 and (
            subject[0] in self._cue_role
            or subject[0] in self._cue_person_pronoun
            or subject[0] not in self._lexicon.rule_words
        )

    def _pointed_at(self, ctx: Context, hit: Hit) -> bool:
        """ "look at that moron", "segnalate sto coglione": a demonstrative right before a
        name-call points at someone; before a judging word it describes a thing
        ("that stupid phone")."""
        tokens = ctx.tokens
        return (
            hit.first > 0
            and tokens[hit.first - 1] in self._cue_demonstrative
            and hit.entry.category is Cat.INSULT
            and self._cue_descriptive.isdisjoint(hit.entry.tokens)
            and tokens[hit.last : hit.last + 1] not in (["of"], ["di"])  # "that idiot of a printer"
        )

    def _name_call(self, ctx: Context, hit: Hit) -> bool:
        """A short chat line that is a name-call: "noob", "idiot ursa", "stupid player".

        In chat a bare insult is said to someone present. A pronoun, an article
        or a negator in the line means the longer rules have already spoken
        ("that's trash", "not stupid"); ambiguous identity words ("finocchio")
        are food as often, so only insults count.
        """
        if hit.entry.category is not Cat.INSULT:
            return False
        start = ctx.sentence_start(hit.first, NAME_CALL_LENGTH)
        end = ctx.sentence_end(hit.last - 1, NAME_CALL_LENGTH)
        if not ctx.starts_sentence(start) or end - start > NAME_CALL_LENGTH:
            return False
        if end < len(ctx.tokens) and not ctx.stop_after(end - 1):
            return False
        return self._blockers.isdisjoint(ctx.tokens[start:end]) and not self._attributive_at(
            ctx, hit
        )
