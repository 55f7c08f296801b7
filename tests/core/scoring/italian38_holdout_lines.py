"""The italian38 held-back lines (issue 8): the probe's shapes in other words (a group
given a habitual bad behaviour, a group othered), with clean look-alikes and untargeted
swearing. Written with the probe, before any rule; counted only at the start and end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "gli islamici si lamentano sempre di tutto", "i nomadi non si lavano mai",
    "i negri si lamentano sempre", "i profughi si lamentano sempre del cibo",
    "i rom non si lavano", "le donne si lagnano sempre",
    "gli immigrati puzzano sempre", "i giudei pensano solo ai soldi",
    "i migranti pretendono sempre di più", "gli arabi mentono sempre",
    "le donne piangono sempre per niente", "i froci ostentano sempre tutto",
    "gli extracomunitari sporcano sempre", "i terroni non hanno mai voglia di fare niente",
    "gli albanesi imbrogliano sempre", "i nigeriani fanno sempre casino",
    "i cinesi non pagano mai", "le donne parlano sempre a vanvera",
    "gli zingari chiedono sempre l'elemosina", "i musulmani urlano sempre",
    "gli ebrei si lamentano sempre dell'olocausto", "i trans vogliono sempre attenzione",
    "i marocchini non rispettano mai le regole", "i neri non si lavano mai",
    "gli stranieri si lamentano sempre ma restano qui",
    "gli africani non saranno mai come noi", "i musulmani non sono come noi",
    "una nera non sarà mai italiana", "i cinesi non sono come noi",
    "gli zingari non saranno mai dei nostri", "quei rom non sono dei nostri",
    "un africano non sarà mai italiano", "i migranti non sono come noi e non lo saranno mai",
    "gli arabi non sono come noi", "i profughi non saranno mai come noi",
    "un musulmano non sarà mai italiano", "gli ebrei non sono dei nostri",
    "i rom rubano sempre", "gli immigrati non lavorano mai",
    "i neri devono tornare a casa loro",
)

HELD_CLEAN: tuple[str, ...] = (
    "i professori si lamentano sempre", "i miei fratelli non si lavano mai ahah",
    "i cani non si lavano mai da soli", "gli utenti si lamentano sempre dei bug",
    "i tifosi dell'inter si lamentano sempre dell'arbitro", "i banchieri pensano solo ai soldi",
    "i miei amici parlano sempre troppo", "quelli della terza b non sono come noi",
    "i musulmani pregano cinque volte al giorno", "le donne del mio corso studiano sempre",
    "gli immigrati ci salutano sempre", "i rom del quartiere lavorano sempre sodo",
    "mi lamento sempre troppo, scusate", "io non mi lavo mai la macchina",
    "ci lamentiamo sempre di tutto noi", "io non sarò mai come loro",
    "non è vero che i musulmani si lamentano sempre",
    "è falso che gli zingari non si lavano mai",
    "i neri non sono come noi?", "chi ha detto che i rom non si lavano mai?",
    "davvero pensi che gli immigrati non sono come noi?",
    "gli immigrati sono come noi, persone",
    "mia madre dice sempre che i neri non sono come noi, ma sbaglia",
    "\"i rom non si lavano mai\" è uno stereotipo razzista",
    "quel politico ha detto che i musulmani non sono come noi, vergogna",
    "il divano non si lava mai bene", "il mio gatto non sarà mai italiano",
    "quelli del milan non sono come noi", "il robot non è come noi",
    "gli immigrati tornano a casa per natale",
    "il capo li ha rimandati a casa presto oggi",
    "mio nonno si lamenta sempre della pensione",
    "le donne vincono sempre a carte con me", "gli ebrei festeggiano hanukkah a dicembre",
    "i gay si sposano in comune da noi", "i miei vicini si lamentano sempre del rumore",
    "gli studenti non si lavano mai le mani prima di mangiare",
    "tu non sarai mai come noi, sei troppo bravo", "i neri vincono sempre i cento metri",
    "i cinesi lavorano sempre anche la domenica",
)

HELD_SWEARING: tuple[str, ...] = (
    "porco cane che caldo", "cazzo che bello questo film",
    "ma che cazzo di tempo oggi", "madonna che fame ragazzi",
    "che palle ho finito il caffè", "merda ho rotto il telefono",
)
# fmt: on
