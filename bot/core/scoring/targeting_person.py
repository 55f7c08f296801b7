"""Targeting rules, part two: the person rules (a cue near the hit, orders, vocatives,
mentions, replies).
"""

from __future__ import annotations

import itertools

from bot.core.scoring import forum22_words as f22
from bot.core.scoring import person13_words as p13
from bot.core.scoring.discord16_words import CHAT_TAGS
from bot.core.scoring.gamechat14_words import ORDINARY_ANCHORS
from bot.core.scoring.italian25_words import italian_article
from bot.core.scoring.targeting_context import AFTER, BEFORE, SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_orders import OrderRules, opens_with_order
from bot.core.scoring.verdict import TargetKind


class PersonRules(OrderRules):
    """Who a hit is aimed at by the person cues around it."""

    # Words that are anchors only for a later round's own shape ("kids", "had"): still
    # loose words here, as they were before (hateprobe7 and loose_terms.py set them).
    _unanchored: frozenset[str] = frozenset()

    def _aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        """The person rules: a cue near the hit, orders, vocatives, mentions, replies."""
        cues = self._cues
        tokens = ctx.tokens
        before = tokens[ctx.sentence_start(hit.first, BEFORE) : hit.first]
        after = tokens[hit.last : ctx.sentence_end(hit.last - 1, AFTER)]
        entry = hit.entry
        if ctx.quoted(hit.first, hit.last):
            return Kind.REPORTED, ""
        if self._signed_off(ctx, hit):  # "you said I was dumb, idiot": the last word is said
            if ctx.near_order(hit.first):
                return Kind.IMPERATIVE, ""  # "shut up, moron"
            return (Kind.MENTION if ctx.mentioned else Kind.SECOND_PERSON), ""
        said = before
        if not self._cue_reported.isdisjoint(before):  # a speech verb (few hits)
            said = before[self._own_clause(ctx, hit, before) :]
        speech = self._speech(
            said,
            opens=ctx.starts_sentence(hit.first - len(said)),
            order=entry.aim is Kind.IMPERATIVE,
        )
        if speech is Kind.REPORTED:
            return Kind.REPORTED, ""
        if not self._cue_counter.isdisjoint(after) and not self._cue_okay.isdisjoint(after):
            return Kind.REPORTED, "counter-speech"
        if entry.category is Cat.THREAT and ctx.gaming and not ctx.in_real_life:
            return entry.aim or Kind.SECOND_PERSON, "gaming talk"
        note = "negated" if self._negated(ctx, hit, before) or self._denied(before) else ""
        if speech is not None:
            return speech, note  # "ti ho chiamato idiota": said to the reader
        aim = entry.aim
        if aim is Kind.IMPERATIVE and not self._order_form(ctx, hit, before):
            aim = None  # "to piss off the liberals", "due ragazzi ammazzati": not an order
        if aim is Kind.IMPERATIVE and after and after[0] in self._cue_dative:
            return Kind.OBJECT, note  # "vaffanculo al lunedì": sent at Monday
        if aim is Kind.IMPERATIVE and self._at_thing(ctx, hit, after):
            return Kind.OBJECT, note  # "vaffanculo sto lag", "fuck me, missed again"
        if aim is not None:
            return aim, note
        like = after[1:] if after[:1] == ["such"] else after  # "maggots such as yourself"
        if like[:1] in (["like"], ["as"]) and like[1:2]:
            if like[1] in self._cue_second_person:
                return Kind.SECOND_PERSON, note  # "idiots like you", "as dumb as you"
            if like[1] in self._cue_self or like[1] == "us":
                return Kind.SELF, note  # "all of you cowards, like me": one of them
        second = self._cue_second_person
        if not second.isdisjoint(after) and any(  # a C-level look first: most have no "you"
            a in second and b in self._cue_copula for a, b in itertools.pairwise(after)
        ):
            return Kind.SECOND_PERSON, note  # "how stupid you are", "what a loser you are"
        if self._relative_you(after):
            return Kind.SECOND_PERSON, note  # "che idiota che sei"
        pause = ctx.pause_after(hit.last - 1)
        if self._exclaimed(hit, before, after, pause):  # "what a loser!", "what an idiot."
            if ctx.mentioned:
                return Kind.MENTION, note
            return Kind.SECOND_PERSON, note
        if self._endeared(ctx, hit, before, pause):
            return Kind.SECOND_PERSON, note  # "yes my filthy little troll..."
        target = self._person(hit, before, after, pause)
        if target is Kind.NONE and not self._attributive(hit, after, pause):
            start = ctx.sentence_start(hit.first, SENTENCE_REACH)
            if self._vocative(ctx, hit, before, pause):
                target = Kind.SECOND_PERSON
            elif ctx.near_order(hit.first) or (
                ctx.starts_sentence(start) and opens_with_order(tokens, start, cues)
            ):
                target = Kind.IMPERATIVE
            elif ctx.mentioned:
                target = Kind.MENTION
            elif ctx.is_reply:
                target = Kind.REPLY
        return target, note

    def _after_exclamation(self, before: list[str], i: int) -> bool:
        """Only an interjection or a swear word stands before the demonstrative: "damn
        that sucks", "ugh this is trash" are about a thing, not "that" as an intensifier."""
        return all(word in self._cue_interjection or word in self._words for word in before[:i])

    def _own_clause(self, ctx: Context, hit: Hit, before: list[str]) -> int:
        """Where the writer's own clause starts after a speech verb (0: none): a first-person
        subject after a link, a pause ending a finished saying or a condition's clause ("you
        called me a rat, so i will kill you"); "he said i will kill you" stays one saying."""
        reported = self._cue_reported
        offset = hit.first - len(before)
        words, groups = [*before, *hit.entry.tokens], self._cue_identity  # subject: maybe the hit's
        for j in range(len(before), 1, -1):  # not Italian "i" before a group: "i gay sono ..."
            if words[j] not in p13.OWN_SUBJECTS or not groups.isdisjoint(words[j + 1 : j + 2]):
                continue
            verb = next((v for v in range(j - 2, -1, -1) if before[v] in reported), -1)
            if verb < 0:
                return 0
            said = before[verb + 1 : j]
            if before[j - 1] in p13.CLAUSE_LINKS:
                finished = len(said) > 1
            elif ctx.pause_after(offset + j - 1):
                finished = any(t not in p13.SAID_FILLERS for t in said)
            else:
                finished = before[0] in p13.CONDITIONS and ctx.starts_sentence(offset)
            if finished:
                return j
        return 0

    def _signed_off(self, ctx: Context, hit: Hit) -> bool:
        """A name-call set apart by a pause at the very end of the message: a vocative
        ("..., idiot"), whatever the sentence before it reported."""
        return (
            hit.last >= len(ctx.tokens)
            and hit.first > 0
            and hit.entry.category is Cat.INSULT
            and ctx.pause_after(hit.first - 1)
            and self._cue_descriptive.isdisjoint(hit.entry.tokens)
        )

    def _at_thing(self, ctx: Context, hit: Hit, after: list[str]) -> bool:
        """An order sent at a thing or said of oneself: "vaffanculo sto lag", "fuck this
        patch", "fuck me, missed again". "fuck this guy", "fuck me daddy" stay orders.
        """
        cues = self._cues
        if hit.entry.tokens[-1] in self._cue_self:  # "fuck me" alone is said to someone
            return hit.last < len(ctx.tokens) and ctx.pause_after(hit.last - 1)
        if not after or after[0] not in self._cue_demonstrative:
            return False
        named = after[1:2]
        return not any(
            not cues[name].isdisjoint(named)
            for name in ("person_noun", "identity", "identity_adjective", "room", "people", "role")
        )

    def _attributive(self, hit: Hit, after: list[str], pause: bool) -> bool:
        """A judging word that describes the ordinary word right after it.

        In "go back to picking through trash barrels" or "stop asking stupid
        questions" the word judges a thing, so no order or reply aims it at a person.
        """
        return (
            not pause
            and bool(after)
            and (after[0] not in self._lexicon.rule_words or after[0] in ORDINARY_ANCHORS)
            and after[0] not in CHAT_TAGS  # "so annoying fr": a tag, no thing described
            and not self._cue_descriptive.isdisjoint(hit.entry.tokens)
        )

    def _attributive_at(self, ctx: Context, hit: Hit) -> bool:
        """ "a stupid question about women": the word judges the thing after it."""
        after = ctx.tokens[hit.last : ctx.sentence_end(hit.last - 1, AFTER)]
        return self._attributive(hit, after, ctx.pause_after(hit.last - 1))

    def _relative_you(self, after: list[str]) -> bool:
        """ "che idiota che sei", "idiota che non sei altro": the reader is what the hit names.

        A relative word right after the hit, then (past a negator) a word that is
        both a copula and second person ("sei", "siete").
        """
        if not after or after[0] not in self._cue_relative:
            return False
        rest = after[1:3]
        if rest[:1] and rest[0] in self._cue_negation:
            rest = rest[1:]
        return bool(rest) and rest[0] in self._cue_copula and rest[0] in self._cue_second_person

    def _vocative(self, ctx: Context, hit: Hit, before: list[str], pause: bool) -> bool:
        """A name-call addressed to someone rather than describing a thing.

        "Hey moron", "Fucking idiot!", "You are wrong, idiot!", "Shows what you know
        dipshit." - the insult stands alone at a clause edge ("that is stupid" does not).
        """
        if not self._cue_descriptive.isdisjoint(hit.entry.tokens):
            return False  # "Trash.", "Pathetic!": a verdict on what was said, not a name
        if before and before[-1] in self._cue_vocative:
            return True
        if ctx.starts_sentence(hit.first) and not self._cue_second_person.isdisjoint(
            ctx.tokens[hit.last : hit.last + 2]
        ):
            return True  # "Idiot, you forgot the link", "Pig Maher, you forgot"
        if not pause:
            return False
        if before and before[-1] in self._cue_interjection:
            return True  # "No idiot, ...", "Sorry dickhead."
        if before and before[-1] in self._words and before[-1] not in self._cue_bridge:
            return True  # stacked names: "that fucking asshole moron!", "dumb ignoramus."
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        if (
            ctx.starts_sentence(start)
            and not (hit.entry.person_only and len(hit.entry.tokens) > 1)  # "nobody wants"
            and all(
                t in self._cue_bridge or t in self._words for t in ctx.tokens[start : hit.first]
            )
        ):
            return True  # the whole sentence is a name-call
        window = ctx.tokens[start : hit.last + AFTER]
        if self._cue_second_person.isdisjoint(window):
            return False  # nobody is addressed in this sentence
        for previous in reversed(before):  # past adjectives: "that little brat"
            if previous in self._closing:
                return False
            if previous not in self._cue_bridge:
                return True
        return True

    def _endeared(self, ctx: Context, hit: Hit, before: list[str], pause: bool) -> bool:
        """ "my little idiot", "yes my filthy little troll": mock endearment, said to the reader.

        "my" opens the sentence (or follows an interjection), a diminutive ("little",
        "dear") sits between it and a name-call that ends the clause; "my little
        brother is an idiot" and "my stupid little printer" describe someone or something.
        """
        if not pause or not self._cue_descriptive.isdisjoint(hit.entry.tokens):
            return False
        for i in range(len(before) - 1, -1, -1):
            if before[i] in self._cue_endearing:
                between = before[i + 1 :]
                if self._closing.isdisjoint(between) and not self._cue_diminutive.isdisjoint(
                    between
                ):
                    at = hit.first - len(before) + i
                    return ctx.starts_sentence(at) or (
                        i > 0 and before[i - 1] in self._cue_interjection
                    )
                return False
        return False

    def _exclaimed(self, hit: Hit, before: list[str], after: list[str], pause: bool) -> bool:
        """A name-call exclaimed with "what a ...": said to or about someone present.

        "what a stupid question" stays clean (a descriptive word judging a thing),
        and "what a loser he is" is about a third person: the name ends the clause.
        """
        if not self._cue_descriptive.isdisjoint(hit.entry.tokens):
            return False
        if after and not pause:
            return False  # "what a bigot like him", "what a dork this clown is"
        loose = 0  # one describing word of any kind: "what a funny cunt"
        for i in range(len(before) - 1, 0, -1):
            if before[i] in self._cue_article and before[i - 1] == "what":
                return before[i] in ("a", "an")
            if before[i] not in self._cue_bridge:
                loose += 1
                if loose > 1:
                    return False
        return False

    def _person(self, hit: Hit, before: list[str], after: list[str], pause: bool) -> TargetKind:
        """The nearest person cue before a hit (then just after it) decides the target.

        Second person counts only when bound to the hit by copulas, articles and
        intensifiers ("you are a complete idiot"; "you are wrong, idiot" allows one
        other word after a copula); a "you" in another clause ("I don't think you
        can blame him, that call was stupid") does not.
        """
        second = self._cue_second_person
        bridge = self._cue_bridge
        anchors = self._lexicon.anchors
        loose = 0
        if before:  # the lists each word before the hit is tested against, looked up once
            number, own, thing = self._cue_number, self._cue_self, self._cue_object
            third, identity = self._cue_third_person, self._cue_identity
        for i in range(len(before) - 1, -1, -1):
            token = before[i]
            if token in number and i == len(before) - 1 and self._counted(after, pause):
                return Kind.THIRD_PERSON  # "sei idioti hanno votato": six of them
            if token in second:
                following = before[i + 1] if i + 1 < len(before) else None
                if (
                    loose
                    and not (loose == 1 and following in self._cue_copula)
                    and not self._named_at_end(token, loose, hit, pause)
                ):
                    continue
                if following in self._cue_group:
                    return Kind.GROUP
                if token in self._cue_possessive:
                    if not self._cue_indefinite.isdisjoint(before[i + 1 :]):
                        return Kind.SECOND_PERSON  # "your still a ...": misspelt "you're"
                    if i == len(before) - 2 and self._owned_then_named(before[-1], hit, pause):
                        return Kind.SECOND_PERSON  # "clean your room slob"
                    return self._possessive(following, pause, hit, after)
                return Kind.SECOND_PERSON
            if token in own:
                if token == "i" and italian_article(before, i, hit.entry.tokens[0]):
                    continue  # "i soliti beoti applaudono": the Italian article, not "I"
                if token in p13.MY and i + 1 < len(before) and before[i + 1] in p13.KIN:
                    return Kind.THIRD_PERSON  # "il mio capo è uno stronzo"
                return Kind.SELF
            if token in thing:
                if (
                    not loose
                    and pause
                    and token in bridge
                    and i > 0
                    and not self._after_exclamation(before, i)
                ):
                    continue  # "are you really that stupid?": "that" as intensifier
                if i + 1 < len(before) and before[i + 1] in self._cue_person_noun:
                    return Kind.THIRD_PERSON  # "this guy is an idiot"
                if token in p13.MY and i + 1 < len(before) and before[i + 1] in p13.KIN:
                    return Kind.THIRD_PERSON  # "my boss is a moron": a person, no thing
                return Kind.OBJECT
            if (
                token in third
                or token in identity
                or (
                    token in self._cue_people
                    and i > 0
                    and before[i - 1] in self._cue_identity_adjective
                )
            ):
                return Kind.THIRD_PERSON  # "I think immigrants are disgusting"
            if token not in bridge and (token not in anchors or token in self._unanchored):
                loose += 1
        if after and after[0] in second:
            return Kind.SECOND_PERSON
        if before and before[-1] in self._cue_article and not pause:
            return Kind.OBJECT  # "a stupid question", "the stupid job hunt"
        return Kind.NONE

    def _owned_then_named(self, owned: str, hit: Hit, pause: bool) -> bool:
        """ "clean your room slob", "pull up your pants creep": a name-call closing its clause
        right after "your <thing>" calls the reader, whether or not the thing's word anchors a
        lexicon phrase; "your brother idiot" and "your mid noob" name someone else."""
        return (
            pause
            and hit.entry.category is Cat.INSULT
            and len(hit.entry.tokens) == 1  # a name, not a saying ("i tuoi amici fanno schifo")
            and self._cue_descriptive.isdisjoint(hit.entry.tokens)
            and owned not in self._cue_person_noun
            and owned not in self._cue_role
            and owned not in self._cue_family
            and owned not in p13.KIN
            and owned not in f22.KIN
        )

    def _named_at_end(self, token: str, loose: int, hit: Hit, pause: bool) -> bool:
        """ "you shit faced slut", "you lazy good for nothing idiot": "you", a couple of
        describing words, then a name-call that ends the clause."""
        return (
            loose <= 2
            and pause
            and token not in self._cue_possessive
            and self._cue_descriptive.isdisjoint(hit.entry.tokens)
        )

    def _counted(self, after: list[str], pause: bool) -> bool:
        """A plural verb right after "<number> <hit>": the number counts other people."""
        return not pause and bool(after) and after[0] in self._cue_plural_verb

    def _possessive(
        self, following: str | None, pause: bool, hit: Hit, after: list[str]
    ) -> TargetKind:
        """Who "your ... <hit>" is about.

        "your an idiot" and "your so stupid!" are misspelt "you're"; "your leader is
        a loser" is about the leader and "your pathetic orchard" about a thing, but
        "your ignorant ass" and "your fat worthless azz" stand for the reader.
        """
        if following is not None and (
            following in self._cue_article or following in self._cue_family
        ):
            return Kind.SECOND_PERSON  # "your a loser", "your mom is a whore"
        if pause and (following is None or following in self._cue_bridge):
            return Kind.SECOND_PERSON
        if following is None and hit.entry.tokens[0] in self._cue_family:
            return Kind.SECOND_PERSON  # "how's your mom's basement?"
        if following is None and not pause and after and after[0] in self._cue_complement:
            return Kind.SECOND_PERSON  # "your ignorant as fuck": said of the reader
        if following is None or following in self._cue_bridge:
            stand_in = self._cue_stand_in
            if stand_in.isdisjoint(hit.entry.tokens[-1:]) and (
                pause or stand_in.isdisjoint(after[:2])
            ):
                return Kind.OBJECT
            return Kind.SECOND_PERSON
        return Kind.THIRD_PERSON

    # --- verdict ------------------------------------------------------------------
