"""Targeting rules from the second forum probe (issue 8, forum2): Reddit's own shapes.

- A person an advice thread is about, named by a possessive and a person noun, then a
  copula and the name-call: "your husband is a complete asshole", "my roommate is a
  bitch", "NTA, your in-laws are disgusting people", "il tuo ragazzo è un pezzo di
  merda". The name-call is said of that person, as plainly as "he is a liar"; a swear
  word made a noun ("your son is a little shit") is aimed at them too. The writer's
  own close family ("my brother is an idiot") stays banter, as the other rules read it.
- A verdict that opens a comment names the reader: "YTA" is "you're the asshole", so
  a name-call after it with no other subject is aimed at the OP ("YTA and a bigot,
  just admit it", "YTA, what kind of sick freak does that"). "YTA, you should
  apologise" has no name-call and stays clean, as verdicts do.
- A name-call said of a name past more than one describing word, one of them a
  name-call itself ("Biden is a senile old fool"), is said of that person as much as
  "Biden is an old fool" is.
- Reddit's idioms for the commenter answered: "Found the MAGA idiot", "Found the
  incel", "Imagine being this much of a bootlicker", "imagine being this fat".

Each rule reads only hits the earlier rules left unaimed (no target, or a thing) and
uncancelled, and only a clause around them, so cost stays O(1) per hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.discord8_words import COPULAS
from bot.core.scoring.forum_words import PROFANE_NOUNS
from bot.core.scoring.leftovers8_words import OWNERS
from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.targeting_context import (
    NAMED_NOTE,
    SAID_OF_NOTE,
    SENTENCE_REACH,
    Context,
    Hit,
)
from bot.core.scoring.targeting_gamechat5 import GameChat5Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

# Words that name someone's person: "your husband", "my teacher", "OP's mom".
_OWNERS: Final = frozenset(
    {"your", "ur", "yur", "my", "his", "her", "their", "our", "op", "ops"}
    | {"tuo", "tua", "mio", "mia", "suo", "sua", "loro", "vostro", "vostra"}
)
# The writer's own: "my brother is an idiot" is family banter, as the other rules read it.
_MINE: Final[frozenset[str]] = OWNERS
# The writer's close family and partner, whom "my" makes banter ("my husband is an idiot lol").
_KIN: Final = frozenset(
    {"husband", "husbands", "wife", "boyfriend", "girlfriend", "bf", "gf", "fiance"}
    | {"fiancee", "brother", "sister", "son", "daughter", "marito", "moglie"}
    | {"fidanzato", "fidanzata", "fratello", "sorella", "figlio", "figlia", "ragazzo", "ragazza"}
)
# The people an advice thread is about, past the family cues: read only by this rule, so
# the other rules' reading of "my brother" (banter) and "the boss" (a game's) stays.
_THREAD_PEOPLE: Final = _KIN | frozenset(
    {"ex", "stepmom", "stepdad", "mil", "fil", "sil", "bil", "inlaws", "coworker", "roommate"}
    | {"landlord", "neighbor", "neighbour", "teacher", "manager", "suocera", "suocero"}
    | {"collega", "coinquilino", "coinquilina", "prof", "professore", "professoressa", "capo"}
)
# After a name-call, words that only say who: "disgusting people", "a loser who ...".
_PEOPLE_AFTER: Final = frozenset({"people", "person", "persone", "persona", "who"})
_SUBJECT_REACH: Final = 4  # "your soon to be ex husband": at most this many words before the copula
_BETWEEN_REACH: Final = 4  # "is a complete and utter asshole": words between copula and name-call
# A comment that opens with these verdicts calls the OP the asshole (or one of them).
_VERDICTS: Final = frozenset({"yta", "esh", "ywbta"})
_AIMABLE: Final = frozenset(
    {Cat.INSULT, Cat.SEXUAL_HARASSMENT, Cat.BODY_SHAMING, Cat.IDENTITY_ATTACK}
)
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})
_FOUND: Final = ("found", "the")  # "Found the incel"
_IMAGINE: Final = ("imagine", "being")  # "Imagine being this dense"
_IDIOM_OPENERS: Final = frozenset({_FOUND[0], _IMAGINE[0]})
_IDIOM_REACH: Final = 4  # "imagine being this much of a bootlicker"


class Forum2Rules(GameChat5Rules):
    """Who a Reddit comment's name-call is about: the OP's people, the OP, the commenter."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        cues = lexicon.cues
        self._family = cues["family"]
        self._persons = cues["person_noun"] | self._family | _THREAD_PEOPLE
        self._others = cues["singular_pronoun"] | cues["third_person"] | self._persons
        self._negators = cues["negation"]
        self._laughs = cues["laugh"]
        self._hit_words = lexicon.hit_words

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), aimed where a Reddit shape names someone."""
        target, note = super().reread(ctx, hit, target, note)
        if note:
            return target, note
        category = hit.entry.category
        if target is Kind.SELF and category in _AIMABLE:
            if self._owned_person_called(ctx, hit):
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "mio fratello è un idiota"
            return target, note
        if target not in _UNAIMED:
            return target, note
        if category is Cat.PROFANITY:
            profane_noun = hit.entry.tokens[-1] in PROFANE_NOUNS
            if profane_noun and self._owned_person_called(ctx, hit):
                return Kind.THIRD_PERSON, NAMED_NOTE  # "your son is a little shit"
            return target, note
        if category not in _AIMABLE:
            return target, note
        if self._owned_person_called(ctx, hit) or self._doubly_called(ctx, hit):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "your husband is a pig"
        if self._after_verdict(ctx, hit) or self._reddit_idiom(ctx, hit):
            return Kind.SECOND_PERSON, note  # "YTA and a bigot", "Found the incel"
        return target, note

    def _owned_person_called(self, ctx: Context, hit: Hit) -> bool:
        """ "<possessive> [words] <person noun> <copula> [a few words] <name-call>", in
        one clause, the name-call closing it (or before "people"), nothing negated."""
        if not (
            ctx.mentions_any("forum2_owners", _OWNERS)  # "op" is one: "this OP is a liar"
            and ctx.mentions_any("forum2_copulas", COPULAS)
        ):
            return False  # once per message: most have no "your ... is"
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        floor = max(start, hit.first - 2 - _BETWEEN_REACH)  # a copula farther off is no use
        copula = next((i for i in range(hit.first - 1, floor, -1) if tokens[i] in COPULAS), -1)
        if copula < 0:
            return False
        between = tokens[copula + 1 : hit.first]
        if not self._negators.isdisjoint(between) or any(
            ctx.pause_after(i) for i in range(copula, hit.first - 1)
        ):
            return False  # "your dad is not an idiot", "your dad is, frankly, ..."
        noun = tokens[copula - 1]
        if noun == "op":
            return self._closes(ctx, hit)  # "this OP is a liar": the one who posted
        if noun == "laws" and copula >= 2 and tokens[copula - 2] == "in":
            noun = "inlaws"  # "in-laws"
        if noun not in self._persons:
            return False
        subject = tokens[max(start, copula - 1 - _SUBJECT_REACH) : copula - 1]
        if _OWNERS.isdisjoint(subject):
            return False
        if not _MINE.isdisjoint(subject) and (noun in _KIN or noun in self._family):
            return False  # "my brother is an idiot": banter, left to the other rules
        return self._closes(ctx, hit)

    def _closes(self, ctx: Context, hit: Hit) -> bool:
        """The name-call ends its clause, or goes on only to say who ("disgusting
        people", "a loser who never got laid") or to laugh ("a dumbass lol")."""
        tokens = ctx.tokens
        end = hit.last
        return (
            end >= len(tokens)
            or ctx.pause_after(end - 1)
            or tokens[end] in _PEOPLE_AFTER
            or tokens[end] in self._laughs
        )

    def _doubly_called(self, ctx: Context, hit: Hit) -> bool:
        """ "<name> is a <name-call> <word> <name-call>": a name-call among the words
        that describe the last one ("Biden is a senile old fool") makes the whole a
        name-call said of the name, as plain as "Biden is an old fool"."""
        if hit.entry.category is not Cat.INSULT:
            return False
        between = ctx.tokens[max(0, hit.first - 3) : hit.first]
        return not self._hit_words.isdisjoint(between) and self._named_subject(ctx, hit)

    def _after_verdict(self, ctx: Context, hit: Hit) -> bool:
        """A comment opening with a verdict ("YTA", "ESH"), the name-call after it
        with nobody else named between: it calls the OP so."""
        tokens = ctx.tokens
        if not tokens or tokens[0] not in _VERDICTS or hit.first == 0:
            return False
        if self._attributive_at(ctx, hit):
            return False  # "YTA, the idiot move was not telling her": a thing judged
        return self._others.isdisjoint(tokens[1 : hit.first])

    def _reddit_idiom(self, ctx: Context, hit: Hit) -> bool:
        """ "Found the <name-call>", "Imagine being <a few words> <name-call>" opening a
        sentence, the name-call closing it."""
        if not ctx.mentions_any("forum2_idiom", _IDIOM_OPENERS):
            return False  # once per message: no "found" nor "imagine"
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        opener = tuple(tokens[start : start + 2])
        if opener not in (_FOUND, _IMAGINE):
            return False
        if hit.first - start - 2 > _IDIOM_REACH or any(
            ctx.pause_after(i) for i in range(start, hit.first)
        ):
            return False
        end = hit.last
        return ctx.closes_clause(end) or tokens[end] in self._laughs
