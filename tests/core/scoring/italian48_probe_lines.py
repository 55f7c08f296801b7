"""The italian48 probe (issue 8): Italian group claims and third-person put-downs the
scorer still missed after italian47: stereotype claims with verbs other than "essere"
(eating dogs, living in filth, killing in god's name), with or without a comma after the
group; silence wished on a group ("le donne, meglio zitte", "le donne? zitte"); a group
not wanted ("gli immigrati, non li voglio vedere qui"); "non capiscono un cazzo" and "non
sanno fare un cazzo" said of a group; skills the word list lacks ("le donne non sanno
cucinare"); a third person put down with no insult word ("quel tizio non capisce un
cazzo", "quello non sa fare niente"); "guarda sto scarso". The clean lines use the same
words (neutral and kind mentions, self-directed "non capisco un cazzo", counter-speech,
questions, reported speech) and friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # stereotype claims with other verbs
    "i cinesi mangiano cani", "i cinesi, mangiano i gatti", "i rom vivono nella sporcizia",
    "gli zingari, vivono nel sudiciume", "i musulmani ammazzano in nome di dio",
    "gli arabi, picchiano le loro mogli", "i musulmani sgozzano la gente",
    "gli albanesi accoltellano le persone", "i rom vivono come maiali nella merda",
    "i marocchini ammazzano la gente per niente",
    # silence wished on a group
    "le donne, meglio zitte", "le donne? zitte", "le donne, meglio se stanno zitte",
    "le femministe, meglio se tacciono", "i gay? meglio se stanno zitti",
    # a group not wanted
    "gli immigrati, non li voglio vedere qui", "i neri, non li voglio nel mio quartiere",
    "i rom, non li voglio vicino a casa mia", "i musulmani, non li voglio in italia",
    # "un cazzo" as "niente", said of a group
    "i neri non capiscono un cazzo", "le donne non capiscono un cazzo di calcio",
    "gli immigrati non sanno fare un cazzo", "i terroni, non sanno fare un cazzo",
    # skills the word list lacks
    "le donne non sanno cucinare", "i musulmani non sanno vivere in una società civile",
    "gli africani non sanno costruire niente", "le donne non sanno parcheggiare",
    # a third person put down with no insult word
    "quel tizio non capisce un cazzo", "quello non sa fare niente",
    "quella non capisce niente", "sto tipo non sa fare un cazzo",
    "quel ragazzo non capisce un cazzo di niente",
    # pointed at with a look
    "guarda sto scarso", "guarda sto inutile", "guardate sta scarsa",
)

TUNE_CLEAN: tuple[str, ...] = (
    # neutral and kind lines in the same words
    "i cinesi mangiano con le bacchette", "i rom vivono in italia da secoli",
    "i musulmani pregano in nome di dio", "gli arabi mangiano tanto riso",
    "i cinesi, mangiano spesso il riso", "i rom vivono nella sporcizia per colpa dello stato",
    "le donne, meglio se decidono loro", "le donne? brave", "le donne, meglio se votano",
    "gli immigrati, li voglio aiutare", "i neri, li voglio nella mia squadra",
    "i miei vicini, non li voglio vedere qui", "non li voglio vedere qui i compiti",
    "le donne non sanno ancora i risultati", "gli immigrati non sanno dove dormire",
    "i miei amici non sanno cucinare", "quel tizio non sa dove andare",
    # self-directed and untargeted "un cazzo"
    "non capisco un cazzo di questo gioco", "non ci capisco un cazzo lol",
    "non so fare un cazzo in questo livello", "oggi non ho fatto un cazzo",
    "io non so fare niente a cucinare",
    # counter-speech, questions, reported speech
    "chi dice che i rom rubano è razzista", "chi dice che i cinesi mangiano cani è ignorante",
    "i cinesi mangiano cani? ma dai", "dicono che le donne non sanno cucinare, falso",
    "non è vero che i musulmani ammazzano in nome di dio",
    "\"le donne, meglio zitte\" è una frase sessista",
    # pointing at things or people, kindly
    "guarda sto video", "guarda sto gol", "guarda sta foto quanto è bella",
    "quello non sa fare niente?",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che partita raga", "porca miseria ho perso di nuovo",
    "non ci capisco un cazzo di sta mappa", "che cazzo di lag oggi",
    "merda, mi sono scordato la password", "minchia che gol",
)

# fmt: on
