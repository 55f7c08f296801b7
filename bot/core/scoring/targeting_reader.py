"""Targeting rules, part four: shapes said to the reader that no lexicon line can list.

Swearing and body words ("sex", "cock", "kill", "suck") are never hostile on their
own. The clause around one can still make it abuse aimed at the reader, in shapes
too varied to list as phrases:

- a sexual question or proposal to the reader ("do you want to have sex?", "r u
  horny", "wanna have sex?"), the reader's body ("your wet pussy"), the writer's
  put on the reader ("my cock your face") or demanded ("you wanna scratch my cock");
- a threat with the writer as its subject and the reader as its object ("i want
  to kill you", "kill you");
- "you" and "suck" with one word between ("you still suck");
- a judging word before "bot" or "robot" making a whole line ("dumb bot", "what a
  useless robot"): the listener called a machine;
- a name-call with one noun before "like you" ("a stupid being like you").

Each shape swaps the hit's entry for one of its category aimed at the reader. The
ordinary rules still read it afterwards (quotes, reported speech, counter-speech,
gaming talk), so "he asked if you want to have sex" stays reported. Negated clauses
("i don't want to have sex") and a thing or another person as subject ("this heat
will kill you", "does she want sex?") keep no shape. Only hits already found are
reshaped, so a server's allowed terms still switch a word off, and the work stays on
the hit path.
"""

from __future__ import annotations

import dataclasses
import functools
from typing import Final

from bot.core.scoring.lexicon import Entry, Lexicon
from bot.core.scoring.targeting_context import BEFORE, Context, Hit
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import Category

SEXUAL_WEIGHT: Final = 0.75  # an unwanted advance, as "send nudes" (0.8) or "your pussy" (0.75)
THREAT_WEIGHT: Final = 0.85  # as "i will kill you" (0.9), a little lighter: the wording is free
SUCK_WEIGHT: Final = 0.75  # as "you suck"
JAB_WEIGHT: Final = 0.6  # an identity thrown at the reader as an insult: low severity
_OPENER_REACH: Final = 6  # words from a question's opener to the sexual word it asks about
_RESHAPED: Final = (Cat.PROFANITY, Cat.INSULT)  # what a shape may raise
# After a sexual word, what keeps the clause about the act: "sex with me", "sex tonight".
_SEXUAL_TAIL: Final = frozenset({"with", "me", "tonight", "now"})  # "with" only before "me"
# After "you suck", what keeps it a verdict on the reader: "you still suck at this".
_SUCK_TAIL: Final = frozenset({"at", "so", "lol", "lmao", "haha", "bro", "man", "dude"})
# After "<name-call> <noun> like you", what ends the comparison: "people like you who...".
_LIKE_TAIL: Final = frozenset({"who", "that", "should"})
# After "kill you", what keeps it a threat: "kill you all", "kill you slowly".
THREAT_TAIL: Final = frozenset(
    {"all", "now", "up", "slowly", "soon", "tonight", "irl", "one", "bitch"}
)
_PROPOSING: Final = frozenset({"can", "could", "will", "would"})  # "can we have sex?"
_CHAT_LINE: Final = 24  # longer, a comment's "your" is as often anyone's as the reader's
_ON: Final = frozenset({"on", "in"})
# After "you are gay", what keeps it a verdict: "ur gay lol", "you are so gay bro".
_JAB_TAIL: Final = frozenset({"lol", "lmao", "haha", "bro", "dude", "man", "af"})
_SO: Final = frozenset({"so", "such", "totally", "really", "very", "just", "fucking", "soo"})
# Words after an identity that accept it: "you're gay, we love you", "and that's fine".
_WELCOMING: Final = frozenset(
    {"love", "proud", "welcome", "support", "valid", "congrats", "matter"}
)
_ACCEPT_REACH: Final = 8
_READER: Final = frozenset({"you", "u", "ya", "yall"})  # the reader as an object: "kill you"
_GREETING: Final = frozenset({"hi", "hey", "so", "oh", "god", "omg", "pls", "please", "come"})


