"""The italian30 held-back batch (issue 8): lines in the probe's shapes with different
wording, written with the probe and before any rule, counted once at the end."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "meloni fa schifo", "salvini fa proprio schifo", "la boldrini mi fa schifo",
    "renzi fa cagare", "conte mi fa pena", "draghi è una vergogna",
    "berlusconi è una vergogna", "letta è una vergogna", "calenda fa schifo",
    "la schlein fa schifo", "salvini fa veramente schifo", "putin fa schifo",
    "biden è una vergogna", "soros è una vergogna", "macron è uno schifo",
    "la meloni è uno schifo", "mattarella fa schifo", "zelensky fa pena",
    "tajani è una vergogna", "renzi è un buffone", "di maio è una vergogna",
    "la lamorgese è una vergogna", "crosetto fa schifo", "prodi fa schifo",
    "gentiloni fa pena", "la azzolina fa pena", "berlusconi fa schifo",
    "salvini ci fa schifo", "sgarbi è una vergogna", "bersani fa pena",
    "trump fa schifo", "grillo fa schifo",
    "gli immigrati costano troppo allo stato", "i rom ci costano troppo",
    "i disabili costano troppo", "i migranti costano troppo",
    "i profughi costano troppo ai contribuenti", "i musulmani ci costano troppo",
    "i clandestini ci costano troppo", "gli zingari costano troppo",
)

HELD_CLEAN: tuple[str, ...] = (
    "salvini fa una diretta", "renzi è a firenze", "la meloni va a bruxelles",
    "conte è tornato", "draghi parla domani", "la schlein fa un comizio",
    "berlusconi è morto", "mattarella firma la legge", "calenda è un politico",
    "zelensky parla al parlamento", "biden è il presidente", "putin è in russia",
    "meloni non fa schifo", "salvini è simpatico", "renzi è intelligente",
    "la minestra fa schifo", "il tempo fa schifo oggi", "la connessione fa pena",
    "questa situazione è una vergogna", "il mio telefono fa schifo",
    "le bollette costano troppo", "la frutta costa troppo", "i biglietti costano troppo",
    "le medicine costano troppo", "gli occhiali costano troppo",
    "salvini dice che la scuola fa schifo", "secondo renzi la legge è una vergogna",
    "per draghi è una vergogna", "la meloni: il sistema fa schifo",
    "io mi faccio schifo", "faccio pena a calcio", "sono uno schifo oggi",
    "dire che gli immigrati costano troppo è falso", "non è vero che i rom costano troppo",
    "chi dice che renzi fa schifo esagera", "i rom non costano troppo",
    "le carrozzine per i disabili costano troppo", "gli asili costano troppo alle famiglie",
    "le case per i profughi costano troppo", "i voli costano troppo",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che freddo", "porca puttana che gol", "minchia ragazzi", "che figata cazzo",
    "madonna che partita", "porco cane che sfiga",
)
# fmt: on
