"""Targeting rules for Discord's emoji names and affection shorthand (issue 8, discord7).

discord_syntax.py makes an emoji used as a name read as its word ("u are such a 🤡"
is "u are such a clown", "🖕" is "fuck you"). Typed words carry their grammar; an
emoji does not, so these rules keep its clean uses clean:

- An emoji name-call needs someone to be aimed at: a second or third person, the
  room or a group, a mention, or a reply. "🖕 to mondays", "fuck mondays 🖕",
  "lol <:pepeclown:1>" and "🤡 moment" aim at nobody; "🖕 you", "ur a 🤡",
  "<@1> 🤡", "siete tutti dei 🤡" stay aimed.
- A name-call opening a line that then only mentions someone is said to them:
  "🤡 <@1>", "clown <@1>", "loser <@1>" (as "<@1> clown" already is).
- A user mention is a person, never a thing: a name-call right before one names it
  ("what a loser <@1>", "this dumb <@1> keeps feeding"), unless a copula makes the
  name-call a judgement of something else ("this is dumb <@1>").
- Affection shorthand beside a name-call is teasing: "ily 🤡", "ily idiot", "ti voglio
  bene scemo", "tvb 🤡". Typed out in full ("love you idiot") the teasing rules
  already know it; the chat shorthand they did not.

All run on hits only (the hit path): a character test on the folded text, then a few
tokens or one short regex around the hit.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from bot.core.scoring.discord_syntax import EMOJI_CAP, EMOJI_WORDS
from bot.core.scoring.targeting_context import SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_hateprobe5 import HateProbe5Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

UNAIMED_EMOJI_NOTE: Final = "an emoji aimed at no one"  # cancels the hit, as other notes do
REACTION_NOTE: Final = "an emoji reacting to what was said"  # and this
_EMOJI: Final = frozenset(EMOJI_WORDS)
_NAME_CALLS: Final = frozenset({Cat.INSULT, Cat.PROFANITY})
_OPENING: Final = frozenset({Kind.MENTION, Kind.NONE})  # a line's first word, then only mentions
_CUE_LISTS: Final = ("second_person", "third_person", "room", "group", "person_noun", "identity")
_MORE_PEOPLE: Final = frozenset({"siete", "vi", "voi", "tutti", "everyone"})
# The shorthand of affection, and the Italian phrase written out.
_FOND: Final = frozenset({"ily", "ilysm", "ilu", "ilyy", "tvb", "tvtb", "tvttb"})
_FOND_PAIRS: Final = frozenset({("voglio", "bene"), ("vogliamo", "bene")})
_FOND_REACH: Final = 3  # tokens either side of the name-call
_FOND_WORDS: Final = _FOND | {"bene"}  # any of these in the message: look around the hit
# Words an emoji name-call hangs on ("ur a 🤡", "you are 💩", "full of 🤡s", "sei un 🤡"):
# after anything else, past the first few words, the emoji reacts to what was said.
# fmt: off
_ATTACHING: Final = frozenset({
    "a", "an", "such", "absolute", "total", "complete", "utter", "little", "big", "fucking",
    "the", "this", "that", "these", "those", "of", "like", "is", "are", "r", "u", "ur",
    "you", "ya", "yall", "youre", "re", "be", "being", "un", "una", "uno", "dei", "degli",
    "delle", "sei", "siete", "di", "come", "proprio", "vero", "questo", "questa", "quel",
    "quello", "e", "sembri", "tu", "ti", "voi", "tutti",
})
# fmt: on
_REACTION_AFTER: Final = 5  # words before the emoji: fewer is a short line, the person rules judge
# How far back a run of emoji is walked: discord_syntax reads at most EMOJI_CAP of them
# (two words each for 🖕), so the walk, and the cost per hit, stay bounded.
_RUN_REACH: Final = 2 * EMOJI_CAP + 2
_SENTENCE_END: Final = frozenset('.!?\n")')
# A user or role mention, folded: "<@123...>" reads "<ai2e...>" (leet digits), its
# snowflake 15 to 21 digits; "<user>" and "<censored>" (data placeholders) are not one.
_MENTION: Final = r"<a[!&]?[0-9oieast]{15,21}>"
_MENTION_RE: Final = re.compile(_MENTION)
# After the name-call: nothing but mentions.
_ONLY_MENTIONS_RE: Final = re.compile(rf"(?:[\s,:!.]*{_MENTION})+[\s!.]*")


class Discord7Rules(HateProbe5Rules):
    """Emoji name-calls aimed at no one, name-calls of a mention, fond shorthand."""

    _discord7_people: frozenset[str] | None = None  # the cue lists of people, as one set

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), corrected for the discord7 shapes."""
        target, note = super().reread(ctx, hit, target, note)
        if note or target is Kind.REPORTED or hit.entry.category not in _NAME_CALLS:
            return target, note
        if self._fond_shorthand(ctx, hit):
            return target, JOKING_NOTE  # "ily 🤡", "ti voglio bene scemo"
        start = ctx.spans[hit.first][0]
        if start and ctx.folded[start - 1] in _EMOJI:
            if not self._someone_there(ctx, hit):
                return Kind.NONE, UNAIMED_EMOJI_NOTE  # "🖕 to mondays", "lol 🤡"
            if _reaction(ctx, hit):
                return Kind.NONE, REACTION_NOTE  # "... the left lies again 🤡🤡"
        if hit.entry.category is not Cat.INSULT:
            return target, note
        if target in _OPENING and hit.first == 0 and _only_mentions_after(ctx, hit):
            return Kind.SECOND_PERSON, note  # "🤡 <@1>", "loser <@1>", "stupid <@1>"
        if target is Kind.OBJECT and self._names(ctx, hit):
            if _only_mentions_after(ctx, hit):
                return Kind.SECOND_PERSON, note  # "what a loser <@1>"
            return Kind.MENTION, note  # "this dumb <@1> keeps feeding"
        return target, note

    def _names(self, ctx: Context, hit: Hit) -> bool:
        """A name-call right before a user mention, not after a copula: the mention is the
        person it names ("what a loser <@1>"), never the thing the rules took it for.
        "this is dumb <@1>" judges a thing and tells someone."""
        spans = ctx.spans
        if hit.last >= len(spans) or _MENTION_RE.match(ctx.folded, spans[hit.last][0] - 1) is None:
            return False
        return hit.first == 0 or ctx.tokens[hit.first - 1] not in self._cue_copula

    def _someone_there(self, ctx: Context, hit: Hit) -> bool:
        """A person the emoji can be aimed at, within a sentence's reach of it and not
        itself an emoji's word ("🖕" reads "fuck you"): the reader, a mention, a reply, a
        third person, the room, a group."""
        if ctx.mentioned or ctx.is_reply:
            return True
        people = self._discord7_people
        if people is None:
            cues = self._cues
            people = frozenset().union(_MORE_PEOPLE, *(cues[name] for name in _CUE_LISTS))
            self._discord7_people = people
        tokens = ctx.tokens
        window = itertools.chain(
            range(max(0, hit.first - SENTENCE_REACH), hit.first),
            range(hit.last, min(len(ctx.spans), hit.last + SENTENCE_REACH)),
        )
        return any(tokens[at] in people and not _emoji_word(ctx, at) for at in window)

    @staticmethod
    def _fond_shorthand(ctx: Context, hit: Hit) -> bool:
        """ "ily", "tvb" or "ti voglio bene" within a few tokens of the name-call."""
        if not ctx.mentions_any("discord7_fond", _FOND_WORDS):  # asked once a message
            return False
        tokens = ctx.tokens
        near = tokens[max(0, hit.first - _FOND_REACH) : hit.last + _FOND_REACH]
        if not _FOND.isdisjoint(near):
            return True
        return any(pair in _FOND_PAIRS for pair in itertools.pairwise(near))


