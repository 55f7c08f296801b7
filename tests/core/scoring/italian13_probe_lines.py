"""The italian13 probe (issue 8): Italian personal insults and harassment in chat (a
name + "fa schifo", "sei un fallito", "vergognati", exclusion, threats, self-harm
encouragement, "quel/quella" name-calls, diminutives, regional forms, masked spellings),
with the clean contrasts (friendly Italian swearing, self-talk, quoting, "fa schifo" said
of things). Written before any rule was read.
"""

from __future__ import annotations

# fmt: off

PROBE_HOSTILE: tuple[str, ...] = (
    # a name + fa schifo
    "marco fa schifo", "luca fa schifo", "Giulia fa schifo", "quel Marco fa schifo",
    "@paolo fa schifo", "sara fai schifo", "francesco fa proprio schifo",
    # fallito, poveraccio, sfigato
    "marco è un fallito", "sei un fallito", "sei proprio un poveraccio", "sfigato",
    "sei uno sfigato", "che sfigato che sei", "luca è una sfigata",
    # cesso, cagare, pena
    "che cesso che sei", "fai cagare", "fai pena", "fai veramente pena",
    "sei un cesso", "giulia è un cesso",
    # shaming, belittling
    "vergognati", "vergognati schifoso", "ma chi ti credi di essere", "non vali niente",
    "non vali un cazzo", "zitto tu", "sta zitta troia", "stai zitto coglione",
    # exclusion
    "tornatene a casa tua", "nessuno ti vuole qui", "vattene da qui",
    "nessuno ti sopporta", "sparisci",
    # threats and self-harm encouragement
    "ti spacco la faccia", "ti vengo a prendere", "spero che tu muoia", "muori",
    "ammazzati", "vai a morire", "buttati da un ponte", "ti ammazzo",
    # quel/quella name-calls
    "quella stronza di Giulia", "quel coglione di Marco", "quel cretino di luca",
    "quella troia di sara",
    # diminutives and augmentatives
    "sei uno scemotto", "cretinetti", "stupidone", "sei un cretinetti",
    "che stupidone che sei", "sei un imbecillotto",
    # regional
    "ma che mona che sei", "che pirla che sei", "sei un bischero", "sei scemo",
    "tamarro", "sei un cafone", "zoccola", "cornuto", "brutto pirla", "marco è un pirla",
    # spellings
    "sei un c0glione", "stronz0", "vaff", "fanc*lo", "cogl***", "sei un cogl***",
    "vaffanculo marco", "stronz0 che non sei altro",
)

PROBE_CLEAN: tuple[str, ...] = (
    # friendly swearing
    "porca puttana che gol", "cazzo che bello", "minchia ragazzi", "che culo!",
    "porca miseria che partita", "minchia che giocata", "cazzo ragazzi abbiamo vinto",
    # self-talk
    "sono proprio un cretino, ho dimenticato le chiavi", "che scemo che sono",
    "sono un fallito oggi, non ne imbrocco una", "mi faccio pena da solo",
    # things that fa schifo
    "questa patch fa schifo", "roblox fa schifo", "il tempo fa schifo",
    "la pizza qui fa schifo", "questo server fa schifo", "il wifi fa cagare",
    "questa mappa fa pena", "il nuovo update fa schifo", "minecraft fa schifo",
    # quoting and reporting
    "mi ha detto 'sei un fallito' e ci sono rimasto male",
    "non dire 'vergognati' ai nuovi utenti",
    "scrivere 'ammazzati' è vietato qui",
    # ordinary chat
    "marco fa la spesa", "luca fa il portiere", "ciao marco come stai",
    "vergognarsi non serve a niente", "muoio dal ridere", "sto morendo dal caldo",
    "nessuno vuole giocare stasera?", "torno a casa mia alle otto",
    "ti vengo a prendere alle otto in stazione", "zitti tutti che inizia il film",
)
