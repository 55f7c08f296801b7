"""The italian68 held-back lines (issue 8): other wordings of the probe's shapes, one
member of a group pointed at with a demonstrative and a singular nationality noun and
put down, with the clean lines in the same words. Written with the probe lines, before
any rule; counted only at the start and the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "quel rumeno è un delinquente", "sta albanese puzza", "questo marocchino è un criminale",
    "sto nigeriano ruba", "quel pakistano è uno schifoso", "questa nigeriana è una ladra",
    "sto tunisino è un delinquente", "sta rumena puzza come una fogna",
    "quel marocchino è uno spacciatore", "questo senegalese è un animale",
    "sto bengalese è un maiale", "quella tunisina è una zoccola",
    "sto egiziano è un criminale", "questo rumeno è un ladro di merda",
    "quel nigeriano è uno scimmione", "sta albanese è una puttana",
    "sto romeno è un ladro", "questa marocchina è una ladra", "sto magrebino è un terrorista",
    "quel pakistano è un parassita", "ma sto albanese è un criminale",
    "sto egiziano puzza", "questo tunisino è un ladro come tutti",
    "quella egiziana è una schifosa", "questo bengalese è un animale",
    "sto nigeriano spaccia", "quel nordafricano è un ladro",
    "sta pakistana è una sporca", "oh sto marocchino è un ladro",
    "insomma quel rumeno è un criminale",
    "questa senegalese è una ladra", "sto magrebino è un delinquente",
    "quel pakistano ruba sempre", "questa albanese puzza", "sto tunisino ruba",
    "questo cinese è un ladro", "sto marocchino è uno spacciatore", "sta cinese puzza",
    "quel romeno è un delinquente", "questa pakistana è una ladra",
)

HELD_CLEAN: tuple[str, ...] = (
    "quel rumeno del negozio è gentile", "la mia collega è albanese",
    "quella nigeriana è la mia vicina",
    "pensare che quel marocchino rubi perché è marocchino è razzismo",
    "un albanese è stato fermato dalla polizia", "quel rumeno è stato arrestato stamattina",
    "quel cinese fa schifo, mai più", "questo cinese è ottimo", "sto marocchino è troppo amaro",
    "quel marocchino non è un ladro", "sto rumeno non ruba niente",
    "quel pakistano è un ottimo medico", "chi dice che sto rumeno è un ladro è un razzista",
    "quel tunisino è un ladro?", "sono albanese e non sono un criminale",
    "questa albanese è bravissima", "sta rumena cucina benissimo",
    "quel senegalese mi ha aiutato con la spesa",
    "dice che quel marocchino è un ladro ma non è vero",
    "sto tunisino è un amico", "quell'albanese è il mio idraulico", "questo cinese costa troppo",
    "quel criminale è stato preso dai carabinieri", "sto delinquente mi ha rubato il telefono",
    "quella albanese lavora con me da anni", "il ladro era un turista",
    "quel nigeriano vende ombrelli in stazione", "non è vero che quel rumeno ruba",
    "sta albanese è un avvocato", "quel marocchino è stato derubato",
    "quel rumeno non è un delinquente, è un lavoratore", "mi piace sto kebab del pakistano",
    "quella tunisina è la mia migliore amica", "sto bengalese ha aperto un negozio",
    "quel marocchino è un cliente fisso", "questa rumena è un'infermiera",
    "ieri quel pakistano mi ha dato un passaggio", "sta senegalese balla benissimo",
    "quel nigeriano è un calciatore fortissimo", "questo egiziano è un cuoco bravissimo",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che gol", "porca puttana, piove ancora", "che casino sto traffico cazzo",
    "merda, ho perso l'autobus", "minchia che caldo", "vaffanculo, si è rotto il telefono",
)
