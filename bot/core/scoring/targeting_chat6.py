"""Targeting rules from the sixth Discord chat probe (issue 8, chat6): shapes of server
chat that aim a name-call the earlier rules left unaimed, or quote one.

- A judgement carried over to the reader: "your art is garbage and so are you", "ur fave
  is trash and so r u", "la tua build fa schifo e anche tu".
- A name-call whose subject is a relative clause: "whoever griefed my base is a loser",
  "the kid who stole my stuff is a rat", "chi ha rubato i diamanti è un coglione". The
  words inside the clause ("my base", "me") are not who is called.
- An Italian curse sent to the reader by a dative: "vaffanculo a te", "fanculo a voi".
- A name-call quoted in single quotes to report or ask about it: "he literally said
  'ur trash'", "is 'noob' considered toxic here?". Statements of three words and more
  are read as quoted already (targeting_context); a word or two needs a saying verb
  before the quote or a verdict on the word after it.

All run only on hits (the hit path) and look at a few tokens around the hit.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.scoring.forum_words import INDEFINITE, PROFANE_NOUNS, is_abstract
from bot.core.scoring.leftovers8_words import GAME_THINGS
from bot.core.scoring.person13_words import MODIFIERS
from bot.core.scoring.targeting_context import (
    SAID_OF_NOTE,
    SENTENCE_REACH,
    WIDENED,
    Context,
    Hit,
)
from bot.core.scoring.targeting_insults4 import InsultRules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

_AIMABLE: Final = frozenset({Cat.INSULT, Cat.BODY_SHAMING})
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})
QUOTED_NOTE: Final = "quoted to report or ask about it"  # cancels the hit, as reported speech
# "... and so are you": "so" + a copula + the reader; "as are you"; "e anche tu".
_SO: Final = frozenset({"so", "as"})
_ARE: Final = frozenset({"are", "r", "is", "were"})
_READER: Final = frozenset({"you", "u", "ya", "yu", "yall"})
_TOO_IT: Final = frozenset({"anche", "pure"})
_YOU_IT: Final = frozenset({"tu", "te", "voi"})
_CARRY_REACH: Final = 6  # tokens from the name-call to "so are you"
# A relative clause as the subject: "whoever ...", "the guy who ...", "chi ...".
_WHOEVER: Final = frozenset({"whoever", "whoeva", "chiunque"})
_WHO: Final = frozenset({"who", "that", "che"})
# fmt: off
_HEADS: Final = frozenset({
    "one", "someone", "somebody", "person", "people", "guy", "guys", "dude", "kid", "player",
    "tizio", "tipo", "quello", "quella",
})
# fmt: on
_OPENERS: Final = frozenset({"the", "this", "that", "il", "lo", "la", "quel", "sto", "questo"})
_COPULAS: Final = frozenset({"is", "s", "was", "e", "era"})  # "è" folds to "e"
# fmt: off
_SKIPPED: Final = frozenset({
    "a", "an", "such", "total", "complete", "absolute", "little", "big", "huge", "real",
    "un", "una", "uno", "proprio", "davvero", "vero", "gran", "grande", "tutti", "tutte",
})
# fmt: on
_CLAUSE_REACH: Final = 9  # tokens from the copula back to "whoever" / "the guy who"
# "this artist is an idiot", "reyna diff, this girl is useless", "il nostro jett è un
# incapace": a determiner and a noun as the subject of a name-call.
_INDEFINITE: Final[frozenset[str]] = INDEFINITE
_OWNED_IT: Final = frozenset({"nostro", "nostra", "vostro", "vostra"})
_CLOSERS: Final = frozenset(
    {"and", "lol", "lmao", "tbh", "fr", "ngl", "smh", "e", "cuz", "bc", "fra"}
)
_FULL: Final = (("full", "of"), ("pieno", "di"), ("piena", "di"))  # "this server is full of idiots"
# "console players are all braindead", "jett mains are so trash", "i giocatori console
# sono tutti ritardati": players named by what they play, a group in every lobby.
# fmt: off
_PLAYERS: Final = frozenset({
    "players", "mains", "users", "fans", "stans", "gamers", "kids", "giocatori", "utenti",
})
# fmt: on
_PLAYERS_IT: Final = frozenset({"giocatori", "utenti"})  # "i giocatori mobile sono ..."
_WE: Final = frozenset(
    {"we", "us", "our", "im", "me", "noi"}
)  # "we players are all idiots": oneself
_ARE_ALL: Final = frozenset({"are", "r", "re", "sono"})
# Chat adverbs between a copula and a name-call ("ur actually trash", "our sova is
# literally useless", "sei davvero inutile"): read as if they were not there.
# fmt: off
_ADVERBS: Final = frozenset({
    "actually", "actual", "literally", "honestly", "genuinely", "lowkey", "davvero",
    "veramente",
})
# fmt: on
_LINKING: Final = frozenset({"ur", "youre", "sei", "siete", "e"})
_DATIVE: Final = frozenset({("a", "te"), ("a", "voi")})
# The words each shape cannot do without, tested once per message (speed round 9).
_CARRIERS: Final = _SO | _TOO_IT
_RELATIVES: Final = _WHOEVER | _WHO | {"chi"}
# A word or two in single quotes (the context reads three words and more as quoted).
_SHORT_QUOTE_RE: Final = re.compile(r"(?:^|(?<=[\s(:]))['‘]([^'‘’\n]{1,30})['’](?=[\s,.!?:;)]|$)")
# Reporting verbs, not orders: "say 'gg'" and "call him 'trash'" are what to say.
# fmt: off
_SAID: Final = frozenset({
    "said", "says", "saying", "called", "calls", "calling", "typed", "wrote", "posted",
    "word", "words", "detto", "scritto", "parola",
})
# fmt: on
# fmt: off
_VERDICT_AFTER: Final = frozenset({"considered", "counts", "count", "mean", "means", "isnt"})
# After "is" / "è": a verdict on the word ("'noob' is a slur"), not "'noob' is what you are".
_JUDGED: Final = frozenset({
    "a", "an", "not", "banned", "allowed", "toxic", "offensive", "ok", "okay", "considered",
    "un", "una", "vietato", "vietata", "offensivo", "offensiva", "permesso",
})
# fmt: on


class Chat6Rules(InsultRules):
    """Discord chat shapes: a judgement carried to the reader, a relative-clause subject,
    an Italian dative, a short quoted name-call."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), corrected where a chat shape here applies."""
        target, note = super().reread(ctx, hit, target, note)
        if note or target is Kind.REPORTED:
            return target, note
        if "'" in ctx.folded and _quoted_short(ctx, hit):
            return Kind.REPORTED, QUOTED_NOTE  # "he literally said 'ur trash'"
        category = hit.entry.category
        if category not in _AIMABLE:
            return target, note
        if target in WIDENED and hit.first > 1 and ctx.tokens[hit.first - 1] in _ADVERBS:
            past = self._past_adverb(ctx, hit)
            if past is not None:
                return past  # "ur actually trash", "our sova is literally useless"
        # Each shape below needs a word of its own somewhere in the message ("so", a
        # copula, "players"): asked once per message, most hits skip the token walks.
        if target in _UNAIMED and (
            (ctx.mentions_any("chat6_carry", _CARRIERS) and _carried_to_reader(ctx, hit))
            or _dative_reader(ctx, hit)
        ):
            return Kind.SECOND_PERSON, note  # "... and so are you", "vaffanculo a te"
        copula = ctx.mentions_any("chat6_copula", _COPULAS)
        if (
            copula
            and (target in _UNAIMED or target is Kind.SELF)
            and ctx.mentions_any("chat6_who", _RELATIVES)
            and self._relative_subject(ctx, hit)
        ):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "whoever griefed my base is a loser"
        if category is not Cat.INSULT:
            return target, note
        if (
            target in _UNAIMED
            and ctx.mentions_any("chat6_players", _PLAYERS)
            and self._players_called(ctx, hit)
        ):
            return Kind.GROUP, note  # "bedrock players are all braindead kids"
        if copula and target in _UNAIMED and self._place_full_of(ctx, hit):
            return Kind.GROUP, note  # "this server is full of toxic idiots"
        if (
            copula
            and (target in _UNAIMED or target is Kind.THIRD_PERSON)
            and self._subject_called(ctx, hit)
        ):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "reyna diff, this girl is useless"
        return target, note

    def _past_adverb(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """Who the rules find aimed at with the adverb right before the hit left out: the
        reader ("ur actually trash") or a named subject ("our sova is literally useless").
        Asked only when such an adverb is there (rare), on a copy of the message's tokens."""
        drop = hit.first - 1
        if drop >= len(ctx.spans) or not self._links_to_adverb(ctx.tokens[drop - 1]):
            return None  # "| genuinely cancer": no subject before the adverb
        tokens = ctx.tokens[:drop] + ctx.tokens[drop + 1 :]
        spans = ctx.spans[:drop] + ctx.spans[drop + 1 :]
        lead = ctx.lead - 1 if ctx.lead > drop else ctx.lead
        bare = Context(
            self._lexicon,
            ctx.folded,
            tokens,
            spans,
            mentioned=ctx.mentioned,
            is_reply=ctx.is_reply,
            lead=lead,
        )
        moved = hit._replace(first=hit.first - 1, last=hit.last - 1)
        target, note = self.reread(bare, moved, *self._aim(bare, moved))
        if note:
            return None
        if target is Kind.SECOND_PERSON:
            return target, note
        if target in WIDENED and self._named_subject(bare, moved):
            return Kind.THIRD_PERSON, SAID_OF_NOTE
        return None

    def _links_to_adverb(self, word: str) -> bool:
        """A copula or the reader's "ur" / "sei" before an adverb: "ur actually trash"."""
        return word in self._cue_copula or word in _LINKING

    def _copula_before(self, ctx: Context, hit: Hit, start: int) -> int:
        """The copula right before the name-call (articles, intensifiers and, after an
        article, judging words between: "the mayor is a stupid bitch"), or -1."""
        tokens, skipped, judging = ctx.tokens, self._cue_intensifier, self._lexicon.hit_words
        copula, described = hit.first - 1, False  # judging words passed need an article
        while copula > start:
            token = tokens[copula]
            if token in _INDEFINITE:
                described = False
            elif token in judging or token in MODIFIERS:
                described = True
            elif token not in _SKIPPED and token not in skipped:
                break
            copula -= 1
        if described:
            return -1  # "he is stupid bitch ...": no article before the judging words
        return copula if copula > start and tokens[copula] in _COPULAS else -1

    def _subject_called(self, ctx: Context, hit: Hit) -> bool:
        """ "<determiner> <noun> <copula> <name-call>" opening its clause: a person noun
        or role ("reyna diff, this girl is useless"), or any noun when the name-call only
        ever names a person ("this artist is an idiot", "questo jett è un incapace")."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        copula = self._copula_before(ctx, hit, start)
        if copula < start + 2 or not self._closes_name_call(ctx, hit):
            return False
        noun, determiner = copula - 1, copula - 2
        if tokens[determiner] in _OWNED_IT and determiner > start:
            determiner -= 1  # "il nostro jett"
        if tokens[determiner] not in self._cue_demonstrative and tokens[determiner] not in (
            self._cue_role_determiner
        ):
            return False
        if not (determiner == start or ctx.pause_after(determiner - 1)):
            return False  # "i think this guy is ..." is left to the other rules
        if tokens[hit.last - 1] in self._cue_name_noun and tokens[noun] not in self._cue_thing:
            return True  # "this artist is an idiot"; "this level is a bitch" curses a thing
        between = tokens[copula + 1 : hit.first]  # "a stupid bitch"; not "this boss is a real b."
        described = tokens[hit.first - 1] not in _INDEFINITE and tokens[noun] in GAME_THINGS
        if (
            not _INDEFINITE.isdisjoint(between)
            and not described
            and self._names_no_thing(tokens[noun], hit)
        ):
            return True  # a noun that judges people, not things: "è un incapace"
        person = tokens[noun] in self._cue_person_noun or tokens[noun] in self._cue_role
        return person and determiner > start  # at the sentence start the earlier rules judge

    def _names_no_thing(self, noun: str, hit: Hit) -> bool:
        """Neither the subject is a thing ("this printer", "this decision") nor the name-call
        one that things get too ("a piece of shit", "a joke")."""
        words = hit.entry.tokens
        return (
            noun not in self._cue_thing
            and not is_abstract(noun, plural=False)
            and self._cue_descriptive.isdisjoint(words)
            and PROFANE_NOUNS.isdisjoint(words)
        )

    def _closes_name_call(self, ctx: Context, hit: Hit) -> bool:
        """Nothing after the name-call in its clause but a closing word: "is an idiot lol",
        not "is a noob trap"."""
        tokens = ctx.tokens
        last = hit.last
        return ctx.closes_clause(last) or tokens[last] in _CLOSERS

    def _players_called(self, ctx: Context, hit: Hit) -> bool:
        """ "<word> players|mains|fans are (all) <name-call>": players named by their game,
        platform or pick ("console players are all braindead", "jett mains are trash")."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        skipped = self._cue_intensifier
        copula = hit.first - 1
        while copula > start and (tokens[copula] in _SKIPPED or tokens[copula] in skipped):
            copula -= 1  # "all", "so", "such", "fucking"
        if copula < start + 2 or tokens[copula] not in _ARE_ALL:
            return False
        players = tokens[copula - 1] in _PLAYERS or tokens[copula - 2] in _PLAYERS_IT
        owners = tokens[max(start, copula - 3) : copula - 1]  # "we console players"
        return players and _WE.isdisjoint(owners)

    def _place_full_of(self, ctx: Context, hit: Hit) -> bool:
        """ "<determiner> <noun> is full of <name-calls>": the people in the server, chat
        or lobby ("this server is full of toxic idiots", "sto server è pieno di idioti")."""
        tokens = ctx.tokens
        if tokens[hit.last - 1] not in self._cue_name_noun or hit.first < 4:
            return False
        for at in (hit.first - 2, hit.first - 3):  # one adjective may come between
            if at >= 2 and (tokens[at], tokens[at + 1]) in _FULL:
                copula, determiner = at - 1, at - 3
                return (
                    tokens[copula] in _COPULAS
                    and determiner >= 0
                    and tokens[determiner] in self._cue_demonstrative
                )
        return False

    def _relative_subject(self, ctx: Context, hit: Hit) -> bool:
        """ "whoever <clause> is a <name-call>", "the guy who <clause> is ...", "chi <clause>
        è un ...": the clause opens the sentence and a copula closes it right before the
        name-call (articles and "such" between), so the one the clause describes is called."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        copula = hit.first - 1
        skipped = self._cue_intensifier
        while copula > start and (tokens[copula] in _SKIPPED or tokens[copula] in skipped):
            copula -= 1
        if copula <= start or tokens[copula] not in _COPULAS:
            return False
        first = max(start, copula - _CLAUSE_REACH)
        for i in range(copula - 2, first - 1, -1):  # a verb at least between "who" and "is"
            token = tokens[i]
            if token in _WHOEVER or (token == "chi" and i == start):
                return i == start  # "whoever did this is ...", "chi ha rubato ... è ..."
            if token in _WHO and i > start and tokens[i - 1] in _HEADS:
                head = i - 1
                return head == start or (head - 1 == start and tokens[start] in _OPENERS)
        return False


def _carried_to_reader(ctx: Context, hit: Hit) -> bool:
    """ "<thing> is <name-call> (and) so are you", "as are you", "e anche tu": the same
    clause goes on to give the judgement to the reader."""
    tokens = ctx.tokens
    end = min(ctx.sentence_end(hit.first, SENTENCE_REACH), hit.last + _CARRY_REACH)
    for i in range(hit.last, end - 1):
        token, after = tokens[i], tokens[i + 1]
        if token in _SO and i + 2 < end and after in _ARE and tokens[i + 2] in _READER:
            return _ends_at(ctx, i + 2)  # "and so are you", "as are you"; not "so are you coming"
        if token in _TOO_IT and after in _YOU_IT and i > 0 and tokens[i - 1] == "e":
            return True  # "e anche tu", "e pure voi"
    return False


def _ends_at(ctx: Context, index: int) -> bool:
    """The clause ends after token `index`, or only a closing word follows ("lol")."""
    tokens = ctx.tokens
    return index + 1 >= len(tokens) or ctx.pause_after(index) or tokens[index + 1] in _CLOSERS


def _dative_reader(ctx: Context, hit: Hit) -> bool:
    """An Italian curse sent to the reader: "vaffanculo a te", "fanculo a voi"."""
    tokens = ctx.tokens
    return hit.last + 1 < len(tokens) and (tokens[hit.last], tokens[hit.last + 1]) in _DATIVE


def _quoted_short(ctx: Context, hit: Hit) -> bool:
    """The hit is a word or two in single quotes with a saying verb right before the
    quote ("he said 'ur trash'", "called me 'idiota'") or a verdict on the word after it
    ("is 'noob' considered toxic", "'retard' is banned here")."""
    folded = ctx.folded
    if "\u2018" not in folded and not _opens_quote(folded):
        return False  # every "'" inside a word ("you're"): nothing quoted, no regex scan
    span_start, span_end = ctx.spans[hit.first][0], ctx.spans[hit.last - 1][1]
    for match in _SHORT_QUOTE_RE.finditer(folded):
        if not (match.start(1) <= span_start and span_end <= match.end(1)):
            continue
        tokens, spans = ctx.tokens, ctx.spans
        opening, closing = hit.first, hit.last
        while opening > 0 and spans[opening - 1][0] >= match.start(1):
            opening -= 1
        while closing < len(spans) and spans[closing][1] <= match.end(1):
            closing += 1
        before = tokens[max(0, opening - 3) : opening]
        after = tokens[closing : closing + 2]
        asked = opening == 1 and before[-1:] in (["is"], ["e"])  # "is 'noob' a slur?"
        judged = after[:1] in (["is"], ["e"]) and not _JUDGED.isdisjoint(after[1:])
        return (
            asked
            or judged
            or not _SAID.isdisjoint(before)
            or not _VERDICT_AFTER.isdisjoint(after[:1])
        )
    return False


def _opens_quote(folded: str) -> bool:
    """Is there a "'" where `_SHORT_QUOTE_RE` may open a quote: the text's start, or after
    whitespace, "(" or ":"? Each "'" is found by a C-level `find` and the character before
    it tested: a message holds a few, where a regex scan (`[\\s(:]'`) tried its character
    class at every character (about 20,000 instructions a tweet). The same answer: `\\s`
    of a str pattern and `str.isspace` of one character are both Py_UNICODE_ISSPACE."""
    at = folded.find("'")
    if at == 0:
        return True
    while at > 0:
        before = folded[at - 1]
        if before.isspace() or before in "(:":  # one character: "(" or ":"
            return True
        at = folded.find("'", at + 1)
    return False
