"""Shapes of the italian16 round (targeting_italian16, italian16_words, its lexicon lines,
and its fixes at italian14's and hateprobe4/6's depth), at default settings: "il rom" as
the people, the singular generic claim closing with "per natura" or opening with
"secondo me", italian14's group-only phrases in the singular ("l'ebreo controlla le
banche"), sickness nouns said of a group ("gli immigrati sono una peste"), and claims
that need "<article> <group noun>" as their subject ("il disabile è un peso"); with the
look-alikes that stay clean (a ROM-free "rom" as a language, one person's news, a friend
or a tool judged, denials and reports). Past the round's own probe lines, each rule's
lines were written after it and checked once against it."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # "il rom" read as the people
    "il rom è un ladro",
    "il rom ruba sempre",
    "il rom è un truffatore",
    "il rom è un delinquente",
    "il rom spaccia",
    # the singular generic claim with a nature tail or an opinion opener
    "l'ebreo è avido per natura",
    "per me l'immigrato è criminale per natura",
    "secondo me il musulmano è violento di natura",
    "secondo me l'islamico è violento",
    "l'africano è pigro per natura",
    "penso che l'ebreo sia avido",
    "secondo me lo zingaro è un ladro",
    "il musulmano è violento per religione",
    "la donna è stupida per definizione",
    # group-only phrases in the singular, hate of the west, living off others
    "l'ebreo controlla le banche",
    "l'ebreo comanda il mondo",
    "l'islamico odia i cristiani",
    "lo zingaro vive di furti",
    "l'immigrato vive alle nostre spalle",
    "il rom non lavora mai",
    "la donna deve stare zitta",
    "le donne non ragionano",
    "gli islamici odiano l'occidente",
    "l'ebreo domina il mondo",
    "l'ebreo manipola i media",
    "il musulmano odia l'occidente",
    "il clandestino vive alle nostre spalle",
    "l'islamico odia i cristiani, sempre",
    "il musulmano odia le donne",
    # sickness nouns said of a group
    "gli immigrati sono una peste",
    "le femministe sono un tumore",
    "i rom sono una peste",
    "gli islamici sono un tumore",
    "i froci sono una peste",
    "gli arabi sono un tumore",
    "i negri sono una peste",
    # claims with a named group as subject
    "il disabile è un peso per la società",
    "la donna non capisce niente",
    "il disabile non serve a niente",
    "secondo me il disabile è un peso",
    "la donna è inferiore all'uomo",
    "il rom non sa fare niente",
    "il negro non sa fare niente",
    "lo straniero è un costo",
    "la donna non capisce nulla",
    "l'immigrato è un fardello",
    "il gay è inferiore",
    "il rom è sporco",
    "il rom è un animale",
    "lo zingaro è sporco per natura",
    "la zingara è sporca, sempre",
    "l'immigrato è un animale",
    "il musulmano è una bestia",
    "la donna è un oggetto",
    # "virus" of a group, the singular "vuole conquistare" (italian14's group-only)
    "i musulmani sono un virus per l'europa",
    "il musulmano è un virus",
    "gli ebrei sono un virus",
    "i gay sono un virus",
    "gli zingari sono un virus da eliminare",
    "le femministe sono un virus",
    "l'islamico vuole conquistare l'europa",
    "l'ebreo vuole dominare il mondo",
    "il musulmano vuole conquistare il mondo",
    "lo straniero vuole dominare",
)

CLEAN = (
    # "rom" as a language, one person's news or deeds
    "il rom è stato arrestato ieri",
    "mia nonna parla il rom",
    "il rom è una lingua antica",
    "il rom del quartiere è simpatico",
    "il rom parla tre lingue",
    "il rom ha aperto un negozio",
    "il rom suona la chitarra",
    "parlo arabo e un po' di cinese",
    # a nature tail or an opener with no group, one person's state
    "secondo me il film è violento per natura",
    "il leone è violento per natura",
    "secondo me il cane è aggressivo per natura",
    "l'arbitro è scarso per natura",
    "l'immigrato è malato da una settimana",
    "l'immigrato è criminale per natura secondo la polizia",
    "secondo me l'immigrato è stato bravo",
    # the group-only phrases with no group named, denied or reported
    "il capo controlla tutto",
    "mio padre odia i cristiani",
    "mio padre odia le donne",
    "mio fratello non lavora mai",
    "il mio capo manipola tutto",
    "quel politico odia l'occidente",
    "la banca centrale controlla la finanza",
    "mio nonno odia le donne al volante",
    "dire che l'ebreo controlla le banche è antisemitismo",
    "non è vero che gli immigrati vivono alle nostre spalle",
    # sickness nouns said of a child, a pest, a habit
    "mio figlio è una peste",
    "i bambini sono una peste",
    "le zanzare sono una peste",
    "quel bambino è una peste",
    "il fumo è un tumore",
    "la corruzione è un tumore",
    # the subject claims said of a friend, a tool, or denied and reported
    "mio fratello non capisce niente",
    "questa legge non serve a niente",
    "il disabile non è un peso",
    "dire che il disabile è un peso è vergognoso",
    "chi dice che la donna non capisce niente sbaglia",
    "lo zaino è un peso",
    "l'arbitro non capisce niente",
    "non capisce niente quel giocatore",
    "la donna al bar non capisce niente di vino",
    "il portiere non sa fare niente",
    "questa app non serve a nulla",
    "il disabile non è un costo",
    "il mio telefono è un peso",
    "dire che la donna è inferiore è sessismo",
    "la donna non è inferiore",
    "il mio cane è un animale",
    "il pavimento è sporco",
    "la cucina è sporca",
    "il leone è una bestia",
    "quel giocatore è una bestia, fortissimo",
    "sei una bestia in difesa",
    "l'immigrato è sporco di fango dopo il lavoro",
    "la donna è sporca di vernice",
    "il covid è un virus",
    "questo file è un virus",
    "l'odio è un virus",
    "il libro è un oggetto",
    "la donna ha trovato un oggetto",
    "napoleone vuole conquistare l'europa",
    "il mio gatto vuole dominare la casa",
    "il virus colpisce gli anziani",
    "gli immigrati hanno preso un virus",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian16_shapes_are_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian16_lookalikes_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
