"""Targeting rules for Italian syntax (issue 8, italian3): who an Italian hit is aimed at
when the earlier rules, built on English word order, find only a thing or nobody.

- A clitic object right before a threat names its victim: "vi spacco la faccia" (you
  all), "gli spacco la faccia" (him); "ti ..." is read by the older rules.
- "gente come te" / "quelli come voi" before a hit aims it at the reader: "gente come te
  dovrebbe sparire". "gente come lui" aims it at a third person.
- "che schifo di persona (che sei)": an exclamation about a kind of person is an insult
  about one (the reader when "sei" follows), not about a thing ("che schifo di tempo").
- An epithet: "quel coglione di Marco", "quella cretina della prof": a demonstrative,
  a name-call and "di" + who it is; "quella merda di telefono" stays about a thing, and
  "quel coglione di mio fratello" is grumbling about one's own (test_scorer_reply_targets).
- A person called "di merda" / "del cazzo": "persona di merda", "ragazzino del cazzo"
  said on its own calls the reader; after other words ("quel vecchio di merda") a third
  person. "giornata di merda" stays about a thing.
- A put-down order ("fatti una vita", "fatti curare") followed by kind words is advice:
  "fatti una vita migliore", "fatti curare da un bravo medico".
- "ammazzati dalle risate": laughing, not self-harm.
- "siete tutti uguali per me": all equal in someone's eyes, not all the same.
- "ti aspetto fuori" with a clock time after it is a meeting: "ti aspetto fuori dal
  cinema alle nove"; "ti aspetto fuori da scuola" stays a threat.
- A vocative: a bare name-call that ends a clause spoken to the reader ("ma che cazzo
  dici, ignorante", "torna a scuola ignorante") or opens one ("anoressica fai paura"),
  and, after a mention or in a reply, an exclamation that is a whole sentence ("@bob
  che asina!"). A mention or reply with a vocative ("@bob cùrati, asina") is the
  reader too. A bare "che idiota" names no one (a remark: test_scorer_it_shapes), and
  "che idiota, ho dimenticato le chiavi" is said of oneself.

All run only on hits (the hit path) and only when the older rules found no target;
each looks at a few tokens around the hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.italian5_words import OF as _OF
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_gamechat6 import GameChat6Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})
_CALLABLE: Final = frozenset({Kind.NONE, Kind.MENTION, Kind.REPLY})  # who a vocative may replace
_ADDRESSED: Final = frozenset({Kind.MENTION, Kind.REPLY})
# Clitic objects of a threat's verb, and who they name. "le", "la", "lo", "li" are left
# out: they are also articles and "it" ("la spacco sta porta").
_CLITICS: Final = {"vi": Kind.SECOND_PERSON, "ve": Kind.SECOND_PERSON, "gli": Kind.THIRD_PERSON}
# ... but before a verb of killing, which takes only the living, they are clitics too:
# "lo ammazzerei", "li sgozzerei tutti".
_OBJECT_CLITICS: Final = frozenset({"lo", "la", "li", "le", "l"})
_KILLING: Final = ("ammazz", "uccid", "ucci", "sgozz", "strangol", "accoltell", "impicc", "fucil")
_NEGATION: Final = frozenset({"non", "mai", "nessuno"})
# "gente come te": a kind of people named by likeness to someone.
_LIKE_WHO: Final = frozenset({"gente", "persone", "quelli", "quelle", "tipi", "uno", "una"})
_LIKE_YOU: Final = frozenset({"te", "voi"})
_LIKE_THEM: Final = frozenset({"lui", "lei", "loro", "questo", "quello", "questa", "quella"})
_LIKE_REACH: Final = 6  # tokens from "come te" to the hit: "gente come te non dovrebbe mai ..."
_SCORNED: Final = frozenset({Cat.INSULT, Cat.THREAT, Cat.EXCLUSION, Cat.IDENTITY_ATTACK})
# "che schifo di persona": the nouns that make the exclamation about a person.
# fmt: off
_PERSON_KIND: Final = frozenset({
    "persona", "persone", "uomo", "uomini", "donna", "donne", "gente", "ragazzo",
    "ragazza", "ragazzi", "ragazze", "individuo", "individui", "essere", "tipo", "tipa",
    "giocatore", "giocatori", "amico", "amica", "fidanzato", "fidanzata", "padre", "madre",
})
# Second-person verbs and orders that make a clause spoken to the reader: a bare
# name-call at its edge is a vocative. Present tense "-i" forms and common imperatives;
# none that is an English or Spanish word ("state", "fate", "tu", "te"): every language
# is scored at once.
_TO_YOU: Final = frozenset({
    "sei", "dici", "fai", "hai", "vuoi", "puoi", "sai", "capisci", "parli", "scrivi",
    "pensi", "credi", "rompi", "stai", "vai", "torna", "tornatene", "fatti", "vattene",
    "smettila", "impara", "studia", "leggi", "guarda", "taci", "chiudi", "cresci", "curati",
    "sparisci", "muoviti", "levati", "togliti", "svegliati", "giochi", "capito",
    "siete", "dite", "avete", "andate", "tornate", "meriti", "meritate", "ti", "vi", "voi",
    "devi", "dovresti", "dovete", "apri", "pensa", "ascolta", "vieni",
    "smetti", "lascia", "gioca", "prova", "dimmi", "rispondi", "parla", "statti", "stattene",
})
# fmt: on
# "quel coglione di Marco": the demonstrative before the name-call, "di" after it.
# fmt: off
_THAT: Final = frozenset({
    "quel", "quello", "quella", "quell", "quei", "quegli", "quelle", "questo", "questa",
    "quest", "questi", "queste", "sto", "sta", "sti", "ste",
})
_MY: Final = frozenset({
    "mio", "mia", "miei", "mie", "tuo", "tua", "suo", "sua", "nostro", "nostra",
})
# fmt: on
# Words that may open an exclamation: "ma che idiota", "madonna che coglione".
# fmt: off
_EXCLAIMING: Final = frozenset({
    "ma", "ammazza", "madonna", "mamma", "mia", "oddio", "dio", "mio", "raga", "bro",
    "oh", "eh", "ah", "ahah", "ahahah", "minchia", "cazzo", "porca", "miseria",
})
# fmt: on
# Just before an exclamation, the writer speaking of themself: "ho perso le chiavi".
_MYSELF: Final = frozenset(
    {"ho", "sono", "mi", "io", "me", "avevo", "ero", "sbagliato", "dimenticato"}
)
_MYSELF_REACH: Final = 8
_VOCATIVE_REACH: Final = 6  # tokens from the reader's verb to the name-call
# Before a name-call, words that make it describe someone or something, not call the
# reader: "fai un discorso ignorante", "dici che il prof è ignorante?".
# fmt: off
_ATTRIBUTIVE: Final = frozenset({
    "un", "una", "uno", "il", "lo", "la", "i", "gli", "le", "l", "di", "e", "è", "era",
    "sono", "siamo", "sembra", "sembrano", "resta", "rimane", "diventato", "diventata",
})
# fmt: on
# "persona di merda": the swearing tails, and the nouns that make them about people.
_OF_SHIT: Final = frozenset({"di merda", "del cazzo", "de merda"})
# fmt: off
# (Not "giocatore": targeting_lobby.py says "giocatore di merda" of the player.)
_PERSON_CALLED: Final = (_PERSON_KIND - {"giocatore", "giocatori"}) | frozenset({
    "vecchio", "vecchia", "vecchi", "ragazzino", "ragazzina", "ragazzini", "bimbo", "bimba",
    "bimbi", "bambino", "bambina", "bambini", "nano", "nana", "tizio", "tizia", "femmina",
    "maschio", "gentaglia", "razza",
})
# fmt: on
_YOU_ARE: Final = frozenset({"sei", "siete", "sembri", "sembrate"})
_I_AM: Final = frozenset({"sono", "siamo", "sento", "sentiamo", "ero", "eravamo", "mi", "ci"})
ADVICE_NOTE: Final = "advice, not a put-down"
MEETING_NOTE: Final = "at a set time: a meeting"
LAUGHING_NOTE: Final = "said of laughing"
EQUAL_NOTE: Final = "equal in someone's eyes"
_IN_EYES: Final = frozenset(
    {"per", "davanti", "agli", "ai"}
)  # "uguali per me", "agli occhi di dio"
_KILLED_BY: Final = frozenset({"di", "dalle", "dal", "delle"})
_LAUGHS: Final = frozenset({"risate", "ridere", "risa"})
_WAITING: Final = frozenset({"ti aspetto fuori"})
_AT_TIME: Final = frozenset({"alle", "all", "verso", "dalle"})
_TIME_REACH: Final = 6  # "ti aspetto fuori dal cinema alle nove"
# The italian3 put-down orders, and the words after them that make them advice.
_PUT_DOWNS: Final = frozenset(
    {"fatti una vita", "fatevi una vita", "fatti curare", "fatevi curare"}
)
# fmt: off
_CARING_NEXT: Final = frozenset({
    "migliore", "bella", "felice", "serena", "tranquilla", "sana", "nuova", "da", "dal",
    "dalla", "dallo", "bene", "subito", "presto", "che", "perche",
})
# fmt: on


# Every word the rules above start from (a clitic, "come", "che", "di", a demonstrative,
# a verb said to the reader): a message with none of them is read by no rule here.
_ITALIAN: Final = frozenset(
    _TO_YOU | set(_CLITICS) | _OBJECT_CLITICS | _THAT | _OF | _PERSON_CALLED | {"come", "che"}
)
_ITALIAN_NAME: Final = "italian3"  # its name in the message's cache of cue look-ups


class Italian3Rules(GameChat6Rules):
    """Clitic victims, "gente come te", "che schifo di persona" and vocatives."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), with an Italian target where they found none."""
        target, note = super().reread(ctx, hit, target, note)
        category = hit.entry.category
        if hit.entry.term in _PUT_DOWNS and _caring_after(ctx, hit):
            return Kind.OBJECT, ADVICE_NOTE  # "fatti curare da un bravo medico"
        if category is Cat.SELF_HARM and _laughing(ctx, hit):
            return Kind.OBJECT, LAUGHING_NOTE  # "ammazzati dalle risate"
        if hit.entry.tokens[-1] == "uguali" and _IN_EYES.intersection(
            ctx.tokens[hit.last : hit.last + 1]
        ):
            return Kind.OBJECT, EQUAL_NOTE  # "siete tutti uguali per me"
        if hit.entry.term in _WAITING and _at_a_time(ctx, hit):
            return Kind.OBJECT, MEETING_NOTE  # "ti aspetto fuori dal cinema alle nove"
        if not ctx.mentions_any(_ITALIAN_NAME, _ITALIAN):
            return target, note  # no word any rule below reads: most English hits stop here
        if (
            not note
            and target in _ADDRESSED
            and category in (Cat.INSULT, Cat.BODY_SHAMING)
            and len(hit.entry.tokens) == 1
            and (_vocative(ctx, hit) or _exclaimed(ctx, hit))
        ):
            return Kind.SECOND_PERSON, note  # "@bob devi leggerla al contrario, asina"
        if note or target not in _UNAIMED:
            return target, note
        if category is Cat.THREAT:
            aimed = _clitic_victim(ctx, hit)
            if aimed is not None:
                return aimed, note  # "vi spacco la faccia", "gli spacco la faccia"
        if category in _SCORNED:
            aimed = _likened(ctx, hit)
            if aimed is not None:
                return aimed, note  # "gente come te dovrebbe sparire"
        if category is Cat.INSULT:
            aimed = _kind_of_person(ctx, hit)
            if aimed is Kind.SECOND_PERSON:
                return aimed, note  # "che schifo di persona che sei"
            if aimed is not None:
                return aimed, SAID_OF_NOTE  # "che schifo di persona"
        if category is Cat.INSULT and target is Kind.OBJECT and self._epithet(ctx, hit):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "quel coglione di marco": one person
        if (
            category in (Cat.INSULT, Cat.BODY_SHAMING)
            and len(hit.entry.tokens) == 1
            and target is Kind.NONE
            and _vocative(ctx, hit)
        ):
            return Kind.SECOND_PERSON, note  # "ma che cazzo dici, ignorante"
        return target, note

    def _person_object(self, ctx: Context, hit: Hit, target: TargetKind) -> TargetKind:
        """A people-only word's target, with a clitic victim or "gente come te" counted:
        the older rules look for the person only after the verb ("spacco la faccia a te")."""
        aimed = super()._person_object(ctx, hit, target)
        if aimed is not Kind.OBJECT or not ctx.mentions_any(_ITALIAN_NAME, _ITALIAN):
            return aimed
        if hit.entry.term in _OF_SHIT:
            called = _person_called(ctx, hit)
            if called is not None:
                return called  # "persona di merda", "quel vecchio di merda"
        category = hit.entry.category
        found = _clitic_victim(ctx, hit) if category is Cat.THREAT else None
        if found is None and category in _SCORNED:
            found = _likened(ctx, hit)
        return aimed if found is None else found

    def _epithet(self, ctx: Context, hit: Hit) -> bool:
        """ "quel coglione di Marco": demonstrative, name-call, "di" and who, not a thing."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        if first == 0 or tokens[first - 1] not in _THAT or tokens[last : last + 1] == []:
            return False
        if tokens[last] not in _OF or ctx.pause_after(last - 1):
            return False
        who = last + 1
        if who >= len(tokens) or tokens[who] in _MY:
            return False  # "quel coglione di mio fratello": one's own
        return tokens[who] not in self._cue_thing and tokens[who] not in self._cue_gaming


def _caring_after(ctx: Context, hit: Hit) -> bool:
    """Kind words right after a put-down order, in its clause: "fatti una vita migliore"."""
    after = ctx.tokens[hit.last : hit.last + 1]
    return bool(after) and after[0] in _CARING_NEXT and not ctx.pause_after(hit.last - 1)


def _person_called(ctx: Context, hit: Hit) -> TargetKind | None:
    """ "persona di merda" on its own: the reader; after other words, a third person."""
    tokens = ctx.tokens
    noun = hit.first - 1
    if noun < 0 or tokens[noun] not in _PERSON_CALLED:
        return None
    if noun == ctx.sentence_start(noun, 1) or (noun > 0 and ctx.pause_after(noun - 1)):
        return Kind.SECOND_PERSON
    before = tokens[max(0, noun - 3) : noun]
    if not _YOU_ARE.isdisjoint(before):
        return Kind.SECOND_PERSON  # "sei una persona di merda"
    if not _I_AM.isdisjoint(before):
        return None  # "mi sento una persona di merda": the older rules' answer
    return Kind.THIRD_PERSON


def _laughing(ctx: Context, hit: Hit) -> bool:
    """ "ammazzati di risate", "ammazzati dal ridere": the words right after the hit."""
    after = ctx.tokens[hit.last : hit.last + 2]
    return len(after) == 2 and after[0] in _KILLED_BY and after[1] in _LAUGHS


def _at_a_time(ctx: Context, hit: Hit) -> bool:
    """A clock time ("alle nove", "all'una", "verso le 8") soon after, in the sentence."""
    end = ctx.sentence_end(hit.last - 1, _TIME_REACH)
    return not _AT_TIME.isdisjoint(ctx.tokens[hit.last : end])


def _exclaimed(ctx: Context, hit: Hit) -> bool:
    """ "che idiota!", "ma che coglione": an exclamation that is its whole sentence."""
    tokens = ctx.tokens
    first = hit.first
    if first == 0 or tokens[first - 1] != "che":
        return False
    start = ctx.sentence_start(first, 4)
    if start < first - 1 and not set(tokens[start : first - 1]) <= _EXCLAIMING:
        return False
    if not _MYSELF.isdisjoint(tokens[max(0, start - _MYSELF_REACH) : start]):
        return False  # "ho perso le chiavi. che idiota": said of oneself
    return hit.last >= len(tokens) or ctx.stop_after(hit.last - 1)


def _clitic_victim(ctx: Context, hit: Hit) -> TargetKind | None:
    """Who a clitic right before a threat names ("vi spacco ..."), unless negated."""
    first = hit.first
    if first == 0:
        return None
    clitic = ctx.tokens[first - 1]
    aimed = _CLITICS.get(clitic)
    if aimed is None and clitic in _OBJECT_CLITICS and hit.entry.tokens[0].startswith(_KILLING):
        aimed = Kind.THIRD_PERSON
    if aimed is None or (first > 1 and ctx.tokens[first - 2] in _NEGATION):
        return None
    return aimed


def _likened(ctx: Context, hit: Hit) -> TargetKind | None:
    """ "gente come te" / "quelli come lui" in the hit's sentence, before it."""
    tokens = ctx.tokens
    start = ctx.sentence_start(hit.first, _LIKE_REACH + 2)
    for i in range(start + 2, hit.first):
        if tokens[i - 1] == "come" and tokens[i - 2] in _LIKE_WHO:
            if tokens[i] in _LIKE_YOU:
                return Kind.SECOND_PERSON
            if tokens[i] in _LIKE_THEM:
                return Kind.THIRD_PERSON
    return None


