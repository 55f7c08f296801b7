"""Targeting rules from a twelfth game-chat probe (issue 8, branch gamechat12): taunts and
verdicts on the reader's play that every game's chat writes.

- "you are bad" with chat's spellings and intensifiers ("ur fucking bad", "u r bad at
  this") is said to the reader, unless a condition or a doubt frames it ("if you are
  bad at it, practise", "i dont think you are bad").
- "u mad", "you mad" gloat at a losing player only as a short taunt: nothing but "are",
  "why", laughter or a hero's name before it in its clause, nothing but a vocative or
  laughter after ("u mad bro?", "cm u mad?", "are you mad, son"). "are you mad at me?",
  "did i make you mad" and "if you mad just say so" ask or tell, and are nobody's insult.
- "this bad" after "how", "imagine" or "seen" with a person between ("how r u this bad",
  "how can someone be this bad", "imagine someone this bad") judges that person; the
  lag or a map asked about ("how is the lag this bad") is a thing. ("never seen anyone
  this bad" stays negated by an earlier rule.)
- "cry more" gloats, unless another's crying is told ("ask me to cry more") or compared
  ("they cry more than anyone").
- A hero's or a role's bare name as the subject of a name-call said only of players
  ("pudge too noob", "our carry so useless", "techies is trash"), the clause ending
  there; "this yasuo is trash" (a pointer) and "pudge is trash this patch" may judge
  the champion. A rank or an MMR before such a name-call mocks that player ("gold
  trash", "2k noob"), as do intensifiers before one before a hero's or a role's name
  closing the clause ("fucking useless jungler").
- "fu" (chat's "fuck you") in a chat line of at most ten tokens, alone in its sentence
  but for laughter, or before a hero's name or a short vowelless one ("hahaha fu", "fu
  sf"); "kung fu", "fu i was afk" and Italian's "fu" ("fu lei") are not.
- "noob here" opening a sentence is the writer ("total noob here, how do i craft").
- "diff" after "sup" blames the support ("sup diff"): the role words leave "sup" out as
  a greeting.

Each is gated by a frozenset test on the hit's own term, then reads at most a few
tokens of the hit's clause, so cost stays O(1) per hit and other hits pay one set test.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat12_words as words
from bot.core.scoring.gamechat8_words import HEROES
from bot.core.scoring.gamechat14_words import OWNED_ROLES as _OWNED_ROLES
from bot.core.scoring.gamechat14_words import POSITIONS as _POSITIONS
from bot.core.scoring.gamechat14_words import ROLE_OWNERS as _ROLE_OWNERS
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck13 import HateCheck13Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_leftovers8 import PRAISED_NOTE
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["GameChat12Rules"]

NOT_A_TAUNT_NOTE: Final = "asked or told, not a taunt"
CONDITION_NOTE: Final = "a condition, not a verdict"
_OWN_TERMS: Final = (
    words.BAD_YOU | words.MAD | {words.THIS_BAD, words.CRY_MORE, words.FU} | words.DIFFS
)
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})
_NAMED_UNAIMED: Final = frozenset({Kind.NONE, Kind.THIRD_PERSON})


class GameChat12Rules(HateCheck13Rules):
    """ "you are bad", "u mad" as a taunt, "how are you this bad", "sup diff"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), decided anew for this round's terms."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in _OWN_TERMS:
            if term in words.NOOB_SELF and self._gc12_noob_here(ctx, hit):
                return Kind.SELF, ""  # "total noob here, how do i craft"
            if term not in words.PLAYER_CALLS or note or target not in _NAMED_UNAIMED:
                return target, note
            if self._gc12_name_subject(ctx, hit):
                # "pudge so noob", "pudge is clueless": said outright of the player
                # (gamechat14: olid4's floor, as "he is clueless" has), unless asked
                if ctx.asked_right_after(hit.last):
                    return Kind.THIRD_PERSON, SAID_OF_NOTE
                return Kind.THIRD_PERSON, OUTRIGHT_NOTE
            if self._gc12_ranked(ctx, hit) or self._gc12_name_after(ctx, hit):
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "2k trash", "fucking useless jungler"
            return target, note
        if term in words.DIFFS:
            before = ctx.tokens[hit.first - 1] if hit.first > 0 else ""
            if target in _UNAIMED and before in words.DIFF_ROLES:
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "sup diff"
            return target, note
        if term == words.FU:
            aimed: tuple[TargetKind, str] | None = None
            if self._gc12_fu(ctx, hit):
                aimed = (Kind.SECOND_PERSON, "")  # "fu", "fu sf"
        elif term in words.MAD:
            if self._gc12_taunt(ctx, hit):
                aimed = (Kind.SECOND_PERSON, "")  # "u mad bro?"
            elif self._gc12_mad_vocative(ctx, hit):
                return Kind.OBJECT, PRAISED_NOTE  # "you mad bastard you did it", "you mad lad"
            else:
                aimed = None
        elif term == words.THIS_BAD:
            aimed = self._gc12_this_bad(ctx, hit)
        elif term == words.CRY_MORE:
            aimed = None if self._gc12_cry_told(ctx, hit) else (target, note)
        else:  # words.BAD_YOU
            start = ctx.sentence_start(hit.first, words.BAD_REACH)
            if not words.CONDITIONS.isdisjoint(ctx.tokens[start : hit.first]):
                return Kind.OBJECT, CONDITION_NOTE  # "if you are bad at it, practise"
            aimed = (target, note)
        if aimed is None:
            # whatever an earlier rule aimed it at: "kung fu", Italian's "fu" beside a
            # group word, "are you mad at me?", "ask me to cry more"
            return Kind.OBJECT, NOT_A_TAUNT_NOTE
        if note and note != SAID_OF_NOTE:
            return target, note  # a cancelling note stands ("not this bad", quoted)
        return aimed

    def _gc12_mad_vocative(self, ctx: Context, hit: Hit) -> bool:
        """ "you mad bastard", "you mad genius": "mad" an adjective of the noun after it,
        a vocative of admiration, not the taunt (a name-call after it is its own hit)."""
        tokens = ctx.tokens
        if ctx.closes_clause(hit.last):
            return False
        return tokens[hit.last] not in words.MAD_NOT_NOUN

    def _gc12_cry_told(self, ctx: Context, hit: Hit) -> bool:
        """ "cry more" of another's crying or in a comparison: "ask me to cry more",
        "they cry more than anyone"."""
        tokens = ctx.tokens
        before = tokens[hit.first - 1] if hit.first > 0 else ""
        after = tokens[hit.last] if hit.last < len(tokens) else ""
        return before in words.CRY_NOT_BEFORE or after in words.CRY_NOT_AFTER

    def _gc12_taunt(self, ctx: Context, hit: Hit) -> bool:
        """ "u mad" alone in its clause but for "are", laughter, a hero's name before it
        and a vocative after it."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, words.MAD_REACH)
        for i in range(start, hit.first):
            if any(ctx.pause_after(j) for j in range(i, hit.first - 1)):
                continue  # "mad? | are you mad, son": an earlier clause
            word = tokens[i]
            if word in words.MAD_BEFORE or word in HEROES or word in self._cue_role:
                continue
            if i == start and i == hit.first - 1 and word not in words.MAD_BLOCKERS:
                continue  # "cm u mad?": a name the hero list lacks, alone before it
            return False  # "did i make you mad", "if you mad"
        end = ctx.sentence_end(hit.last - 1, words.MAD_REACH)
        for i in range(hit.last, end):
            if ctx.pause_after(i - 1):
                return True  # "are you mad, son"
            if tokens[i] not in words.MAD_AFTER:
                return False  # "are you mad at me", "you mad scientist"
        return True

    def _gc12_this_bad(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """Who "how ... this bad" asks about: the reader, a player, or (None) a thing."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, words.BAD_REACH)
        before = tokens[start : hit.first]
        asked = [i for i, word in enumerate(before) if word in words.HOW]
        if not asked:
            return None  # "lag this bad"
        between = before[asked[-1] + 1 :]
        if not words.READERS.isdisjoint(between):
            return Kind.SECOND_PERSON, ""  # "how r u this bad"
        if any(w in words.PLAYERS or w in HEROES or w in self._cue_role for w in between):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "how can someone be this bad"
        return None  # "how is the lag this bad"

    def _gc12_name_subject(self, ctx: Context, hit: Hit) -> bool:
        """A hero's or a role's bare name opening the clause (an owner before it at most)
        is the subject of a player-only name-call that closes it: "dp too noob",
        "techies is trash lol", "our carry so useless"."""
        tokens = ctx.tokens
        end = ctx.sentence_end(hit.last - 1, 2)
        if any(word not in words.NAME_TAIL for word in tokens[hit.last : end]):
            return False  # "trash this patch", "useless without items"
        start = ctx.sentence_start(hit.first, words.NAME_GAP_REACH + 2)
        at = hit.first - 1
        while at > start and tokens[at] in words.NAME_GAP and not ctx.pause_after(at):
            at -= 1
        if at < start or (at == hit.first - 1 and tokens[at] not in HEROES):
            return False  # a name-call right after a role is an earlier round's ("noob mid")
        name = tokens[at]
        if name in _POSITIONS and at - 1 >= start and tokens[at - 1] == "pos":
            at -= 1  # gamechat14: "pos 1 is retarded", a Dota position number
        elif name in _OWNED_ROLES and at - 1 == start and tokens[start] in _ROLE_OWNERS:
            return not ctx.pause_after(at)  # gamechat14: "our sup is clueless"
        elif (name not in HEROES and name not in self._cue_role) or ctx.pause_after(at):
            return False
        return at == start or (at - 1 == start and tokens[start] in words.NAME_OWNERS)

    def _gc12_ranked(self, ctx: Context, hit: Hit) -> bool:
        """A rank or an MMR right before a player-only name-call: "gold trash", "2k noob"."""
        if hit.first < 1 or ctx.pause_after(hit.first - 1):
            return False
        word = ctx.tokens[hit.first - 1]
        return word in words.RANKS or word in words.MMR

    def _gc12_fu(self, ctx: Context, hit: Hit) -> bool:
        """ "fu" alone in its clause, laughter before it, a name at most after it."""
        tokens = ctx.tokens
        if len(tokens) > words.FU_LINE:
            return False  # a chat line is short; Italian prose's "fu" ("was") is not
        start = ctx.sentence_start(hit.first, 2)
        for i in range(start, hit.first):
            if tokens[i] not in words.FU_BEFORE and tokens[i][:3] not in words.LAUGHS:
                return False  # "kung fu", "e così, fu"
        end = ctx.sentence_end(hit.first, 2)
        after = [tokens[i] for i in range(hit.last, end)]
        if not after or ctx.pause_after(hit.first):
            return True  # "fu", "fu | gg"
        if len(after) != 1:
            return False  # "fu i was afk"
        name = after[0]  # "fu sf", "fu pudge"; Italian's "fu" ("was") before a word is not
        if name in HEROES or name in self._cue_role:
            return True
        # a hero's short name has no vowel ("fu sf", "fu wr"); Italian's words have one
        return len(name) <= words.FU_NAME and words.VOWELS.isdisjoint(name)

    def _gc12_noob_here(self, ctx: Context, hit: Hit) -> bool:
        """ "noob here" opening its sentence (a modifier before at most): the writer."""
        tokens = ctx.tokens
        if hit.last >= len(tokens) or tokens[hit.last] != "here" or ctx.pause_after(hit.first):
            return False
        start = ctx.sentence_start(hit.first, 2)
        return all(tokens[i] in words.NOOB_SELF_BEFORE for i in range(start, hit.first))

    def _gc12_name_after(self, ctx: Context, hit: Hit) -> bool:
        """A hero, a role or a player noun right after the name-call closes the clause, and
        only intensifiers and openers stand before it: "fucking useless jungler"."""
        tokens = ctx.tokens
        at = hit.last
        if ctx.closes_clause(at):
            return False
        name = tokens[at]
        if name not in words.PLAYER_NOUNS and name not in HEROES and name not in self._cue_role:
            return False
        end = ctx.sentence_end(at, 2)
        if any(word not in words.NAME_TAIL for word in tokens[at + 1 : end]):
            return False  # "fucking useless jungler items": the items judged
        start = ctx.sentence_start(hit.first, words.NAME_GAP_REACH + 1)
        if hit.first - start > words.NAME_GAP_REACH:
            return False  # a longer clause before it
        return all(tokens[i] in words.CALL_OPENERS for i in range(start, hit.first))
