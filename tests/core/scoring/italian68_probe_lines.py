"""The italian68 probe (issue 8): one member of a group pointed at with a demonstrative
("quel", "quella", "questo", "sto", "sta") and a singular nationality or religion noun,
and put down as the group's member ("quel marocchino è un ladro", "sta rumena puzza",
"questo albanese è un delinquente"); and the clean lines in the same words that must
stay clean (neutral mentions, the restaurant and the coffee, news, negation,
counter-speech, questions, self-directed). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "quel marocchino è un ladro", "sta rumena puzza", "questo rumeno è un criminale",
    "sto rumeno ruba sempre", "quel cinese è uno schifoso", "questa rumena è una ladra",
    "sto albanese è un delinquente", "sta marocchina puzza da morire",
    "quel tunisino è uno spacciatore", "questo nigeriano è un animale",
    "sto pakistano è un maiale", "quella albanese è una zoccola",
    "sto marocchino è un delinquente", "questo egiziano è un ladro di merda",
    "quel senegalese è uno scimmione", "sta nigeriana è una puttana",
    "sto romeno ruba", "questa zingara è una ladra", "sto arabo è un terrorista",
    "quel bengalese è un parassita", "ma quel marocchino è un delinquente",
    "sto tunisino puzza", "questo albanese è un criminale come tutti",
    "quella cinese è una schifosa", "questo pakistano è un animale",
    "sto marocchino spaccia", "quel magrebino è un ladro",
    "sta egiziana è una sporca", "raga sto rumeno è un ladro",
    "comunque quel tunisino è un criminale",
    "questa tunisina è una ladra", "sto nordafricano è un delinquente",
    "quel rumeno ruba sempre", "questa marocchina puzza", "sto albanese ruba",
)

TUNE_CLEAN: tuple[str, ...] = (
    "quel marocchino del bar è simpatico", "il mio vicino è rumeno",
    "quella rumena è la mia collega", "dire che quel rumeno ruba perché è rumeno è razzismo",
    "un marocchino è stato arrestato", "quel marocchino è stato arrestato ieri",
    "quel cinese fa schifo, ci hanno servito roba fredda", "sto cinese è buonissimo",
    "questo marocchino è troppo zuccherato", "quel rumeno non è un ladro",
    "sto albanese non ruba niente", "quel tunisino è un ottimo cuoco",
    "chi dice che sto marocchino è un ladro è un razzista", "quel marocchino è un ladro?",
    "sono rumeno e non sono un ladro", "questa rumena è bravissima",
    "sta nigeriana canta benissimo", "quel pakistano mi ha aiutato col trasloco",
    "dice che quel rumeno è un ladro ma non ci credo", "sto albanese è un amico",
    "quell'egiziano è il mio meccanico", "questo cinese costa poco",
    "quel ladro è stato preso dalla polizia", "sto ladro mi ha rubato la bici",
    "quella rumena lavora con me da anni", "il ladro era un italiano",
    "quel senegalese vende libri in piazza", "non è vero che quel marocchino ruba",
    "sta marocchina è una dottoressa", "quel tunisino è stato derubato",
    "quel marocchino non è un criminale, è una vittima", "mi piace sto pakistano del kebab",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che partita", "porca miseria, ho perso il treno", "che figata sto concerto cazzo",
    "merda, è finito il caffè", "minchia che freddo oggi", "vaffanculo, ho dimenticato le chiavi",
)