class ReaderShapes:
    """The reader shapes for one compiled lexicon (its cue word lists)."""

    def __init__(self, lexicon: Lexicon) -> None:
        cues = lexicon.cues
        self._cues = cues
        # The cue lists the shapes read per hit, bound once (an attribute read, no look-up).
        self._cue_suck_adverb = cues["suck_adverb"]
        self._cue_reader_question = cues["reader_question"]
        self._cue_possessive = cues["possessive"]
        self._cue_machine = cues["machine"]
        self._cue_descriptive = cues["descriptive"]
        self._cue_genital = cues["genital"]
        self._cue_harm_verb = cues["harm_verb"]
        self._cue_identity_jab = cues["identity_jab"]
        self._cue_intent = cues["intent"]
        self._cue_self = cues["self"]
        self._cue_sexual = cues["sexual"]
        self._cue_sexual_order = cues["sexual_order"]
        self._second = cues["second_person"] - cues["possessive"]
        self._openers = cues["interjection"] | _GREETING
        self._negators = cues["negation"] | {"t", "no"}
        # Words whose hit may start a shape: a swearing-only line with one is read on.
        self.triggers = (
            cues["sexual"]
            | cues["genital"]
            | cues["harm_verb"]
            | cues["identity_jab"]
            | frozenset({"suck"})
        )
        self._next_words = cues["machine"] | frozenset({"like"})
        self.wake = self.triggers | self._next_words  # no shape without one of these
        self._accepting = cues["okay"] | _WELCOMING
        # Between "you" and the identity: "are", "re", "so", "such a", "totally".
        self._jab_bridge = cues["copula"] | cues["article"] | cues["intensifier"] | _SO

    def reshape(self, ctx: Context, hits: list[Hit]) -> list[Hit]:
        """`hits`, each one a shape holds for re-aimed at the reader (others unchanged).

        Callers skip it for messages with no word of `wake` (most messages).
        """
        tokens = ctx.tokens
        out: list[Hit] | None = None
        for n, hit in enumerate(hits):
            entry = hit.entry
            if len(entry.tokens) != 1 or entry.category not in _RESHAPED:
                continue
            word = entry.tokens[0]
            if word not in self.triggers and self._next_words.isdisjoint(
                tokens[hit.last : hit.last + 2]
            ):
                continue
            shaped = self._shaped(ctx, hit, word)
            if shaped is not None:
                if out is None:
                    out = list(hits)
                out[n] = hit._replace(entry=shaped)
        return hits if out is None else out

    def _shaped(self, ctx: Context, hit: Hit, word: str) -> Entry | None:
        entry = hit.entry
        if (word in self._cue_sexual or word in self._cue_genital) and self._sexual(ctx, hit, word):
            return _aimed(entry, Cat.SEXUAL_HARASSMENT, SEXUAL_WEIGHT)
        if word in self._cue_harm_verb and self._threat(ctx, hit):
            return _aimed(entry, Cat.THREAT, THREAT_WEIGHT)
        if word == "suck" and self._you_suck(ctx, hit):
            return _aimed(entry, Cat.INSULT, SUCK_WEIGHT)
        if word in self._cue_identity_jab and self._jab(ctx, hit):
            return _aimed(entry, Cat.INSULT, JAB_WEIGHT)
        if entry.category is Cat.INSULT and (
            self._machine_called(ctx, hit) or self._like_you(ctx, hit)
        ):
            return _aimed(entry, Cat.INSULT, entry.weight)
        return None

    def _clause(self, ctx: Context, index: int) -> tuple[int, int]:
        """The clause holding token `index`: its sentence, cut at commas and colons."""
        start = ctx.sentence_start(index, BEFORE * 2)
        first = index
        while first > start and not ctx.pause_after(first - 1):
            first -= 1
        end = ctx.sentence_end(index, BEFORE * 2)
        last = index
        while last + 1 < end and not ctx.pause_after(last):
            last += 1
        return first, last + 1

    def _lead(self, tokens: list[str], start: int, index: int) -> int:
        """Past the greetings and interjections that open a clause ("ok so", "hey")."""
        while start < index and tokens[start] in self._openers:
            start += 1
        return start

    def _sexual(self, ctx: Context, hit: Hit, word: str) -> bool:
        """A sexual word in an advance to the reader (see the module's list)."""
        tokens = ctx.tokens
        i = hit.first
        start, end = self._clause(ctx, i)
        if not self._negators.isdisjoint(tokens[start:i]):
            return False  # "i don't want sex", "no, are you naked? no"
        lead = self._lead(tokens, start, i)
        closes = i + 1 == end or (
            tokens[i + 1] in _SEXUAL_TAIL
            and (tokens[i + 1] != "with" or tokens[i + 2 : i + 3] == ["me"])
        )
        if tokens[i - 1 : i] == ["the"]:
            closes = False  # "do you sleep in the nude?": a thing named, not asked for
        opener = tokens[lead:i]
        if (
            closes
            and opener
            and len(opener) <= _OPENER_REACH
            and opener[0] in self._cue_reader_question
        ):
            # "do you want to have sex?", "are you naked", "wanna have sex?"; not "did you
            # watch sex education" (the word does not end the clause), nor "have you ever
            # had sex?" (asks about the past, as Q&A sites do, proposes nothing)
            asked = opener[1] if len(opener) > 1 else ""
            if opener[0] in ("wanna", "want") or (
                (asked in self._second or (asked == "we" and opener[0] in _PROPOSING))
                and "ever" not in opener
            ):
                return True  # also "can we have sex?", "wanna have sex?"
        if word not in self._cue_genital:
            return False
        possessive = self._cue_possessive
        for k in range(i - 2, max(start, i - 3) - 1, -1):
            if tokens[k] in possessive:
                # "your wet pussy", "your hot pussy": a described body, in a chat line;
                # "cutting your dick" or a long comment's "your X" is anyone's
                return len(tokens) <= _CHAT_LINE
            if tokens[k] in self._second or tokens[k] == "my":
                break
        mine = next((k for k in (i - 1, i - 2) if k >= start and tokens[k] == "my"), None)
        if mine is None:
            return False
        if not possessive.isdisjoint(tokens[i + 1 : end]):
            return True  # "my cock your face", "my penis ... in your rectum"
        verb = mine - 1
        if verb > lead and tokens[verb] in _ON:
            verb -= 1  # "sit on my dick"
        if verb < lead or tokens[verb] not in self._cue_sexual_order:
            return False
        # "suck my cock", "you wanna scratch my cock"; not "she sucked my dick"
        subject = tokens[lead:verb]
        return all(t in self._second or t in self._cue_intent for t in subject)

    def _threat(self, ctx: Context, hit: Hit) -> bool:
        """A harm verb with the reader as its object and the writer (or nobody, an
        order) as its subject: "kill you", "i want to kill you", "im gonna murder you".
        "this heat will kill you", "i won't kill you", "kill you with kindness" are not."""
        tokens = ctx.tokens
        i = hit.first
        if i + 1 >= len(tokens) or tokens[i + 1] not in _READER:
            return False
        start, end = self._clause(ctx, i)
        if i + 2 < end and tokens[i + 2] not in THREAT_TAIL:
            return False  # "kill you with kindness", "kill you void?" (a player asked)
        lead = self._lead(tokens, start, i)
        subject = tokens[lead:i]
        if not subject:
            return True  # an order or a bare threat: "kill you", "murder you all"
        if subject[0] in self._cue_self:
            subject = subject[1:]  # "i want to", or chat's "gonna kill you" without the "i"
        return all(t in self._cue_intent for t in subject)

    def _you_suck(self, ctx: Context, hit: Hit) -> bool:
        """ "you still suck", "u really suck at this": the reader, one word, "suck"."""
        tokens = ctx.tokens
        i = hit.first
        start, end = self._clause(ctx, i)
        if i - 2 < start or tokens[i - 1] not in self._cue_suck_adverb:
            return False
        if tokens[i - 2] not in self._second:
            return False
        if i - 3 >= start and tokens[i - 3] in self._cue_reader_question:
            return False  # "do you still suck your thumb?": a question, not a verdict
        return i + 1 == end or tokens[i + 1] in _SUCK_TAIL

    def _jab(self, ctx: Context, hit: Hit) -> bool:
        """An identity said of the reader as a verdict: "you are gay", "ur so gay", "u r a
        homo". Asked ("are you gay?", "you're gay?"), reported or in a clause of its own
        ("i know you are gay", "if you are gay, welcome") it is no jab; nor "your gay
        friend" (the word must close the clause)."""
        tokens = ctx.tokens
        i = hit.first
        start, end = self._clause(ctx, i)
        lead = self._lead(tokens, start, i)
        said = tokens[lead:i]
        if not said or said[0] not in self._second or said[0] in self._cue_possessive:
            return False
        bridge = said[1:]
        if said[0] != "ur" and not bridge:
            return False  # "you gay?", "u gay": asked as often as said
        if len(bridge) > 3 or not all(t in self._jab_bridge for t in bridge):
            return False
        if not (i + 1 == end or tokens[i + 1] in _JAB_TAIL):
            return False
        if not self._accepting.isdisjoint(tokens[i + 1 : i + 1 + _ACCEPT_REACH]):
            return False  # "you're gay, we love you", "you are gay, and that's ok"
        return not ctx.gap_asks(i)

    def _machine_called(self, ctx: Context, hit: Hit) -> bool:
        """A judging word and "bot" or "robot" as a whole line: "dumb bot", "what a
        useless robot", "you stupid machine". "stupid bot keeps deleting my messages"
        is about a bot; the machine word must close the sentence."""
        tokens = ctx.tokens
        i = hit.first
        if hit.last >= len(tokens) or tokens[hit.last] not in self._cue_machine:
            return False
        start = ctx.sentence_start(i, BEFORE)
        if ctx.sentence_end(hit.last, 1) != hit.last + 1:
            return False
        if self._cue_descriptive.isdisjoint(hit.entry.tokens):
            return False  # "so ez bot": a taunt at a player's play, not a name-call
        lead = self._lead(tokens, start, i)
        opener = tokens[lead:i]
        return opener in ([], ["what", "a"], ["what", "an"], ["you"], ["u"], ["such", "a"])

    def _like_you(self, ctx: Context, hit: Hit) -> bool:
        """A name-call, one noun, then "like you": "a stupid being like you?", "dumb
        people like you should leave"; "stupid things like you said" compares no one."""
        tokens = ctx.tokens
        at = hit.last
        if at + 2 >= len(tokens) or tokens[at + 1] != "like" or tokens[at + 2] not in _READER:
            return False
        if ctx.pause_after(at) or ctx.pause_after(at - 1):
            return False
        end = at + 3
        return ctx.closes_clause(end) or tokens[end] in _LIKE_TAIL


@functools.lru_cache(maxsize=1024)
def _aimed(entry: Entry, category: Category, weight: float) -> Entry:
    """`entry` as a shape makes it: its category and weight, aimed at the reader.

    The term stays the lexicon's own word, so explanations name no message text.
    """
    return dataclasses.replace(
        entry,
        category=category,
        weight=max(weight, entry.weight),
        aim=Kind.SECOND_PERSON,
        person_only=False,
    )
