"""The italian5 probe's held-back lines (issue 8): the same kinds as
italian5_probe_lines.py, new wording, written after them and before any rule changed;
measured only at the start and the end of the round, by counts, never read for misses.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "le donne sono buone solo a cucinare", "le femmine sono esseri inferiori",
    "le donne andrebbero zittite", "i gay sono dei pervertiti", "le lesbiche sono malate",
    "i trans sono dei mostri", "gli immigrati sono una piaga", "i profughi sono feccia",
    "questi clandestini sono tutti criminali", "rimandiamoli tutti in africa",
    "gli zingari sono dei parassiti", "i rom vanno cacciati dalle città",
    "i musulmani sono dei barbari", "l'islam è una religione di assassini e i musulmani pure",
    "gli ebrei sono avidi", "gli ebrei dovrebbero sparire",
    "i disabili sono inutili", "i ritardati non dovrebbero uscire di casa",
    "i neri sono scimmie", "i negri devono tornarsene in africa",
    "i napoletani sono tutti ladri", "i meridionali sono parassiti dello stato",
    "odio gli immigrati", "detesto i gay", "perché gli immigrati sono tutti criminali?",
    "credo proprio che le donne siano meno intelligenti",
    "sei proprio un idiota", "sei una stronza", "sei un cesso", "sei un verme",
    "paolo è un idiota", "quello lì è un coglione", "quell'imbecille di giorgio",
    "sei 1 deficiente", "nn capisci niente idiota", "stai zitto cretino",
    "vaffanculo stronzo", "andate affanculo tutti", "fai schifo", "sei uno schifo",
    "levati dalle palle", "ti spezzo le ossa", "ti ammazzo di botte",
    "ti vengo a cercare e ti faccio male", "ucciditi", "buttati da un ponte",
    # a second batch in a functional suite's shapes, written and counted before any rule
    "o d i o i gay", "le donne sono inferoiri", "i n3ri sono animali",
    "i musulmani sono dei fottuti selvaggi", "non sopporto gli immigrati, sono tutti ladri",
    "tutte le donne dovrebbero essere picchiate", "voglio ammazzare tutti i froci",
    "i disabili non sono altro che parassiti", "le donne non sono mai intelligenti",
    "chi è gay è un malato", "le persone come voi musulmani devono sparire",
)

HELD_CLEAN: tuple[str, ...] = (
    "le donne guidano benissimo", "i gay possono sposarsi in molti paesi",
    "le persone trans meritano dignità", "gli immigrati contribuiscono all'economia",
    "i profughi scappano dalla guerra", "i rom vivono in italia da secoli",
    "i musulmani pregano cinque volte al giorno", "gli ebrei italiani hanno una lunga storia",
    "i disabili devono avere accesso a tutto", "i neri hanno subito la schiavitù",
    "i napoletani fanno la pizza migliore", "i meridionali sono emigrati al nord",
    "dire che i neri sono scimmie è razzismo", "non tutti gli immigrati sono criminali, anzi",
    "chi chiama froci i gay è un ignorante", "mi ha detto 'terrone', che tristezza",
    "il post diceva 'i musulmani sono terroristi' e l'ho segnalato",
    "le donne non sono inferiori a nessuno", "non sei stupido, dai",
    "non odio i gay, ci mancherebbe",
    "cazzo che gol", "porca puttana che freddo", "minchia che fame", "che palle sto lunedì",
    "mannaggia, ho perso il treno", "sono proprio scemo, ho cancellato il file",
    "ti ammazzo a fifa stasera ahah", "quel boss mi ha ucciso", "ammazza quanto piove",
    "sei un fenomeno", "sei forte", "grande partita ragazzi",
    "nn ho tempo oggi", "x domani tutto ok?", "cmq bella serata",
    "giorgio è un ragazzo simpatico", "paolo è un cuoco bravissimo",
    "vattene a letto che domani lavori", "fate i bravi", "andate a vedere il film, è stupendo",
    "ho odiato quel film", "odio la pioggia", "questo gioco fa schifo", "che schifo di arbitro",
    "ti voglio bene anche se sei scemo",
    "odio le mie scarpe nuove", "i musulmani non sono terroristi, sono persone come noi",
    "le donne sono intelligenti quanto gli uomini", "i n3ri del mio quartiere sono simpatici",
    "ho incontrato due gay ieri, simpaticissimi", "dire 'odio i gay' è inaccettabile",
    "i politici sono tutti uguali", "odio i lunedì e le riunioni", "cazzo se sei forte",
    "minchia che tiro", "le zanzare sono animali fastidiosi",
)
