"""The italian47 held-back lines (issue 8): other wordings of the probe's shapes, written
at the same time and before any rule; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "i neri, non sanno fare un tubo", "le donne, non sanno proprio guidare",
    "gli immigrati - non sanno fare nulla", "i rom, non sanno fare altro che rubare",
    "le femmine, non sanno parlare", "i cinesi, non sanno guidare",
    "gli arabi, non sanno fare niente", "i gay - non sanno fare niente",
    "i neri, non sanno neanche scrivere", "le donne, non sanno fare niente",
    "gli zingari, rubano e basta", "i negri, puzzano", "gli immigrati, rovinano il paese",
    "i rom, dovrebbero sparire tutti", "i gay, fanno schifo",
    "i neri, li odio", "i rom, non li sopporto", "le donne, meglio a casa",
    "gli immigrati? tutti uguali", "i neri? tutti uguali", "i gay, tutti uguali",
    "le femministe? tutte uguali", "gli arabi - tutti uguali", "i rom, sempre uguali",
    "i musulmani? tutti uguali, tutti terroristi",
    "guarda sto fallito", "guarda sta sfigata", "guarda questo perdente",
    "guardate questo sfigato", "guarda quella sfigata", "quel ragazzo è proprio un fallito",
    "sto tipo è proprio uno sfigato", "guarda sto idiota", "guarda sto deficiente",
    "guarda ste sfigate", "guarda sto pezzente", "ma guarda sto sfigato",
    "le donne, non sanno manco parlare", "i musulmani, non sanno vivere",
    "gli ebrei? sempre uguali",
)

HELD_CLEAN: tuple[str, ...] = (
    "i neri, i latini e gli asiatici sono tutti benvenuti",
    "gli ebrei, li ho conosciuti all'università: simpaticissimi",
    "le donne, meglio se scelgono da sole", "gli immigrati, sanno fare tutto",
    "le donne, sanno fare di tutto", "i rom, li voglio vedere a scuola",
    "i gay, li adoro", "gli zingari? tutti diversi tra loro",
    "i neri? tutti uguali a noi", "gli immigrati, tutti uguali davanti alla legge",
    "i musulmani? tutti diversi", "i neri, li rispetto",
    "chi dice che le donne non sanno guidare è un ignorante",
    "non è vero che gli immigrati non sanno fare niente",
    "le donne, non sanno guidare? ma dove vivi",
    "gli ebrei? tutti uguali? che discorso è",
    "mia nonna diceva 'i rom, non sanno fare niente', che tristezza",
    "dire che i gay sono tutti uguali è stupido",
    "i miei amici, non sanno fare niente in cucina", "le stampanti, non sanno fare niente",
    "i cani, non sanno leggere", "questi ragazzi, non sanno ancora guidare",
    "le mele? tutte uguali", "le serie tv di oggi, tutte uguali",
    "guarda sto panorama", "guarda sto assist", "guarda questa foto",
    "quel tizio è proprio bravo", "guarda sto fenomeno", "guarda sto mostro, che partita",
    "quella sfigata di mia sorella ha passato l'esame, bravissima",
    "oggi mi sento proprio una sfigata", "i computer, non capiscono niente",
    "i bambini, non sanno ancora scrivere", "i musulmani, li ho invitati a cena",
    "le donne, li sanno fare meglio i dolci", "guarda sto cane che dorme",
    "i neri, non sanno quanto li stimo", "gli ebrei, tutti uguali nei diritti",
    "guarda sti ragazzi come giocano",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che freddo", "porca miseria che sonno", "minchia che partita",
    "che palle sta pioggia", "merda, ho perso il treno", "porca puttana che gol",
)
