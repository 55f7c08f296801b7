"""Shapes of the italian12 round (targeting_italian12, italian12_words and its lexicon
lines), at default settings: too many of a named group, a group denied children,
marriage, teaching or entry, the writer's threat with a group after it, a virtue denied
of "le persone trans", the feminine and missing adjectives said of a group, and a
name-call said of the hating (Italian and English); with the look-alikes that stay clean.
Past the round's own probe lines, each rule's lines were written after it and checked
once against it."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # too many of a named group
    "ci sono troppi immigrati in questo paese",
    "ci sono troppi musulmani a milano",
    "ormai ci sono troppe donne trans in giro",
    "abbiamo troppi stranieri qui",
    "i rom sono davvero troppi",
    "troppi neri in questa città",
    "ci sono troppi zingari, basta",
    # a group denied children, marriage, teaching or entry
    "i rom non dovrebbero avere figli",
    "i musulmani non dovrebbero poter entrare in italia",
    "un gay non dovrebbe insegnare ai bambini",
    "gli ebrei non dovrebbero sposarsi",
    "le persone trans non dovrebbero adottare",
    "i musulmani non dovrebbero entrare nel paese",
    "un ebreo non dovrebbe insegnare ai nostri figli",
    "i disabili non dovrebbero fare figli",
    # the writer's threat, a group after it
    "spaccherò la faccia a ogni trans che vedo",
    "spaccherò la faccia a tutti i musulmani",
    "romperò la faccia a ogni ebreo che incontro",
    "spaccherei la faccia a tutti gli zingari",
    # a virtue denied of "le persone X"
    "le persone trans non sono mai intelligenti",
    "le persone disabili non sono mai utili",
    "le persone gay non sono affidabili",
    "le persone trans non sono mai state normali",
    "tutte le persone trans non sono affidabili",
    "le persone di colore non sono mai oneste",
    "le persone di colore non sono affidabili",
    # the writer's disgust in a clause of its own after a group was named
    "ieri ho incontrato una donna trans, mi fa schifo",
    "ho conosciuto un musulmano. mi fa schifo",
    "ho un vicino ebreo, mi fa schifo",
    "ho visto una coppia gay al bar, mi fanno schifo",
    "c'è un rom nel mio palazzo. mi fa schifo.",
    # disgust at what the reader does; "penoso"
    "che schifo che giochi",
    "che schifo che fai",
    "che schifo mi fai",
    "che schifo che scrivi",
    "madonna che schifo che giochi oggi",
    "sei penoso",
    "siete penosi",
    # harm to a named group approved
    "uccidere i gay è giusto",
    "uccidere un gay dovrebbe essere legale",
    "ammazzare gli ebrei dovrebbe essere permesso",
    "sterminare gli zingari è un dovere",
    "fucilare gli immigrati sarebbe giusto",
    "secondo me uccidere tutti i musulmani è giusto",
    # more claims with the group as subject
    "gli immigrati dovrebbero tornare da dove sono venuti",
    "gli zingari dovrebbero tornare al loro paese",
    "i musulmani non hanno mai fatto niente di buono",
    "le donne non hanno mai fatto niente di buono",
    # the writer's hatred for one person, a clitic after a group was named
    "ho un vicino gay. lo odio",
    "ho conosciuto una donna trans. la detesto",
    "c'è un immigrato nel mio palazzo, lo odio",
    "ho un vicino ebreo. lo odio",
    # adjectives said of a group
    "le persone trans sono viscide",
    "i gay sono dei depravati",
    "i musulmani sono così ottusi",
    "gli ebrei sono meschini",
    "le donne sono maligne",
    # "nero" as a person after a singular determiner
    "non ho mai conosciuto un nero simpatico",
    "uccidere un nero dovrebbe essere legale",
    "non ho mai conosciuto una nera onesta",
    # chat jabs at the reader
    "sei cieco?",
    "ma sei cieca? era dietro di te",
    "giochi come mia nonna",
    "giochi come un bambino di 5 anni",
    "ti meriti di perdere",
    # adjectives and virtues the lexicon lacked
    "le persone trans sono ridicole",
    "gli ebrei non sono mai sinceri",
    "le donne sono solo pezzi di carne",
    "i gay sono sbagliati",
    "gli ebrei sono avidi e infidi",
    "i musulmani non sono mai puliti",
    "le donne sono tutte luride",
)

CLEAN = (
    # too many of something, or of a group harmed
    "ci sono troppe zanzare stasera",
    "troppi stranieri vengono sfruttati nei campi",
    "non è vero che ci sono troppi immigrati",
    "ci sono troppi giocatori in lobby",
    "abbiamo troppi compiti per domani",
    "dire che ci sono troppi immigrati è propaganda",
    "troppi immigrati muoiono in mare",
    "troppe donne subiscono violenza",
    "ho troppi compiti",
    # rights denied to no identity group, or the denial denied
    "i minorenni non dovrebbero entrare in discoteca",
    "i bambini non dovrebbero lavorare",
    "non è vero che i gay non dovrebbero adottare",
    "i cani non dovrebbero entrare nei negozi",
    "chi dice che gli immigrati non dovrebbero entrare sbaglia",
    "questa patch non dovrebbe esistere",
    # a threat at a thing
    "spaccherò la faccia a quel boss finale",
    "romperei la faccia al mio pc",
    # virtues and groups
    "le persone trans non sono mai state così visibili",
    "le persone anziane non sono mai intelligenti",
    "le persone trans non sono malate",
    "dire che le persone trans non sono intelligenti è falso",
    "le persone trans non sono stupide, sono intelligenti",
    "le persone di colore non sono mai state così felici",
    "le persone di colore non sono stupide",
    # disgust at a thing or at those who attack the group
    "ho mangiato una pizza, mi fa schifo",
    "i gay hanno diritti. mi fa schifo chi li insulta",
    "ho conosciuto un musulmano, mi fa simpatia",
    "ho visto un film sugli ebrei, non mi fa schifo",
    "ho un amico gay, mi fa schifo come lo trattano",
    "che schifo di partita",
    "che schifo che hanno fatto",
    "che schifo che fa questo server",
    "che schifo, ci hanno rubato la partita",
    "che schifo mi fa il lag",
    "un film penoso",
    "che partita penosa",
    # harm approved of no group, or denied, or asked back
    "uccidere i gay non è giusto",
    "uccidere il boss è giusto",
    "voglio uccidere quel mago",
    "devo uccidere il drago",
    "uccidere è sbagliato",
    "eliminare i bug è un dovere",
    "non è vero che uccidere i gay è giusto",
    "uccidere i gay? è sbagliato",
    # claims of no identity group
    "i turisti dovrebbero tornare da dove sono venuti",
    "i ragazzi non hanno mai fatto niente di buono",
    "i politici non hanno mai fatto niente di buono",
    # a clitic with no group, or the hatred denied or about something else
    "ho un gatto. lo odio",
    "ho un amico ebreo. lo adoro",
    "ho un vicino musulmano. lo odio quando fa rumore",
    "ho un vicino gay. non lo odio",
    "ho visto un ebreo. la pizza la odio",
    # "nero" as a colour
    "preferisco un nero opaco",
    "ho un gatto nero",
    "un nero o un rosso?",
    "il nero ti sta bene",
    # blindness and childhood told of, a defeat not deserved
    "non sei cieco, è il gioco che è buio",
    "mio nonno è cieco",
    "mia figlia gioca come un bambino, è piccola",
    "non ti meriti di perdere così",
    "ho comprato due pezzi di carne",
    "i pezzi di carne sono pronti",
    # a name-call said of the hating
    "odiare gli ebrei è da ignoranti",
    "odiare i musulmani è da vigliacchi",
    "odiare le donne è roba da falliti",
    "disprezzare i rom è da ignoranti",
    "hating immigrants is so dumb",
    "hating trans people is just stupid",
    "hating jews is for idiots",
    # the oath "porco giuda", once read as "giudea"
    "porco giuda",
    "porco giuda, ho sbagliato",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian12_shapes_are_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian12_lookalikes_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_group_shapes_are_aimed_at_the_group(scorer: Scorer) -> None:
    for text in ("ci sono troppi immigrati in questo paese", "i rom non dovrebbero avere figli"):
        assert scorer.score(text).target is TargetKind.GROUP, text


def test_hating_approved_stays_hostile(scorer: Scorer) -> None:
    """The name-call after an approval is said of the group, not of the hating."""
    for text in ("odiare gli ebrei è normale, sono tutti avidi", "odiare i gay è normale"):
        assert scorer.score(text).hostile, text
