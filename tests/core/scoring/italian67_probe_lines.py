"""The italian67 probe (issue 8): a named group called Nazis in Italian, the group said
to be Nazis ("gli ucraini sono tutti nazisti", "gli ebrei sono un popolo di nazisti") or
"nazisti" (and "neonazisti") right before or after the group's name ("i nazisti
ucraini", "sti russi nazisti"); and the clean lines in the same words that must stay
clean (history, negation, counter-speech, reports, questions, people who are no group).
Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the group said to be Nazis
    "gli ucraini sono tutti nazisti", "i russi sono nazisti", "gli ebrei sono nazisti",
    "gli americani sono dei nazisti", "i sionisti sono nazisti",
    "gli ucraini sono un popolo di nazisti", "i russi sono solo dei nazisti",
    "gli ucraini sono tutti neonazisti", "gli inglesi sono nazisti e basta",
    "le femministe sono naziste", "i musulmani sono tutti nazisti",
    "ormai gli ucraini sono nazisti", "secondo me i russi sono tutti nazisti",
    "gli israeliani sono nazisti", "gli ebrei sono peggio dei nazisti",
    "i francesi sono un branco di nazisti", "sti ucraini sono tutti nazisti",
    # "nazisti" right before or after the group's name
    "i nazisti ucraini bombardano il donbass", "fermate i nazisti ucraini",
    "il genocidio compiuto dai nazisti ucraini", "quei neonazisti ucraini vanno fermati",
    "i russi nazisti invadono tutto", "sti ebrei nazisti", "ucraini nazisti",
    "nazisti ucraini ovunque", "gli americani nazisti comandano l europa",
    "la nato difende i nazisti ucraini", "i sionisti nazisti uccidono bambini",
    "ancora armi ai nazisti ucraini", "basta soldi ai neonazisti ucraini",
    "quei russi nazisti", "gli ucraini nazisti vanno fermati",
    "israele aiuta i nazisti ucraini", "i nazisti israeliani", "sti neonazisti ucraini",
)

TUNE_CLEAN: tuple[str, ...] = (
    # history
    "i nazisti deportarono gli ebrei", "gli ebrei furono perseguitati dai nazisti",
    "i nazisti tedeschi invasero la polonia", "molti tedeschi votarono i nazisti",
    "i tedeschi erano nazisti nel 1940", "i partigiani combattevano i nazisti",
    "i nazisti uccisero milioni di ebrei", "un film sui nazisti e la seconda guerra mondiale",
    # negation
    "gli ucraini non sono nazisti", "i russi non sono tutti nazisti",
    "non tutti gli ucraini sono nazisti", "gli ebrei non sono nazisti",
    # counter-speech and reports
    "dire che gli ucraini sono nazisti e propaganda",
    "putin dice che gli ucraini sono nazisti", "la propaganda dice che i russi sono nazisti",
    "chi dice che gli ebrei sono nazisti e un antisemita",
    "e falso che gli ucraini siano nazisti",
    # questions
    "gli ucraini sono nazisti?", "davvero pensi che i russi siano nazisti?",
    # people who are no group, things
    "i nazisti sono il male assoluto", "odio i nazisti", "i neonazisti vanno fermati",
    "la svastica e il simbolo dei nazisti", "i fascisti e i nazisti sono uguali",
    "gli ebrei e i nazisti nella storia", "mio nonno combatte contro i nazisti",
    "i russi hanno sconfitto i nazisti", "gli ucraini combattono i russi",
    "gli ucraini sono persone coraggiose", "i russi sono bravi a scacchi",
    "un libro sugli ebrei perseguitati dai nazisti",
    "gli americani liberarono l italia dai nazisti",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che partita", "porca miseria ho perso di nuovo", "minchia che freddo oggi",
    "madonna che caldo", "che palle sto lunedi", "porca puttana ho dimenticato il telefono",
)

# fmt: on
