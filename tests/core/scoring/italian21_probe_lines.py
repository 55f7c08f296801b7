"""The italian21 probe (issue 8): an Italian functional hate suite at default settings
(every shipped language on) in shapes with no lexicon word of their own (a group too
weak or too emotional for a role, a group said to be able to do nothing, a group put out
of the country, a group's murder promised with "fare fuori", praise denied of every
member), and Italian chat abuse in its spellings ("k" for "c", Roman forms, "d" for
"di"); clean contrasts: counter-speech, neutral and positive mentions, the same words
said of oneself, a thing or a game, friendly swearing. Written before any rule code.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a group too <trait> for a role
    "Le donne sono troppo emotive per comandare", "i neri sono troppo primitivi per governarsi",
    "le donne sono troppo deboli per fare il militare",
    "i gay sono troppo isterici per fare politica",
    "i disabili sono troppo lenti per lavorare",
    "le donne sono troppo irrazionali per guidare un paese",
    "gli immigrati sono troppo ignoranti per votare",
    "le persone trans sono troppo instabili per insegnare",
    # a group that can do nothing
    "gli immigrati non sanno fare niente", "le donne non sanno fare nulla",
    "i rom non sanno fare altro che rubare", "i neri non sanno fare niente da soli",
    # out of the country
    "fuori immigrati dall'italia", "via i rom dal nostro paese", "fuori i musulmani dall'europa",
    "non c'è posto per i gay qui", "nessun posto per gli zingari in italia",
    "i rifugiati andrebbero rimandati a casa loro", "non vogliamo ebrei qui",
    # murder promised with "fare fuori"
    "li facciamo fuori tutti, quei rom", "facciamoli fuori tutti questi immigrati",
    "bisognerebbe farli fuori tutti, gli zingari", "gli ebrei andrebbero fatti fuori",
    # praise denied of every member
    "nessun immigrato ha mai lavorato onestamente", "nessun rom ha mai fatto niente di buono",
    "nessuna donna è mai stata capace di comandare",
    # chat abuse in its spellings
    "sei un kazzone", "testa di kazzo", "vaffankulo coglione", "fankulo nabbo",
    "sei un cojone", "ma che cojone che sei", "immigrati d merda", "froci d merda",
    "ma sei un kretino?", "stai zitto kretino",
)

TUNE_CLEAN: tuple[str, ...] = (
    "dire che le donne sono troppo emotive per comandare è sessista",
    "non è vero che le donne sono troppo emotive per comandare",
    "sono troppo emotiva per guardare questo film", "questo gioco è troppo lento per me",
    "mio figlio è troppo piccolo per guidare", "sono troppo stanco per giocare stasera",
    "siamo troppo deboli per vincere questa partita", "le donne hanno ottenuto il voto nel 1946",
    "i rifugiati hanno bisogno di aiuto", "i disabili lavorano come tutti",
    "non sanno fare niente per colpa del lag", "i bot non sanno fare niente",
    "i miei figli non sanno fare niente in cucina", "fuori dall'italia si mangia male",
    "via roma è chiusa per lavori", "fuori i soldi, si paga", "via i piatti dal tavolo",
    "gli immigrati sono fuggiti dal loro paese", "nessun posto per parcheggiare qui",
    "non c'è posto per tutti in macchina", "li facciamo fuori tutti al prossimo round",
    "facciamoli fuori tutti, forza squadra", "l'hanno fatto fuori dal torneo",
    "nessun immigrato è stato arrestato", "nessuna donna ha mai vinto quel premio, purtroppo",
    "nessun rifugiato ha mai avuto vita facile", "odio il lunedì",
    "perché le donne guadagnano meno degli uomini?", "i musulmani celebrano il ramadan",
    "gli ebrei hanno subito l'olocausto", "dire che i rom rubano è razzismo",
    "non ho mai detto che gli immigrati non sanno fare niente",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che partita", "porca miseria che gol", "kazzo che gol ragazzi",
    "minkia che giocata", "ke kazzo di fortuna", "madonna che rigore",
)
# fmt: on
