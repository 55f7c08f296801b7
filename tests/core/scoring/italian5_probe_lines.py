"""The italian5 probe's lines (issue 8): Italian hate speech and chat hostility in the
shapes of a functional suite, written before reading the rules.

Hostile lines: group hate (women, gay people, migrants, Roma, Muslims, Jewish people,
disabled people, black people, southern Italians) as derogation, dehumanisation,
threats, slurs, negative attributes, and questions or opinions carrying the claim;
insults to a person in chat ("sei un/una ...", "è un ...", elided articles, diminutives,
textspeak "nn", "x", "cmq", "sei 1 ..."); threats with clitics ("ti ammazzo", "ti
spacco"). Clean lines: neutral and positive group mentions, counter-speech, quoting and
reporting, negated hate, friendly profanity ("cazzo che partita"), self-deprecation.
TUNE_* were studied; HELD_* (italian5_holdout_lines.py) were written after them and
measured only at the start and the end of the round.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # derogation and negative attributes
    "le donne sono tutte stupide", "le donne non sanno guidare, sono inutili",
    "i gay sono dei malati", "gli omosessuali sono una vergogna",
    "gli immigrati sono tutti delinquenti",
    "i migranti sono parassiti che vivono alle nostre spalle",
    "gli zingari rubano e basta", "i rom sono feccia", "i musulmani sono tutti terroristi",
    "gli ebrei controllano le banche e rovinano il mondo", "i disabili sono un peso per la società",
    "i neri sono inferiori", "i meridionali sono tutti fannulloni", "i terroni puzzano",
    "questi negri sono delle bestie", "quei froci mi fanno schifo",
    "quelle femministe sono tutte isteriche", "questi stranieri sono spazzatura",
    # dehumanisation
    "gli immigrati sono animali", "i rom sono dei topi di fogna", "le donne sono solo oggetti",
    "i musulmani sono scarafaggi", "i gay sono degli scherzi della natura",
    "gli ebrei sono vermi", "i meridionali sono una razza inferiore",
    # expressed hate
    "odio i musulmani", "odio le donne", "odio i gay", "io odio gli zingari",
    "mi fanno schifo i neri", "gli ebrei mi fanno vomitare", "che schifo i froci",
    # exclusion and calls for harm
    "tornatevene a casa vostra", "gli immigrati devono tornare a casa loro",
    "fuori gli zingari dall'italia", "i musulmani non meritano di vivere qui",
    "i disabili non meritano di esistere", "bisognerebbe cacciare tutti i rom",
    "i gay andrebbero curati", "andate a casa vostra negri",
    "bisogna sterminare gli ebrei", "i neri dovrebbero morire tutti",
    "ammazzateli tutti questi immigrati", "bruciamo i campi rom",
    # questions and opinions carrying the claim
    "perché le donne sono così stupide?", "secondo me i gay sono malati",
    "penso che i neri siano inferiori", "non trovate che gli zingari siano tutti ladri?",
    "perché i meridionali non hanno voglia di lavorare?",
    # slurs
    "froci di merda", "negro di merda", "sporco ebreo", "zingaro bastardo", "terrone del cazzo",
    "ricchione schifoso", "mongoloide", "sei un mongoloide", "handicappato del cazzo",
    # insults to a person in chat
    "sei un idiota", "sei una merda", "sei proprio un coglione", "sei una troia",
    "sei 1 cogl", "sei un cretinetti", "quell'idiota di marco",
    "quel coglione di luca non capisce niente",
    "luca è un deficiente", "marco è uno stronzo", "sei un imbecille patentato",
    "stai zitto coglione", "stai zitta cretina", "vaffanculo a te e a tua madre",
    "vaffanculo", "fate schifo", "fate tutti schifo", "andate a cagare",
    "andatevene affanculo", "nn capisci un cazzo", "sei proprio scemo x davvero",
    "cmq sei un fallito", "che sfigato che sei", "sei un poveraccio",
    "sei brutta come la fame", "fai pena", "sei inutile", "nessuno ti vuole qui",
    "sparisci", "vattene via idiota", "ammazzati", "vai a morire", "spero che tu muoia",
    # threats
    "ti ammazzo", "ti spacco la faccia", "ti vengo a prendere sotto casa",
    "ti rompo le gambe", "ti faccio fuori", "se ti becco ti gonfio", "ti sgozzo",
    "vi ammazzo tutti",
    # a functional suite's shapes: spelling (swaps, spaces, leet), profanity, pronouns
    "odio i m u s u l m a n i", "odio i musulmnai", "le d0nne sono inferiori",
    "i gay sono fe ccia", "gli immigrati sono dei cazzo di parassiti",
    "non sopporto i disabili. sono tutti inutili", "i neri? sono tutti uguali, feccia",
    "le donne come te dovrebbero stare zitte", "tutti i gay dovrebbero essere picchiati",
    "voglio uccidere tutti i musulmani", "i musulmani non sono altro che spazzatura",
    "gli immigrati non sono mai onesti", "i disabili non valgono niente",
    "chi è musulmano è un terrorista", "se sei gay sei malato",
)

TUNE_CLEAN: tuple[str, ...] = (
    # neutral and positive group mentions
    "le donne hanno diritto alla parità di stipendio", "i gay meritano rispetto",
    "gli immigrati lavorano tanto", "i rom sono una minoranza europea",
    "i musulmani festeggiano il ramadan", "gli ebrei celebrano la pasqua ebraica",
    "i disabili hanno bisogno di più servizi", "i neri italiani sono italiani",
    "i meridionali sono gente accogliente", "mia sorella è lesbica e sono fiera di lei",
    "ho molti amici musulmani", "gli zingari hanno una storia lunga e complicata",
    "le donne sono fortissime", "amo napoli e i napoletani",
    # counter-speech
    "dire che le donne sono stupide è sessismo", "basta dire che gli immigrati sono delinquenti",
    "non è vero che i rom rubano tutti", "chi dice che i gay sono malati è ignorante",
    "odio chi odia i musulmani", "il razzismo contro i neri fa schifo",
    "smettetela di chiamare terroni i meridionali",
    # quoting and reporting
    "mi ha scritto 'sei un idiota', cosa faccio?", "mi hanno chiamato negro per strada",
    "un tizio ha detto 'froci di merda' e l'ho segnalato",
    "nel film il cattivo dice 'ti ammazzo'", "ha detto che mi ammazzava, chiamo la polizia?",
    # negated hate
    "non odio nessuno", "non sei un idiota, hai solo sbagliato",
    "non penso che le donne siano inferiori", "i musulmani non sono terroristi",
    "gli immigrati non sono delinquenti", "non sei inutile, sei importante per noi",
    # friendly profanity and untargeted swearing
    "cazzo che partita", "porca miseria che gol", "minchia che bello", "che cazzo di giornata",
    "madonna che caldo", "cazzo, ho perso le chiavi", "porca troia ho dimenticato il pc",
    "sono un idiota, ho sbagliato di nuovo", "che schifo questo tempo",
    "ma vaffanculo al lunedì", "sto morendo dal ridere", "mi ammazzo di risate",
    "questo boss mi ha ammazzato dieci volte", "uccidi il drago prima", "ammazza che bravo",
    "sei un mostro a questo gioco", "sei un grande", "sei una bomba",
    # chat
    "nn vedo l'ora di giocare", "x me va bene", "cmq domani ci sono",
    "ti voglio bene scemo", "sei proprio pazzo ahah, mi fai morire",
    "quell'attore è bravissimo", "marco è un genio", "luca è uno sviluppatore",
    "tornate a casa presto ragazzi", "andate a dormire che è tardi",
    "fate schifo a calcetto ahah scherzo vi voglio bene",
)
