"""The italian3 shapes (issue 8, targeting_italian3.py and the "italian3" lexicon lines):
who an Italian hit is aimed at where English word order finds nobody. Fresh examples for
each rule, with the near-misses that must stay clean. Default settings (every language).
"""

from __future__ import annotations

import pytest

from bot.core.scoring.lexicon import Entry
from bot.core.scoring.lexicon_italian3 import plural_twins
from bot.core.scoring.scorer import Scorer
from bot.core.scoring.targeting_italian3 import ADVICE_NOTE, LAUGHING_NOTE, MEETING_NOTE
from bot.core.scoring.verdict import Category, TargetKind

# A clitic object before a threat names its victim: "vi" the readers, "gli" him.
CLITIC_HOSTILE = (
    ("vi spacco la faccia uno per uno", TargetKind.SECOND_PERSON),
    ("se vi becco vi spacco la faccia", TargetKind.SECOND_PERSON),
    ("appena lo vedo gli spacco la faccia", TargetKind.THIRD_PERSON),
)
CLITIC_CLEAN = (
    "non vi spacco la faccia, state tranquilli",  # denied
    "gli ho detto di non spaccare la faccia a nessuno",  # reported
    "vi voglio bene ragazzi",
    "gli voglio un bene dell'anima",
)

# "gente come te" / "quelli come voi" aims a people-only word at the reader.
LIKENED_HOSTILE = (
    "gente come te dovrebbe solo sparire",
    "persone come voi andrebbero rinchiuse",
    "quelli come te andrebbero rinchiusi",
)
LIKENED_CLEAN = (
    "gente come te mi mette di buon umore",
    "servirebbe più gente come voi in questo server",
    "la nebbia dovrebbe sparire entro mezzogiorno",
)

# "che schifo di persona (che sei)": about a person, the reader when "sei" follows.
KIND_OF_PERSON = (
    ("che schifo di persona che sei diventato", TargetKind.SECOND_PERSON),
    ("che schifo di uomo, lascia la moglie da sola", TargetKind.THIRD_PERSON),
)
KIND_OF_THING_CLEAN = (
    "che schifo di tempo oggi",
    "che schifo di partita, zero tiri in porta",
    "che schifo di connessione stasera",
)

# "quel coglione di Marco": demonstrative, name-call, "di" and who.
EPITHET_HOSTILE = (
    "quel coglione di luca ha rotto di nuovo tutto",
    "quella cretina della mia ex mi ha bloccato",
    "quel pagliaccio di allenatore ci ha rovinato la stagione",
)
EPITHET_CLEAN = (
    "quel cretino di gioco mi ha fatto perdere due ore",  # a thing, said in a hurry
    "questa merda di telefono non carica",
    "quel ragazzo di torino gioca benissimo",
)

# A bare name-call at the edge of a clause spoken to the reader: a vocative.
VOCATIVE_HOSTILE = (
    "ma cosa scrivi, ignorante",
    "torna a studiare ignorante",
    "smettila di piangere sfigato",
    "grassona fai ridere",
    "@luca dovresti rileggere le regole, somaro",
    "@giulia che cretina",
)
VOCATIVE_CLEAN = (
    "dici che il prof è ignorante? ha ragione lui",
    "hai visto che discorso ignorante ha fatto il sindaco",
    "sono proprio ignorante in storia, mi aiuti?",
    "mi hai dato dell'ignorante davanti a tutti",  # reported
    "che idiota, ho lasciato il caricatore a casa",  # said of oneself
    "ho sbagliato fermata. che scemo",  # said of oneself
    "che imbecille che sono stato",
    "che deficiente quel film",  # judges a thing after it
)

# A person called "di merda" / "del cazzo": on its own the reader, never a thing.
CALLED_OF_SHIT = (
    ("ragazzina del cazzo", TargetKind.SECOND_PERSON),
    ("bimbo di merda, torna a giocare con le costruzioni", TargetKind.SECOND_PERSON),
    ("sei proprio una persona di merda", TargetKind.SECOND_PERSON),
)
CALLED_OF_SHIT_CLEAN = (
    "serata di merda, si è rotta pure la macchina",
    "che traffico del cazzo stamattina",
    "oggi mi sento una persona di merda",  # self-directed
    "sono stato un amico di merda, scusami",  # self-directed
)

