"""Targeting rules from the fourteenth functional hate-speech probe (issue 8, hatecheck14):
the NON-hateful functions of HateCheck and its Italian suite, in English and Italian.

- Friendly swearing beside a group: a swear word opening the message, alone before its
  comma, is an exclamation ("shit, the muslim bakery is closed today", "cazzo, i miei
  vicini musulmani cucinano benissimo"); a swear told to bad luck curses no one
  ("vaffanculo la sfortuna", "vaffanculo al traffico, ..."). "fuck muslims" and
  "fanculo gli ebrei" have no comma after the swear and stay as read.
- A harm denied by its subject: "no one should kill muslims", "nessuno dovrebbe uccidere
  i musulmani".
- A claim held up wearily: "I'm sick of hearing that women are stupid", "sono stufo di
  sentire che le donne sono stupide": the weariness and the claim are no attack.
- "if you call immigrants rats, you are a bigot": the name-call after "call" is reported,
  and the bigot named after "if you ..." is a verdict on bigotry.

Each rule starts from a frozenset test on the hit's own tokens or the token before it,
and reads at most FRAME_REACH tokens of its sentence, so cost stays O(1) per hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck14_words as words
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_italian13 import Italian13Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck14Rules"]

EXCLAIMED_NOTE: Final = "an exclamation, aimed at no one"
_SWEARS: Final = frozenset({Cat.PROFANITY, Cat.INSULT, Cat.IDENTITY_ATTACK})
_HARMS: Final = frozenset({Cat.THREAT, Cat.IDENTITY_ATTACK, Cat.PROFANITY})
_COMMA_REACH: Final = 24  # characters after an opening swear read for its comma
_UNAIMED: Final = frozenset({Kind.SELF, Kind.OBJECT, Kind.NONE})
_PERSONAL: Final = frozenset({Kind.SECOND_PERSON, Kind.MENTION, Kind.REPLY})


class HateCheck14Rules(Italian13Rules):
    """Swearing exclaimed or told to bad luck, harms denied by "no one", claims reported
    wearily or after "if you call"."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading, cancelled where this round's shapes hold."""
        target, note = super().reread(ctx, hit, target, note)
        entry = hit.entry
        if entry.category in _SWEARS and (
            (entry.tokens[0] in words.EXCLAIMED and self._hc14_exclaimed(ctx, hit))
            or (entry.term in words.CURSERS and self._hc14_cursed_luck(ctx, hit))
        ):
            return Kind.NONE, EXCLAIMED_NOTE  # "shit, the muslim bakery is closed today"
        if (
            target in _UNAIMED
            and entry.category is Cat.PROFANITY
            and entry.tokens[-1] in words.SONO_SWEARS
            and "sono" in ctx.tokens[max(0, hit.first - 4) : hit.first]
            and self._hc14_group_is(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "i gay sono una merda": "sono" is theirs
        if target in _PERSONAL and entry.term not in words.BIGOT_NAMES:
            return target, note
        if entry.category in _HARMS and self._hc14_denied(ctx, hit):
            return Kind.OBJECT, "negated"  # "no one should kill muslims"
        if ctx.mentions_any("hc14_hearing", words.HEARING) and self._hc14_wearily_heard(ctx, hit):
            return Kind.REPORTED, note  # "i'm sick of hearing that women are stupid"
        if ctx.mentions_any("hc14_calling", words.CALLING) and self._hc14_called(ctx, hit):
            return Kind.REPORTED, note  # "if you call immigrants rats, you are a bigot"
        return target, note

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """The earlier shapes ("sick of women"), unless the weariness is of hearing a claim
        ("sono stufo di sentire che le donne sono stupide"); a harm wished on a group "like
        you" is aimed at the reader ("le donne come te andrebbero prese a botte")."""
        if not words.WEARY.isdisjoint(hit.entry.tokens) and self._hc14_wearily_heard(ctx, hit):
            return Kind.REPORTED, ""
        tokens = ctx.tokens
        if (
            hit.first >= 2
            and tokens[hit.first - 1] in words.LIKE_YOU_PRONOUNS
            and tokens[hit.first - 2] in words.LIKE
            and hit.entry.category in _HARMS
            and hit.first >= 3
            and (
                tokens[hit.first - 3] in words.LIKE_HEADS
                or self._hc11_group_ending(ctx, hit.first - 3) >= 0
            )
        ):
            return Kind.SECOND_PERSON, ""  # "women like you", never "just like you can't"
        return super().probe4_aim(ctx, hit)

    def _hc14_exclaimed(self, ctx: Context, hit: Hit) -> bool:
        """The swear (with "holy", "ah", "yeah" around it) is all that stands between the
        message's start and a comma, and no group or person is called right after it:
        "shit, ...", "holy fuck, ...", "porca miseria, ..." but not "fuck off, muslims"
        or "damn, jews, everywhere"."""
        tokens = ctx.tokens
        if not all(word in words.EXCLAIMED for word in hit.entry.tokens):
            return False  # "fuck you, ...", "fuck off, ...": said to someone
        if not all(word in words.EXCLAIMED for word in tokens[: hit.first]):
            return False
        spans = ctx.spans  # spans may stop at the hit when the line is swearing alone
        if hit.last - 1 >= len(spans):
            return False
        end = spans[hit.last - 1][1]
        head, comma, _ = ctx.folded[end : end + _COMMA_REACH].partition(",")
        between = head.split()
        if not comma or len(between) > 2 or not all(w in words.EXCLAIMED for w in between):
            return False
        return self._group_end(tokens, hit.last + len(between)) < 0  # not "damn, jews"

    def _hc14_group_is(self, ctx: Context, hit: Hit) -> bool:
        """ "i gay sono una merda", "le donne sono tutte delle merde": Italian "sono" after
        a named group is "they are", not "I am"."""
        tokens = ctx.tokens
        at = hit.first - 1
        floor = max(0, hit.first - 4)
        while at > floor and tokens[at] in words.SONO_FILLERS:
            at -= 1
        return at > 0 and tokens[at] == "sono" and self._hc11_group_ending(ctx, at - 1) >= 0

    def _hc14_cursed_luck(self, ctx: Context, hit: Hit) -> bool:
        """ "vaffanculo la sfortuna": the swear told to bad luck or a late train."""
        tokens = ctx.tokens
        at = hit.last
        while at < len(tokens) and at < hit.last + 2 and tokens[at] in words.CURSED_LUCK_ARTICLES:
            at += 1
        return at < len(tokens) and tokens[at] in words.CURSED_LUCK

    def _hc14_denied(self, ctx: Context, hit: Hit) -> bool:
        """ "no one should kill muslims": "nobody"/"no one"/"nessuno", a few modals, the hit."""
        tokens = ctx.tokens
        at = hit.first - 1
        floor = max(0, hit.first - 4)
        while at >= floor and tokens[at] in words.DENIED_GAP:
            at -= 1
        if at < 0 or (at == hit.first - 1 and hit.entry.tokens[0] not in words.DENIED_GAP):
            return False
        return tokens[at] in words.DENIERS or (
            tokens[at] == "one" and at > 0 and tokens[at - 1] == "no"
        )

    def _hc14_wearily_heard(self, ctx: Context, hit: Hit) -> bool:
        """ "sick of hearing that ...", "stufo di sentire che ...": the weariness itself, or a
        hit in the claim after it."""
        tokens = ctx.tokens
        if not words.WEARY.isdisjoint(hit.entry.tokens):  # "sick of", "sono stufo"
            after = hit.last
            return after + 1 < len(tokens) and (
                tokens[after] in words.HEARING or tokens[after + 1] in words.HEARING
            )
        start = ctx.sentence_start(hit.first, words.FRAME_REACH)
        for at in range(hit.first - 1, max(start, hit.first - words.FRAME_REACH) - 1, -1):
            if tokens[at] in words.HEARING and at >= 2:
                return bool(words.WEARY.intersection(tokens[max(0, at - 4) : at]))
        return False

    def _hc14_called(self, ctx: Context, hit: Hit) -> bool:
        """ "if you call immigrants rats, you are a bigot": the name after "call" and the
        verdict on the caller, both in a sentence opening with "if"/"se"."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, words.FRAME_REACH)
        if tokens[start] not in words.IF_WORDS:
            return False
        calling = [at for at in range(start, hit.first) if tokens[at] in words.CALLING]
        if not calling or not self._hc14_group_after(tokens, calling[0] + 1):
            return False  # "if you call me that again ..." calls no group
        if hit.entry.term in words.BIGOT_NAMES:
            return True
        return not any(ctx.pause_after(at) for at in range(calling[0], hit.first))

    def _hc14_group_after(self, tokens: list[str], at: int) -> bool:
        """A group named at `at`, an Italian article before it allowed ("gli immigrati")."""
        if at < len(tokens) and tokens[at] in words.ARTICLES:
            at += 1
        return self._group_end(tokens, at) >= 0
