"""Targeting rules for judging words that aim at no one (issue 8, insprec).

Comment sections judge the news, a policy or a post as often as a person, and the
older rules, built for chat where a lone word is said of a player, read some of those
judgements as aimed. Each rule here is a shape where the word judges a thing:

- An exclamation that is a sentence of its own: "Ridiculous.", "@bob absolutely
  ridiculous - how many ...", "Disgusting!", "che vergogna." says what the writer
  thinks of what they read; no one is named in its sentence. Only words that judge
  situations ("ridiculous", "absurd", "shameful"); a lone "idiot", "loser" or
  "pathetic" still calls someone one, as game chat says it.
- A name-call inside an "if you ..." clause speaks of anyone who would do it: "if you
  act like a jackass in court, God help you", "if you throw trash out the window".
  The words after the clause stay aimed ("if you believe that, you're an idiot": the
  hit is past the clause), and so does a clause whose "you" is named again before the
  hit ("if you think that you are an idiot" says it of the reader). Threats and
  self-harm stay: "if you come here I'll hurt you" is a threat.
- A judging word between "his", "her" or "their" and a thing: "his stupid actions",
  "her dumb comments", "their pathetic excuses" judge what the person did; "his stupid
  son", "her idiot brother" still judge a person (a person, family or role noun, or a
  lexicon word, after it).

Runs on `aim`'s final answer (`in_game`), so it sees the group and said-of readings
the other rules make, and only ever cancels.
"""

from __future__ import annotations

from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_italian4 import Italian4Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

EXCLAIMED_NOTE = "a judgement of what was read, aimed at no one"
HYPOTHETICAL_NOTE = "said of anyone who would, in an if-clause"
THING_NOTE = "said of a thing, the subject of its clause"
# fmt: off
# Words that judge a situation as often as a person; a lone one is an exclamation.
_EXCLAIMED = frozenset({
    "ridiculous", "absurd", "insane", "unbelievable", "shameful",
    "disgraceful", "outrageous", "laughable", "ludicrous", "appalling", "idiotic",
    "moronic", "vergognoso", "ridicolo", "assurdo", "vergogna",
})
# What may come before the exclamation in its sentence: "how", "what", "just so truly".
_LEADS = frozenset({
    "how", "what", "so", "just", "simply", "absolutely", "totally", "utterly", "truly",
    "really", "very", "too", "completely", "pure", "purely", "insanely", "beyond", "quite",
    "most", "oh", "wow", "omg", "lol", "this", "is", "that", "s", "thats", "its", "it",
    "che", "davvero", "proprio", "veramente", "assolutamente", "semplicemente",
})
# Who owns the thing: "his phone", "your comment".
_OWNERS = frozenset({
    "his", "her", "their", "your", "my", "our", "suo", "sua", "loro", "tuo", "tua",
})
_THING_COPULAS = frozenset({"is", "was", "are", "were", "s", "è", "e", "sono", "era"})
_IF = frozenset({"if", "unless", "whenever"})
# Things and deeds a comment judges, as nouns: "the movie is a piece of crap", "his
# comments are idiotic". Nouns that never name a person.
_THINGS = frozenset({
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
    "idee", "commenti", "parole", "scelte", "decisioni", "politiche", "battute",
    "legge", "telefono", "macchina", "partita", "articolo", "libro", "canzone",
})
# Who says a name-call on a condition: "if you", not "if your ...".
_YOU = frozenset({"you", "u", "ya", "tu"})
# "if you are that stupid, ...": a name-call on a condition; "if you act like" is not.
_BE = frozenset({"are", "re", "r", "were", "be", "am", "is", "sei", "siete", "fossi"})
_YOU_ARE = frozenset({"ur", "youre", "sei", "siete"})  # "if ur a ...": a copula in it
_POINTING = frozenset({"that", "this", "these", "those", "quel", "quello", "questo"})
_ARTICLES = frozenset({"a", "an", "un", "una", "uno"})
_IF_CALLING = frozenset({Cat.INSULT, Cat.BODY_SHAMING})
_DASHES = ("-", "\u2013", "\u2014")  # "ridiculous - how many ...": a dash ends it too
# fmt: on
_THING_REACH = 3  # tokens from the subject noun to the name-call: "is a total piece of"
_IF_REACH = 8  # tokens from "if" to the hit, in one clause
_CANCELLED = frozenset({Kind.OBJECT, Kind.SELF, Kind.REPORTED})
_SPARED = frozenset({Cat.THREAT, Cat.SELF_HARM, Cat.PROFANITY})  # never a judgement


class InsPrecRules(Italian4Rules):
    """Judging words said of a situation, a hypothetical anyone or a person's deeds."""

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

    def _judged_alone(self, ctx: Context, hit: Hit) -> bool:
        """The word, with only `_LEADS` before it, makes its sentence or clause."""
        start = ctx.sentence_start(hit.first, 4)
        if not ctx.starts_sentence(start):
            return False  # more than four words before it in its sentence
        tokens = ctx.tokens
        if not all(tokens[i] in _LEADS for i in range(start, hit.first)):
            return False  # "you are ridiculous", "the ref was ridiculous"
        last = hit.last - 1
        if last == len(tokens) - 1 or ctx.pause_after(last):
            return True
        if hit.last >= len(ctx.spans):
            return False
        gap = ctx.folded[ctx.spans[last][1] : ctx.spans[hit.last][0]]
        return any(dash in gap for dash in _DASHES)

    def _thing_subject(self, ctx: Context, hit: Hit) -> bool:
        """ "<determiner> <thing> <copula> [a] <name-call>": the subject a noun that never
        names a person ("this phone is a piece of crap", "his comments are idiotic")."""
        tokens = ctx.tokens
        i = hit.first - 1
        article, skipped = self._cues["article"], self._cues["intensifier"]
        while (
            i > 0
            and hit.first - i <= _THING_REACH
            and (tokens[i] in article or tokens[i] in skipped)
        ):
            i -= 1
        if i < 2 or tokens[i] not in _THING_COPULAS or tokens[i - 1] not in _THINGS:
            return False
        owner = tokens[i - 2]
        return owner in _OWNERS or owner in self._cues["demonstrative"] or owner in article

    def _if_clause(self, ctx: Context, hit: Hit) -> bool:
        """The hit sits in an "if you ..." clause: "if" then "you" opening it, no pause and
        no second "you" before the hit."""
        tokens = ctx.tokens
        start = max(ctx.sentence_start(hit.first, _IF_REACH), hit.first - _IF_REACH)
        second = self._cues["second_person"]
        for i in range(hit.first - 1, start - 1, -1):
            if ctx.pause_after(i):
                return False  # "if you say so, you idiot": the clause ended
            word = tokens[i]
            if word in _IF:
                # "if you act like a jackass"; not "if u noob", "if u a messy ...", which
                # drop the copula of "if you are a ..."
                return (
                    tokens[i + 1] in _YOU and i + 2 < hit.first and tokens[i + 2] not in _ARTICLES
                )
            if word in _BE or word in _YOU_ARE or word in _POINTING:  # "that dumbass"
                return False  # "if you are that stupid, ...": a name-call on a condition
            if word in second and i > 0 and tokens[i - 1] not in _IF:
                return False  # "if you think that you are an idiot"
        return False