# The italian3 lexicon lines: put-down orders, worth denied, curses and common insults.
LEXICON_HOSTILE = (
    "fatti una vita invece di stare qui",
    "fatevi curare tutti",
    "vai a zappare che è meglio",
    "tu non vali un cazzo",
    "non valete niente come squadra",
    "sei la vergogna di questo server",
    "dovresti vergognarti di esistere",
    "mortacci vostri",
    "che dio ti maledica",
    "arbitro cornuto!",
    "sei proprio un'asina",
    "sei patetico, lo sai?",
    "sei un subnormale",
    "sei un rimbambito",
    "sei un incompetente, lascia fare a me",
    "voi terroni siete la rovina del paese",
    "i calabresi sono tutti mafiosi",
    "che affoghino tutti questi immigrati",
    "gli immigrati vanno rispediti a casa loro",
    "ma chi ti credi di essere",
    "non capisci un cazzo di calcio",
    "sei senza cervello",
    "ti sfascio la faccia se ti ribecco",
    "vergognatevi",
    "vi meritate di perdere, incapaci",
    "sparati in testa e facci un favore",
    "fatevi ammazzare tutti",
    "levati dal cazzo, nessuno ti ha invitato",
    "mi hai rotto le palle con sti vocali",
    "statti zitta che è meglio",
    "chiudi gli occhi e ascolta, ignorante",
    "gli zingari vanno tutti rinchiusi",
    "le femministe andrebbero tutte rinchiuse",
    "i disabili sono solo un peso per le famiglie",
    "gli africani appartengono a uno zoo",
    "troppi stranieri in città, dovrebbero andarsene",
    "i rom, meglio se muoiono",
)
LEXICON_CLEAN = (
    "fatti una vita migliore e sii felice",  # advice
    "fatti curare da un bravo medico, ti prego",  # advice
    "mio nonno va a zappare l'orto ogni mattina",
    "tu vali tantissimo, non dimenticarlo",
    "nessuno dice che non vali niente",
    "questo film è patetico",  # a thing
    "l'asino del presepe è bellissimo",
    "hanno arrestato tre mafiosi a palermo",
    "il pacco va rispedito al mittente",
    "questo sugo è disgustoso",
    "ti meriti di vincere, campione",
    "i vecchi file vanno tutti eliminati",
    "i rifiuti vanno tutti bruciati nell'inceneritore",
    "domenica portiamo i bambini a uno zoo",
    "sparati un caffè e poi si riparte",
    "i pesci del lago sono avvelenati dal mercurio",
    "mi hanno rotto le palle i vicini col trapano",
    "ammazzati dalle risate con questo video",
    "meglio se muore la batteria che perdere la partita",
)


@pytest.mark.parametrize(("text", "target"), CLITIC_HOSTILE + KIND_OF_PERSON + CALLED_OF_SHIT)
def test_italian_target_found(scorer: Scorer, text: str, target: TargetKind) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is target, verdict.explanation


@pytest.mark.parametrize(
    "text", LIKENED_HOSTILE + EPITHET_HOSTILE + VOCATIVE_HOSTILE + LEXICON_HOSTILE
)
def test_italian_shape_flagged(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation


@pytest.mark.parametrize(
    "text",
    CLITIC_CLEAN
    + LIKENED_CLEAN
    + KIND_OF_THING_CLEAN
    + EPITHET_CLEAN
    + VOCATIVE_CLEAN
    + CALLED_OF_SHIT_CLEAN
    + LEXICON_CLEAN,
)
def test_italian_near_miss_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize("text", ["fatti una vita migliore", "fatti curare dal medico"])
def test_put_down_with_kind_words_is_advice(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile
    assert ADVICE_NOTE in verdict.explanation


@pytest.mark.parametrize(
    "text",
    [
        "I ATTENDED PENN STATE IN 71 THIS IS FUCKING DISGUSTING",  # "state": no Italian verb
        "what state got the best food",
        "the sine wave is off",  # no "asine"
        "lmao tu madre lol: nacho doritos trash",  # Spanish "tu" opens no vocative
    ],
)
def test_english_untouched(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        ("ti aspetto fuori dal bar alle dieci", False),  # a meeting
        ("ti aspetto fuori dalla palestra verso le 7", False),
        ("ti aspetto fuori dopo la lezione, vedrai", True),
        ("ti aspetto fuori e ne riparliamo", True),
    ],
)
def test_waiting_outside(scorer: Scorer, text: str, hostile: bool) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile is hostile
    assert (MEETING_NOTE in verdict.explanation) is not hostile


def test_laughing_is_no_self_harm(scorer: Scorer) -> None:
    verdict = scorer.score("ammazzati di risate guardando questo")
    assert not verdict.hostile
    assert LAUGHING_NOTE in verdict.explanation


# The readers threatened as one: "vi" / "ve" twins of the "ti" / "te" threats and
# shut-outs (lexicon_italian3.py), read by the same rules as the phrase they copy.
@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        ("vi faccio a pezzi tutti quanti", True),
        ("ve la faccio pagare, ve lo giuro", True),
        ("vi riempio di botte a tutti e due", True),
        ("nessuno vi vuole in questo gruppo", True),
        ("vi aspetto fuori dalla palestra alle sei", False),  # a meeting, as with "ti"
        ("la prof vi vuole parlare domani", False),  # no "nessuno"
        ("vi voglio un mondo di bene", False),
    ],
)
def test_plural_twins(scorer: Scorer, text: str, hostile: bool) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile is hostile, verdict.explanation


def test_plural_twin_keeps_term() -> None:
    """A twin is the same entry under other tokens: its term names the shipped phrase."""
    entry = Entry(
        "ti spacco la faccia", ("ti", "spacco", "la", "faccia"), Category.THREAT, 0.9, None
    )
    insult = Entry("ti odio", ("ti", "odio"), Category.INSULT, 0.6, None)
    twins = plural_twins({entry.tokens: entry, insult.tokens: insult})
    assert list(twins) == [("vi", "spacco", "la", "faccia")]
    assert twins[("vi", "spacco", "la", "faccia")].term == "ti spacco la faccia"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("li ammazzerei tutti", TargetKind.GROUP),
        ("quel coglione lo ammazzerei", TargetKind.THIRD_PERSON),
    ],
)
def test_killing_clitic(scorer: Scorer, text: str, target: TargetKind) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is target


# "voi ... siete": the group judgements said with "sono" get "siete" twins.
@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        ("voi disabili siete un peso", True),
        ("voi stranieri siete dei mostri", True),
        ("voi disabili non siete un peso per nessuno", False),  # negated
        ("siete malati? restate a casa allora", False),  # health, no twin
        ("ragazzi siete tutti uguali per me, vi voglio bene", False),  # equal in my eyes
    ],
)
def test_plural_judgements(scorer: Scorer, text: str, hostile: bool) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile is hostile, verdict.explanation
