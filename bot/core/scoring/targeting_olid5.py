"""Targeting rules from the olid5 round (issue 8, eighth session): who OLID's replies
attack, read by the grammar of the attack. The new words are lexicon lines under "olid5"
comments and olid5_words.py; these rules say when they are aimed, and leave them
untargeted (a note) everywhere else.

- The reader said to lie: "you" as the liar, only helpers and adverbs before the verb
  ("you lie", "you're lying", "all you do is lie", "you have lied from day one"); an
  order to stop ("stop lying", "just quit lying"); the reader's lies ("spare us your
  lies"); "you lying sack". A posture ("lying in bed", "lie down"), the writer's own ("i
  lied"), a denial ("you didn't lie"), a hedge or a report ("i think you're lying", "he
  said you lied", "if you lie"), a question ("did you lie?") or laughter ("you're lying
  😂", disbelief at good news) are no accusation. A lie said of someone spoken of ("he
  is lying", "lying politicians") is left alone: OLID's readers mostly counted it as no
  offence, a claim about the facts.
- What a person is said to be: a word that judges people (evil, fake, terrible, a
  menace, a puppet, a thief, nothing...) as the predicate of the reader's, a pronoun's
  or "this man"'s copula, articles and intensifiers between ("he is evil", "you are a
  total menace", "she's nothing", "he is a terrible president", "a war criminal": one
  describing word before a noun), closing its clause or followed by a person noun;
  said to the reader with laughter ("ur a menace lmao") it is teasing.
  "they" and "these people" take only the words said of people alone ("these people
  are treasonous"). A description that goes on ("he is fake news", "terrible at golf"),
  a question ("is he evil?"), a denial ("he is not evil") or a report ("she said he is
  a puppet") are not this rule's.
- In a reply or a message with a mention (its thread is about someone, as olid4 reads
  it), people pointed at and judged: "these people are pathetic", "those folks are
  morons", with any judging word of the lexicon; a bare "they" is left to the older
  rules ("they are annoying" may be bugs).
- In a reply or with a mention, an exclamation judging a person: "what a (smug little)
  jerk he is", "what a fool this senator is", "how pathetic you are" ("what a monster
  he is" is awe as often); "how dumb is this rule", "how ugly the weather is" exclaim
  about a thing, which a reply's mention no longer takes for its target.
- A judging word right before a thing a post is made of, in a reply that never speaks to
  the reader: "the most idiotic thing i've seen", "dumb argument" judge the post.
- Sent back: "go back to" as an order, with a place named ("go back to russia") or a
  hole of the reader's ("go back to your cave"); "go back to sleep", "go back to the
  start", "i'd love to go back to italy" send no one away.

All read only their own hits and a few tokens before and after them (the hit path), with
a frozenset test first, so cost stays O(1) and messages without these words pay nothing.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid4_words as o4
from bot.core.scoring import olid5_words as w
from bot.core.scoring.discord16_words import CHAT_TAGS
from bot.core.scoring.targeting_context import (
    IDENTITY_NOTE,
    NAMED_NOTE,
    SAID_OF_NOTE,
    SENTENCE_REACH,
    Context,
    Hit,
)
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_gamechat9 import GameChat9Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE, POLITICAL_NOTE
from bot.core.scoring.verdict import TargetKind

NO_LIAR_NOTE: Final = "no one said to lie"
NOT_SAID_OF_NOTE: Final = "not said of a person"
_OWN_TERMS: Final = w.LIE_TERMS | w.PREDICATES | {w.SEND_BACK}
NO_SEND_OFF_NOTE: Final = "no one sent away"
_READER, _ONE, _PLURAL, _THEY = 0, 1, 2, 3  # who a predicate is said of
_PLURALS: Final = frozenset({_PLURAL, _THEY})
_PLURAL_CUES: Final = w.POINTERS  # a cheap gate before the window walk
_EXCLAIM_LEADS: Final = frozenset({"what", "how"})
_EXCLAIMED_READ: Final = frozenset(
    {Kind.NONE, Kind.OBJECT, Kind.MENTION, Kind.REPLY, Kind.THIRD_PERSON}
)
_THING_READ: Final = frozenset({Kind.NONE, Kind.MENTION, Kind.REPLY})
THING_EXCLAIMED_NOTE: Final = "an exclamation about a thing"
POST_JUDGED_NOTE: Final = "said of a post's words, not of its writer"
_JUDGING: Final = frozenset({Cat.INSULT, Cat.BODY_SHAMING})
# Notes that aim rather than cancel: this round's words are aimed by its own shapes only.
_AIMING_NOTES: Final = frozenset(
    {SAID_OF_NOTE, OUTRIGHT_NOTE, POLITICAL_NOTE, NAMED_NOTE, IDENTITY_NOTE}
)


class Olid5Rules(GameChat9Rules):
    """The reader's lies, what a person is said to be, people pointed at and judged,
    exclamations about a person or a thing, a post's words judged, send-offs."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note); this round's own words only in their shapes."""
        target, note = super().reread(ctx, hit, target, note)
        term = hit.entry.term
        if term not in _OWN_TERMS:
            replying = ctx.mentioned or ctx.is_reply  # a reply's thread is about someone
            if (
                replying
                and (not note or note == SAID_OF_NOTE)
                and target in _EXCLAIMED_READ
                and hit.entry.category in _JUDGING
                and not _EXCLAIM_LEADS.isdisjoint(ctx.tokens[max(0, hit.first - 4) : hit.first])
            ):
                return self._olid5_exclaimed(ctx, hit, target, note)
            if (
                replying
                and not note
                and target in _EXCLAIMED_READ
                and hit.entry.category in _JUDGING
                and self._olid4_accusing.isdisjoint(hit.entry.tokens)
                and ctx.mentions_any("olid5_plural", _PLURAL_CUES)
                and self._olid5_people_judged(ctx, hit)
            ):
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "these people are idiots"
            if (
                not note
                and (target is Kind.MENTION or target is Kind.REPLY)
                and hit.entry.category in _JUDGING
                and self._olid5_post_judged(ctx, hit)
            ):
                return Kind.OBJECT, POST_JUDGED_NOTE  # "the most idiotic thing i've seen"
            return target, note
        if (note and note not in _AIMING_NOTES) or target is Kind.REPORTED:
            return target, note  # quoted, negated, counter-speech: the older rules' word
        if term in w.LIE_TERMS:
            return self._olid5_liar(ctx, hit)
        if term == w.SEND_BACK:
            return self._olid5_sent_back(ctx, hit)
        return self._olid5_said_of(ctx, hit)

    def _olid5_sent_back(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        """ "go back to russia", "go back to your cave": an order sending the reader to a
        place named, or to a hole of theirs; else no one is sent away."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        start = ctx.sentence_start(first, SENTENCE_REACH)
        if not w.SEND_BACK_OWN.isdisjoint(tokens[start:first]):
            return Kind.OBJECT, NO_SEND_OFF_NOTE  # "i want to go back to italy"
        if first > start and not all(
            word in w.SEND_BACK_LEADS or self._discord8_name(word) for word in tokens[start:first]
        ):
            return Kind.OBJECT, NO_SEND_OFF_NOTE  # "the team will go back to basics"
        if ctx.closes_clause(last):
            return Kind.OBJECT, NO_SEND_OFF_NOTE
        place = tokens[last]
        if place in w.READER_OWNED:
            if last + 1 < len(tokens) and tokens[last + 1] in w.HOLES:
                return Kind.IMPERATIVE, ""  # "go back to your hole"
            return Kind.OBJECT, NO_SEND_OFF_NOTE  # "go back to your seat"
        if place in w.PLACES or self._discord8_name(place):
            return Kind.IMPERATIVE, ""  # "go back to russia", "go back to tumblristan"
        return Kind.OBJECT, NO_SEND_OFF_NOTE  # "go back to sleep", "go back to the start"

    def _olid5_liar(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        """Who a lie verb accuses, or a note: no one."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        term = hit.entry.term
        if self._olid5_laughing(ctx):
            return Kind.OBJECT, NO_LIAR_NOTE  # "you're lying 😂": disbelief, not an accusation
        if last < len(tokens) and not ctx.pause_after(last - 1):
            after = tokens[last]
            if after in w.POSTURES:
                return Kind.OBJECT, NO_LIAR_NOTE  # "lying in bed", "lie down"
            if term == "lying" and (after in w.LYING_PEOPLE or self._olid5_people(after)):
                before = tokens[first - 1] if first > 0 else ""
                if before in w.READERS:
                    return Kind.SECOND_PERSON, ""  # "you lying sack"
                return Kind.OBJECT, NO_LIAR_NOTE  # "lying politicians": a claim, no insult
        start = ctx.sentence_start(first, SENTENCE_REACH)
        if first > start:
            before = tokens[first - 1]
            if term == "lies" and before in w.READER_POSSESSORS:
                if not w.LIE_REPORTED.isdisjoint(tokens[start : first - 1]):
                    return Kind.OBJECT, NO_LIAR_NOTE
                return Kind.SECOND_PERSON, ""  # "spare us your lies"
            if term == "lying" and before in w.LIE_ORDERS:
                opens = first - 1 == start or tokens[first - 2] in w.ORDER_LEADS
                if opens and not ctx.pause_after(first - 2 if first > 1 else 0):
                    return Kind.SECOND_PERSON, ""  # "stop lying", "just quit lying"
        liar = self._olid5_subject(ctx, first, start, w.LIE_BRIDGE, w.LIE_REACH)
        if liar < 0 or tokens[liar] not in w.READERS:
            # "the lie detector", "i lied", "you didn't lie"; "he is lying", "she lies" claim
            # a falsehood of someone spoken of, which readers of the data do not count as abuse
            return Kind.OBJECT, NO_LIAR_NOTE
        if not w.LIE_REPORTED.isdisjoint(tokens[start:liar]):
            return Kind.OBJECT, NO_LIAR_NOTE  # "he said she lied", "if you lie"
        if liar > start and tokens[liar - 1] in w.INVERTED:
            return Kind.OBJECT, NO_LIAR_NOTE  # "are you lying?", "did you lie?"
        return Kind.SECOND_PERSON, ""  # "you lie", "all you do is lie"

    def _olid5_said_of(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        """Whom a predicate word is said of, or a note: no one."""
        said = self._olid5_predicated(ctx, hit)
        if said is None:
            return Kind.OBJECT, NOT_SAID_OF_NOTE  # "fake news", "is he evil?", "a fake account"
        if said in _PLURALS and hit.entry.term not in w.PLURAL_PREDICATES:
            return Kind.OBJECT, NOT_SAID_OF_NOTE  # "they are terrible": maybe the policies
        if said == _READER:
            if self._olid5_laughing(ctx):
                return Kind.SECOND_PERSON, JOKING_NOTE  # "ur a menace lmao": teasing
            return Kind.SECOND_PERSON, ""  # "you are a menace"
        return Kind.THIRD_PERSON, SAID_OF_NOTE  # "he is evil", "they are evil"

    def _olid5_predicated(self, ctx: Context, hit: Hit) -> int | None:
        """Who the hit is the predicate of: _READER, _ONE, _PLURAL or _THEY, or None. The copula's
        subject is the reader, a person pronoun, "this guy" or "these people"/"they";
        only articles and intensifiers between; the hit closes its clause or a person
        noun follows; not asked ("is he evil?"), denied or reported ("she said he is")."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        if (
            last < len(tokens)
            and not ctx.pause_after(last - 1)
            and tokens[last] not in w.PERSON_AFTER
            and tokens[last] not in CHAT_TAGS  # discord16: "she's so fake fr"
        ):
            return None  # "he is fake news", "terrible at golf"
        start = ctx.sentence_start(first, SENTENCE_REACH)
        at = first - 1
        if (
            hit.entry.term in w.NOUN_PREDICATES
            and at - 1 >= start
            and tokens[at - 1] in w.ARTICLES
            and tokens[at] not in w.PREDICATE_BRIDGE
            and not ctx.pause_after(at - 1)
        ):
            at -= 1  # "a war criminal", "a russian spy": one describing word
        while at >= start and first - at <= w.PREDICATE_REACH and tokens[at] in w.PREDICATE_BRIDGE:
            at -= 1
        if at < start or ctx.pause_after(at):
            return None
        word = tokens[at]
        if word in w.JOINED_SUBJECTS:
            subject = at  # "youre evil", "hes a menace"
        elif word in w.COPULAS and at > start and not ctx.pause_after(at - 1):
            subject = at - 1
        else:
            return None  # "a fake account", "is he evil?"
        said = tokens[subject]
        pointed = subject > start and tokens[subject - 1] in w.POINTERS
        if said in w.PLURAL_SUBJECTS:
            kind = _THEY
        elif pointed and said in w.POINTED_PEOPLE:
            kind, subject = _PLURAL, subject - 1  # "these people are treasonous"
        elif said in w.READERS:
            kind = _READER
        elif said in w.SINGULAR_SUBJECTS or said in w.JOINED_SUBJECTS:
            kind = _ONE
        elif (
            subject > start and tokens[subject - 1] in w.POINTING and said in self._cue_person_noun
        ):
            kind, subject = _ONE, subject - 1  # "this man is a danger"
        else:
            return None  # "the plan is terrible"
        if subject > start and tokens[subject - 1] in w.COPULAS:
            return None  # "is he evil?"
        if not w.PREDICATE_REPORTED.isdisjoint(tokens[start:subject]):
            return None  # "she said he is a puppet", "if you are"
        return kind

    def _olid5_people_judged(self, ctx: Context, hit: Hit) -> bool:
        """A judging word said of people pointed at ("these people are disgusting"); a bare
        "they" is left to the older rules ("they are annoying" may be things, and "they
        are such fools" often tells of people the writer only argues about)."""
        return self._olid5_predicated(ctx, hit) == _PLURAL

    def _olid5_exclaimed(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """ "what a (smug) clown he is", "what a joke this senator is", "how foolish she
        is", "how ugly you are": an exclamation judging the person the copula names."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        start = ctx.sentence_start(first, SENTENCE_REACH)
        opened = -1
        for at in range(first - 1, max(start, first - 2 - w.EXCLAIM_MODIFIERS) - 1, -1):
            if ctx.pause_after(at):
                return target, note
            if tokens[at] == "how" and first - at - 1 <= w.HOW_MODIFIERS:
                opened = at
                break
            if (
                tokens[at] in w.WHAT_ARTICLES
                and at > start
                and tokens[at - 1] == "what"
                and not ctx.pause_after(at - 1)
            ):
                opened = at - 1
                break
        if opened < 0 or ctx.closes_clause(last):
            return target, note
        if hit.entry.term in o4.AWED:
            return target, note  # "what a monster he is": awe at a player as often
        if opened > start and tokens[opened - 1] in w.LIE_REPORTED:
            return target, note  # "i don't know how stupid he is"
        who = last
        if (
            tokens[who] in w.POINTING
            and who + 1 < len(tokens)
            and self._olid5_people(tokens[who + 1])
        ):
            who += 1  # "what a clown this governor is"
        elif tokens[opened] == "how" and target in _THING_READ and self._olid5_how_thing(ctx, who):
            return Kind.OBJECT, THING_EXCLAIMED_NOTE  # "how dumb is this rule"
        elif tokens[who] not in w.EXCLAIMED:
            return target, note  # "what a dumb idea that is"
        if who + 1 >= len(tokens) or tokens[who + 1] not in w.EXCLAIMED_COPULAS:
            return target, note
        if ctx.pause_after(who) or not (who + 2 >= len(tokens) or ctx.pause_after(who + 1)):
            return target, note  # "how stupid you are to think..." goes on: left alone
        if tokens[who] in w.READERS:
            return Kind.SECOND_PERSON, ""
        return Kind.THIRD_PERSON, SAID_OF_NOTE

    def _olid5_post_judged(self, ctx: Context, hit: Hit) -> bool:
        """A judging word (not a name-call noun) right before a thing a post is made of
        ("idiotic thing", "ridiculous bullshit", "dumb argument"), and no word of the
        sentence speaking to the reader."""
        tokens = ctx.tokens
        last = hit.last
        if last >= len(tokens) or tokens[last] not in w.THING_NOUNS or ctx.pause_after(last - 1):
            return False
        if not self._cue_name_noun.isdisjoint(hit.entry.tokens):
            return False  # "idiot take"? a name-call noun names a person
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        end = ctx.sentence_end(last, SENTENCE_REACH)
        return w.SPOKEN_TO.isdisjoint(tokens[start:end])

    def _olid5_how_thing(self, ctx: Context, at: int) -> bool:
        """After "how <word>": "is this rule", "the weather is", "is it": a thing, no
        person word in the two words that name it."""
        tokens = ctx.tokens
        if at < len(tokens) and tokens[at] in w.EXCLAIMED_COPULAS:
            at += 1
        if at >= len(tokens) or tokens[at] not in w.THING_OPENERS:
            return False
        named = tokens[at + 1 : at + 3]
        return not any(self._olid5_people(word) for word in named) and w.EXCLAIMED.isdisjoint(named)

    def _olid5_laughing(self, ctx: Context) -> bool:
        """Laughter anywhere in the message ("lol", "lmao", "😂")."""
        return ctx.mentions_any("olid5_laughs", w.LAUGHS) or any(
            mark in ctx.folded for mark in w.LAUGH_MARKS
        )

    def _olid5_subject(
        self, ctx: Context, first: int, start: int, bridge: frozenset[str], reach: int
    ) -> int:
        """The token before the bridge words that lead to `first`, or -1 (none in reach,
        or a pause between)."""
        tokens = ctx.tokens
        at = first - 1
        while at >= start and first - at <= reach and tokens[at] in bridge:
            if ctx.pause_after(at):
                return -1
            at -= 1
        if at < start or ctx.pause_after(at):
            return -1
        return at

    def _olid5_people(self, word: str) -> bool:
        """A word naming people: a person noun, a name-call noun, a political group."""
        return (
            word in self._cue_person_noun
            or word in self._cue_name_noun
            or word in o4.PEOPLE
            or word in o4.POLITICAL_GROUPS
            or word in w.POINTED_PEOPLE
        )