def _kind_of_person(ctx: Context, hit: Hit) -> TargetKind | None:
    """ "che schifo di persona": the reader when "(che) sei" follows, else a third person."""
    tokens = ctx.tokens
    last = hit.last
    if tokens[hit.first - 1 : hit.first] != ["che"] and hit.entry.tokens[0] != "che":
        return None
    if tokens[last : last + 1] != ["di"] or tokens[last + 1 : last + 2] == []:
        return None
    if tokens[last + 1] not in _PERSON_KIND or ctx.pause_after(last):
        return None
    after = tokens[last + 2 : last + 4]
    if "sei" in after or "siete" in after:
        return Kind.SECOND_PERSON
    return Kind.THIRD_PERSON  # said of one person: see reread


def _vocative(ctx: Context, hit: Hit) -> bool:
    """A bare name-call at the edge of a clause spoken to the reader.

    At the end: a reader's verb in reach before it, and nothing after it in its
    sentence ("torna a scuola ignorante"). At the start: the reader's verb right after
    it ("anoressica fai paura").
    """
    tokens = ctx.tokens
    first, last = hit.first, hit.last
    at_start = first == ctx.sentence_start(first, 1) or (first > 0 and ctx.pause_after(first - 1))
    if at_start and tokens[last : last + 1] and tokens[last] in _TO_YOU:
        return not ctx.pause_after(first)
    if last < len(tokens) and not ctx.pause_after(last - 1):
        return False  # words follow in the same clause: "sei ignorante in matematica"
    if first == 0 or tokens[first - 1] in _ATTRIBUTIVE:
        return False
    start = ctx.sentence_start(first, _VOCATIVE_REACH)
    return not _TO_YOU.isdisjoint(tokens[start:first])
