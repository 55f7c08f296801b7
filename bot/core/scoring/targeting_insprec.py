"""Targeting rules for name-calls that judge no one present (issue 8, insprec).

Comment sections judge products, films and policies, and speak of "you" as anyone, as
often as they call a person names. The older rules, built for chat where a lone word is
said of a player, read two such shapes as aimed; here they are cancelled:

- A thing or a deed as the subject of the name-call: "the movie is a piece of crap",
  "this phone is garbage", "his comments are idiotic", "il film è una schifezza". The
  subject is a determiner or owner, then a noun that never names a person (`_THINGS`),
  then a copula; "the mayor is a piece of crap" and "this guy is ..." stay aimed, and so
  does a maker before the thing ("whoever made this app is a moron").
- A name-call inside an "if you ..." clause speaks of anyone who would do it: "if you
  act like a jerk at the counter, they make you wait", "if you throw trash out of your
  window". The words after the clause stay aimed ("if you believe that, you're an
  idiot": a pause, or a subject and copula as in "if u want my opinion hes a clown",
  ends the clause; "if you keep acting like a bitch" says they do), and so do a clause
  that says "you" again ("if you think that you are an idiot"), a name-call on a
  condition ("if you are that stupid", "if ur a ...", "if u noob"), one that points at
  someone ("if you voted for that dumbass"), orders ("if you dont know just stfu"),
  threats, slurs and self-harm.

Runs on `aim`'s final answer (`in_game`), so it sees the said-of readings the other
rules make, and only ever cancels.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.forum_words import INDEFINITE
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_discord8 import Discord8Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

HYPOTHETICAL_NOTE: Final = "said of anyone who would, in an if-clause"
THING_NOTE: Final = "said of a thing, the subject of its clause"
# fmt: off
# Who owns the thing: "his phone", "your comment".
_OWNERS: Final = frozenset({
    "his", "her", "their", "your", "my", "our", "suo", "sua", "loro", "tuo", "tua",
})
_THING_COPULAS: Final = frozenset({"is", "was", "are", "were", "s", "è", "e", "sono", "era"})
_IF: Final = frozenset({"if", "unless", "whenever"})
# Things and deeds a comment judges, as nouns: "the movie is a piece of crap", "his
# comments are idiotic". Nouns that never name a person.
_THINGS: Final = frozenset({
    "action", "actions", "comment", "comments", "remark", "remarks", "word", "words",
    "policy", "policies", "idea", "ideas", "decision", "decisions", "post", "posts",
    "opinion", "opinions", "view", "views", "statement", "statements", "argument",
    "arguments", "excuse", "excuses", "choice", "choices", "mistake", "mistakes", "tweet",
    "tweets", "question", "questions", "answer", "answers", "claim", "claims", "plan",
    "plans", "rhetoric", "speech", "speeches", "behavior", "behaviour", "logic", "theory",
    "theories", "agenda", "joke", "jokes", "stunt", "stunts", "move", "moves", "rant",
    "rants", "point", "points", "rules", "bill", "law", "laws", "book", "song", "songs",
    "show", "movie", "article", "articles", "commentary", "antics", "proposal", "vote",
    "movies", "film", "films", "phone", "car", "app", "website", "site", "paper",
    "album", "headline", "design", "ending", "sequel", "episode", "stadium", "budget",
    "product", "service", "restaurant", "hotel", "food", "weather", "system", "program",
    "performance", "performances", "effort", "defense", "defence", "offense", "offence",
    "coaching", "season", "lineup",
    "idee", "commenti", "parole", "scelte", "decisioni", "politiche", "battute",
    "legge", "telefono", "macchina", "partita", "articolo", "libro", "canzone",
})
# Who says a name-call on a condition: "if you", not "if your ...".
_YOU: Final = frozenset({"you", "u", "ya", "tu"})
# "if you are that stupid", "if you weren't such an idiot": a name-call on a condition;
# "if you act like" is not.
_BE: Final = frozenset({
    "are", "re", "r", "were", "be", "am", "is", "was", "been", "being", "weren", "wasn",
    "aren", "isn", "sei", "siete", "fossi",
})
_YOU_ARE: Final = frozenset({"ur", "youre", "sei", "siete"})  # "if ur a ...": a copula in it
_POINTING: Final = frozenset({"that", "this", "these", "those", "quel", "quello", "questo"})
_ARTICLES: Final[frozenset[str]] = INDEFINITE
# "if you keep acting like ...", "if you still act like ...": they already do.
_GOING_ON: Final = frozenset({"keep", "continue", "still", "stop", "continui", "smetti"})
# A subject and its copula in one word open a main clause inside the if-clause's reach:
# "if u want my opinion hes a clown" (a copula apart, "she is", is `_BE` below).
_SAID_OF: Final = frozenset({"hes", "shes", "theyre", "thats", "im"})
# Who opens a clause before a thing: "whoever made this app is a moron".
_WHO: Final = frozenset({"who", "whoever", "whom", "whose", "chi", "chiunque"})
_IF_CALLING: Final = frozenset({Cat.INSULT, Cat.BODY_SHAMING})
# fmt: on
_THING_REACH: Final = 3  # tokens from the subject noun to the name-call: "is a total piece of"
_IF_REACH: Final = 8  # tokens from "if" to the hit, in one clause
_CANCELLED: Final = frozenset({Kind.OBJECT, Kind.SELF, Kind.REPORTED})
_SPARED: Final = frozenset({Cat.THREAT, Cat.SELF_HARM, Cat.PROFANITY})  # never a judgement


class InsPrecRules(Discord8Rules):
    """Name-calls said of a thing, or of anyone in an "if you ..." clause."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """`aim`'s answer, cancelled where a shape here says no one is judged."""
        target, note = super().in_game(ctx, hit, target, note)
        if target in _CANCELLED or hit.entry.category in _SPARED:
            return target, note
        if target is Kind.THIRD_PERSON and self._thing_subject(ctx, hit):
            return Kind.OBJECT, THING_NOTE  # "the movie is a piece of crap"
        if (
            target is not Kind.IMPERATIVE  # "if you dont know just stfu": the main clause
            and hit.entry.category in _IF_CALLING
            and ctx.mentions_any("insprec_if", _IF)
            and self._if_clause(ctx, hit)
        ):
            return target, HYPOTHETICAL_NOTE  # "if you act like a jackass, ..."
        return target, note

    def _thing_subject(self, ctx: Context, hit: Hit) -> bool:
        """ "<determiner> <thing> <copula> [a] <name-call>": the subject a noun that never
        names a person ("this phone is a piece of crap", "his comments are idiotic")."""
        tokens = ctx.tokens
        i = hit.first - 1
        article, skipped = self._cue_article, self._cue_intensifier
        while (
            i > 0
            and hit.first - i <= _THING_REACH
            and (tokens[i] in article or tokens[i] in skipped)
        ):
            i -= 1
        if i < 2 or tokens[i] not in _THING_COPULAS or tokens[i - 1] not in _THINGS:
            return False
        owner = tokens[i - 2]
        if owner not in _OWNERS and owner not in self._cue_demonstrative and owner not in article:
            return False
        return not self._person_opens(ctx, i - 2)

    def _person_opens(self, ctx: Context, at: int) -> bool:
        """A person before the thing in its clause: "whoever made this app is a moron",
        "the guy who wrote this article is an idiot" judge the maker, not the thing."""
        tokens = ctx.tokens
        for i in range(at - 1, max(ctx.sentence_start(at, _THING_REACH * 2), 0) - 1, -1):
            if ctx.pause_after(i):
                return False  # "sorry man, the app is garbage"
            word = tokens[i]
            if word in _WHO or word in self._cue_person_noun or word in self._cue_people:
                return True
            if word in self._cue_role or word in self._cue_third_person:
                return True  # "the dev who made this app", "he made this app, it's ..."
        return False

    def _if_clause(self, ctx: Context, hit: Hit) -> bool:
        """The hit sits in an "if you ..." clause: "if" then "you" opening it, no pause and
        no second "you" before the hit."""
        tokens = ctx.tokens
        start = max(ctx.sentence_start(hit.first, _IF_REACH), hit.first - _IF_REACH)
        second = self._cue_second_person
        for i in range(hit.first - 1, start - 1, -1):
            if ctx.pause_after(i):
                return False  # "if you say so, you idiot": the clause ended
            word = tokens[i]
            if word in _IF:
                # "if you act like a jackass"; not "if u noob", "if u a messy ...", which
                # drop the copula of "if you are a ..."; not "if you keep acting like a
                # bitch", which says they already do
                return (
                    tokens[i + 1] in _YOU
                    and i + 2 < hit.first
                    and tokens[i + 2] not in _ARTICLES
                    and tokens[i + 2] not in _GOING_ON
                )
            if word in _SAID_OF:
                return False  # "if u want my opinion hes a clown": a main clause began
            if word in _BE or word in _YOU_ARE or word in _POINTING:  # "that dumbass"
                return False  # "if you are that stupid, ...": a name-call on a condition
            if word in second and i > 0 and tokens[i - 1] not in _IF:
                return False  # "if you think that you are an idiot"
        return False
