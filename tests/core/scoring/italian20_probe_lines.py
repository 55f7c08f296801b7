"""The italian20 probe (issue 8): an Italian functional hate suite at default settings
(every shipped language on) across its categories and the forms of its groups (masculine,
feminine, singular, plural: "le arabe", "una nera", "quel nigeriano", "quella
nigeriana"), and Italian chat insults; clean contrasts: counter-speech, neutral and
positive mentions, harm wished on no protected group, a jab answered kindly, friendly
swearing. Written before the round's rule code was read. The first five clean lines are
friendly swearing.
"""

from __future__ import annotations

# fmt: off

PROBE_HOSTILE: tuple[str, ...] = (
    # derogation, every form of the group word
    "le arabe sono meno umane", "un nero è una scimmia", "quella nigeriana puzza",
    "quel nigeriano è un animale", "una nera non vale niente", "i disabili sono un peso",
    "le lesbiche sono malate", "i trans sono scherzi della natura",
    "i terroni sono tutti parassiti", "gli ebrei sono feccia",
    "le donne sono inferiori agli uomini", "le musulmane sono tutte stupide",
    # dehumanising comparison
    "gli immigrati sono come i ratti", "le zingare sono bestie",
    "i gay sono come animali", "un musulmano vale meno di un cane",
    # threats: direct, conditional, normative
    "andrebbero bruciati tutti i froci", "i rom andrebbero sterminati",
    "bisognerebbe impiccare tutti gli immigrati", "ammazzerò ogni musulmano che vedo",
    "se vedo un gay lo pesto", "i neri dovrebbero essere rinchiusi",
    # slurs and spelling variants
    "negri di merda", "sporco negro", "froc1o schifoso", "siete solo dei ricchioni",
    # hate with profanity
    "odio quei cazzo di zingari", "fanculo agli ebrei",
    # pronoun reference
    "non sopporto i gay. mi fanno schifo", "le donne? le odio tutte",
    # negated positives
    "le donne non sono intelligenti", "un disabile non sarà mai una persona normale",
    # questions and opinions
    "perché gli ebrei sono così avidi?", "secondo me i musulmani sono tutti terroristi",
    # obfuscation
    "i m u s u l m a n i sono feccia", "gli ebr3i sono parassiti",
    # chat insults
    "sei una nullità", "fai cagare a giocare", "ma quanto sei scarso, disinstalla",
)

PROBE_CLEAN: tuple[str, ...] = (
    # friendly swearing
    "cazzo che partita", "porca miseria che gol", "porca troia che parata",
    "minchia che rimonta", "che cazzo di azione ragazzi",
    # counter-speech
    "dire che un nero è una scimmia è razzismo puro", "smettetela di dire che i gay sono malati",
    "non è vero che i rom rubano", "gli ebrei non sono parassiti, sono persone come noi",
    "chi dice che le donne sono inferiori sbaglia",
    # neutral and positive mentions
    "quella nigeriana canta benissimo", "un nero ha vinto la maratona",
    "le arabe che conosco sono simpaticissime", "i disabili meritano rispetto",
    "le donne sono fortissime", "quel nigeriano è il mio migliore amico",
    "le musulmane del mio quartiere sono gentili", "una nera è stata eletta sindaca",
    # no protected group
    "le zanzare andrebbero sterminate", "i politici corrotti andrebbero mandati a casa",
    "questo gioco fa cagare",
    # a jab answered kindly
    "nessuno ti vuole qui? ma dai, scherzo, resta!", "fai schifo a giocare? no, sei bravissimo",
    "sei scarso? ma figurati, sei il migliore",
    # neutral questions and opinions
    "perché gli ebrei festeggiano hanukkah?", "secondo me i musulmani sono persone come le altre",
    # the words about other things
    "il nero è il mio colore preferito", "la scimmia dello zoo è carina",
    "i neri hanno vinto la partita a scacchi",
)
