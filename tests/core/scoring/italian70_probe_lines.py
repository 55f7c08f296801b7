"""The italian70 probe (issue 8): a named group dehumanised as insects and vermin ("i
cinesi sono insetti", "gli immigrati sono come mosche", "i rom sono come parassiti"), or
its humanity denied ("i musulmani sono mezzi uomini", "gli ebrei non fanno parte
dell'umanità", "gli immigrati non meritano di essere chiamati persone", "sono
sub-umani"); and the clean lines in the same words that must stay clean (real animals,
neutral mentions, counter-speech, reports and questions). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # insects and vermin said of a named group, plain or as a simile
    "i cinesi sono insetti", "gli immigrati sono insetti", "i rom sono degli insetti",
    "i musulmani sono tutti insetti", "gli ebrei sono solo insetti",
    "i neri sono come insetti", "i migranti sono come gli insetti",
    "gli zingari sono mosche", "i cinesi sono come mosche",
    "gli africani sono come vampiri", "i rom sono come sciacalli",
    "gli ebrei sono come parassiti", "i musulmani sono come zecche",
    "le donne sono come sanguisughe", "i gay sono insetti schifosi",
    "gli arabi sono insetti da schiacciare", "i cinesi sono insetti, punto",
    # humanity denied
    "i musulmani sono mezzi uomini", "i gay sono mezzi uomini",
    "gli ebrei non fanno parte dell'umanità", "i neri non fanno parte del genere umano",
    "gli zingari non fanno parte della razza umana",
    "i musulmani non appartengono all'umanità",
    "gli immigrati non meritano di essere chiamati persone",
    "i rom non meritano di essere chiamati esseri umani",
    "le donne non meritano di essere chiamate persone",
    "i cinesi non meritano di essere considerati umani",
    "gli immigrati sono sub-umani", "i neri sono sotto-uomini",
    "gli ebrei sono sub umani", "i musulmani sono esseri sub-umani",
    "i rom sono fuori dall'umanità", "gli arabi sono mezze bestie",
    "i trans non fanno parte dell'umanità", "i disabili sono mezzi uomini",
)

TUNE_CLEAN: tuple[str, ...] = (
    # real animals and things
    "i ratti sono insetti? no, sono roditori", "i cani sono animali fedeli",
    "le formiche sono insetti sociali", "le api sono insetti utili",
    "in estate ci sono troppe mosche", "i pipistrelli sono come vampiri",
    "le zecche sono parassiti dei cani", "le iene sono come sciacalli",
    "gli insetti sono ovunque in cucina", "odio gli insetti",
    # neutral mentions of the groups
    "i cinesi sono molti", "gli ebrei fanno parte della storia d'europa",
    "i musulmani fanno parte della nostra comunità", "gli immigrati sono persone",
    "i rom sono esseri umani come noi", "i cinesi studiano gli insetti",
    "gli immigrati meritano di essere chiamati persone",
    "le donne sono metà dell'umanità", "i neri fanno parte del genere umano",
    "tutti fanno parte dell'umanità", "mio nonno era un mezzo uomo dopo la guerra",
    # counter-speech, reports, questions
    "dire che i cinesi sono insetti è razzismo",
    "chi dice che gli immigrati sono insetti è un ignorante",
    "non è vero che gli ebrei non fanno parte dell'umanità",
    "la propaganda nazista diceva che gli ebrei sono sub-umani",
    "il giornale riporta che un politico ha detto che i rom sono come parassiti",
    "smettetela di dire che i musulmani sono mezzi uomini",
    "i cinesi sono insetti? ma che dici",
    "è vergognoso sostenere che i neri non fanno parte del genere umano",
    "nessuno può dire che gli immigrati non meritano di essere chiamati persone",
    "i nazisti chiamavano gli ebrei sotto-uomini", "il film parla di insetti giganti",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che caldo oggi", "porca miseria, ho perso il treno",
    "minchia che partita ragazzi", "che figata di concerto, cazzo",
    "merda, ho dimenticato le chiavi", "vaffanculo al lunedì mattina",
)
