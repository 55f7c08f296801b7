"""The italian59 probe (issue 8): a vice said to be in a named group's blood, DNA or nature,
or to be its habit, in Italian: "è nel sangue degli zingari rubare", "i musulmani hanno la
violenza nel dna", "mentire è nella natura delle donne", "gli ebrei hanno il vizio del
denaro"; and the clean lines in the same words that must stay clean (gifts and tastes in
the blood, people who are no group, science, harm done to a group, counter-speech,
reports, questions and denials). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a vice in the group's blood or DNA
    "è nel sangue degli zingari rubare", "gli zingari hanno il furto nel sangue",
    "i rom hanno il furto nel dna", "i musulmani hanno la violenza nel dna",
    "la violenza è nel dna dei musulmani", "mentire è nel dna degli ebrei",
    "gli ebrei hanno l'avidità nel sangue", "i neri hanno la delinquenza nel sangue",
    "è nel dna degli immigrati delinquere", "gli immigrati ce l'hanno nel sangue di delinquere",
    "i rom rubano, ce l'hanno nel sangue", "le donne hanno il tradimento nel sangue",
    "i musulmani hanno il terrorismo nel sangue", "truffare è nel sangue degli ebrei",
    "gli africani hanno la violenza nel sangue", "i gay hanno la perversione nel dna",
    "ce l'hanno nel dna di rubare, questi zingari", "i trans hanno l'inganno nel sangue",
    "la pigrizia è nel dna dei neri", "gli immigrati hanno il crimine nel sangue",
    # a vice in the group's nature or genes
    "è nella natura degli zingari rubare", "è nella natura delle donne mentire",
    "mentire è nella natura delle donne", "uccidere è nella natura dei musulmani",
    "i neri hanno la violenza nei geni", "gli ebrei hanno l'usura nei geni",
    "i rom rubano, è nella loro natura", "gli immigrati spacciano, è nel loro dna",
    "le donne tradiscono, è nel loro sangue",
    # a vice as the group's habit
    "gli ebrei hanno il vizio del denaro", "i rom hanno il vizio di rubare",
    "gli zingari hanno il vizio del furto", "i musulmani hanno il vizio di ammazzare",
    "le donne hanno il vizio di mentire", "i neri hanno il vizio di spacciare",
)

TUNE_CLEAN: tuple[str, ...] = (
    # gifts and tastes in the blood
    "i napoletani hanno la musica nel sangue", "i rom hanno la musica nel sangue",
    "gli italiani hanno il calcio nel dna", "le donne hanno la forza nel sangue",
    "i musulmani hanno l'ospitalità nel dna", "i neri hanno il ritmo nel sangue",
    # people who are no group, and the speaker
    "ho la musica nel sangue", "mio nonno aveva il furto nel sangue, era un ladro",
    "mio padre ha il vizio del fumo", "il mio gatto ha il vizio di rubare il cibo",
    "la violenza è nel dna di questa squadra", "i politici hanno la menzogna nel sangue",
    # science, medicine and harm done to a group
    "il dna dei rom è stato studiato dai genetisti",
    "l'alcol nel sangue dei guidatori è un problema",
    "la violenza contro le donne è nel dna di questa società",
    "l'odio verso gli ebrei è nel dna dei nazisti",
    "gli immigrati hanno il ferro basso nel sangue, dice il medico",
    # denials, counter-speech, reports and questions
    "la violenza non è nel dna dei musulmani", "gli zingari non hanno il furto nel sangue",
    "non è vero che i rom hanno il furto nel sangue",
    "dire che gli ebrei hanno l'avidità nel sangue è razzismo",
    "chi dice che i neri hanno la violenza nel dna è un razzista",
    "mio zio dice che i rom hanno il furto nel sangue, che vergogna",
    "è davvero nella natura delle donne mentire?",
    "davvero credi che i musulmani abbiano la violenza nel dna?",
    "nessuno ha il crimine nel sangue, nemmeno gli immigrati",
    "è una bufala che gli ebrei hanno il vizio del denaro",
    "il pregiudizio che gli zingari hanno il furto nel sangue va combattuto",
    "i gay non hanno nessun vizio, sono persone come noi",
    "mia sorella ha il vizio di mentire", "i rom hanno il calcio nel sangue come tutti",
    "le donne hanno la matematica nel dna quanto gli uomini",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo, mi sono tagliato e c'è sangue ovunque", "porca puttana che caldo oggi",
    "minchia che gol, ce l'ha nel sangue", "merda, ho perso il bus di nuovo",
    "porco cane che fame che ho", "vaffanculo al traffico di stamattina",
)