def _only_mentions_after(ctx: Context, hit: Hit) -> bool:
    """Nothing but user or role mentions follow the hit ("clown <@1> <@2>")."""
    end = ctx.spans[hit.last - 1][1]
    return _ONLY_MENTIONS_RE.fullmatch(ctx.folded, end) is not None


def _reaction(ctx: Context, hit: Hit) -> bool:
    """An emoji after a sentence, or after a word it does not hang on, past the first
    few words: a reaction to what was said ("the left lies again 🤡🤡"), not a name."""
    folded, spans, tokens = ctx.folded, ctx.spans, ctx.tokens
    at = hit.first - 1
    stop = hit.first - _RUN_REACH
    while at >= 0 and _emoji_word(ctx, at):  # the emoji run before: "🤡🤡🤡", "🖕🖕"
        at -= 1 if folded[spans[at][0] - 1] in _EMOJI else 2  # "🖕" is two words
        if at < stop:
            return False  # a flood of emoji: the earlier rules' reading stands
    if at < _REACTION_AFTER:
        return False
    gap = folded[spans[at][1] : spans[at + 1][0]] if at + 1 < len(spans) else ""
    if gap.startswith(">"):
        return False  # "<@1> 🤡": after a mention
    if not _SENTENCE_END.isdisjoint(gap):
        return True
    return tokens[at] not in _ATTACHING


def _emoji_word(ctx: Context, at: int) -> bool:
    """Token `at` is an emoji's word (or the "you" of 🖕's "fuck you")."""
    folded, spans = ctx.folded, ctx.spans
    start = spans[at][0]
    if start and folded[start - 1] in _EMOJI:
        return True
    return at > 0 and ctx.tokens[at] == "you" and folded[spans[at - 1][0] - 1] == "🖕"
