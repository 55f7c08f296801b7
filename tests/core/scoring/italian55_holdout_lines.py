"""The italian55 held-back lines (issue 8): other wordings of the probe's shapes (a misdeed
typical of a named group, nothing good expected from it, work or housing refused to it),
written at the same time as the probe lines and before any rule. Counted only at the
start and the end."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "tipico di un rom: rubare", "tipico dei musulmani picchiare le mogli",
    "roba da ebrei, strozzini", "tipico degli immigrati delinquere",
    "spacciare è tipico dei neri", "tipico di una donna: bugiarda",
    "tipico dei gay fare i pervertiti", "classico di un nero, ladro",
    "rubare in casa altrui, cosa tipica degli zingari", "tipico dei trans fare i viscidi",
    "tipico di un disabile lamentarsi e approfittarsene", "roba da zingari, truffatori",
    "imbrogliare sul prezzo, tipico di un ebreo", "cose da musulmani: stuprare",
    "tipica delle donne la falsità", "dai neri non mi aspetto niente di buono",
    "da una donna niente di buono", "dagli ebrei niente di buono, mai",
    "non aspettarti nulla di buono da un rom",
    "dai gay non viene niente di buono", "da un musulmano mai niente di buono",
    "dalle persone trans niente di buono", "dagli zingari non mi aspetto nulla di buono",
    "da un immigrato non arriverà mai niente di buono", "dai disabili nulla di buono",
    "non date lavoro agli immigrati", "non affittate casa ai musulmani",
    "mai affittare a un rom", "non date lavoro ai neri",
    "non affittate agli zingari, lasciano tutto distrutto",
    "non date lavoro ai gay", "non vendete casa agli ebrei",
    "mai dare lavoro a una donna", "non affittate a persone trans",
    "non date lavoro ai disabili", "mai dare lavoro ai rom",
    "non affittate appartamenti ai neri", "mai affittare casa a un musulmano",
    "non date lavoro a un trans", "mai vendere casa agli immigrati",
)

HELD_CLEAN: tuple[str, ...] = (
    "tipico di un martedì: sciopero", "tipico dei cani rubare le scarpe",
    "roba da pazzi questo caldo", "tipico dell'inverno: influenza",
    "classico di agosto, città vuota", "tipica cosa da domenica, dormire fino a tardi",
    "dire che rubare è tipico degli zingari è razzismo",
    "non è vero che spacciare è tipico dei neri",
    "chi dice tipico di un ebreo è un antisemita",
    "il dolce tipico degli ebrei romani è la pizza ebraica",
    "la musica tipica dei rom è bellissima", "l'abito tipico delle donne sarde",
    "da questo inverno non mi aspetto niente di buono",
    "dal traffico di oggi nulla di buono", "da quella riunione niente di buono",
    "è razzismo dire che dai neri non arriva niente di buono",
    "ha scritto che dagli ebrei niente di buono, che schifo",
    "dai rom che ho conosciuto solo gentilezza", "dagli immigrati del quartiere tanto aiuto",
    "da quella partita non mi aspetto nulla di buono",
    "non affittate casa senza registrare il contratto", "non date lavoro senza contratto",
    "mai affittare senza vedere la casa", "non vendete casa in questo periodo",
    "è discriminazione non dare lavoro ai disabili",
    "l'agenzia rifiutava di affittare ai neri ed è stata multata",
    "diamo lavoro agli immigrati regolari", "affittiamo a una coppia gay, bravissimi",
    "non affittate casa ai morosi", "è vergognoso non affittare ai rom",
    "tanti non danno lavoro alle donne, è ingiusto", "date lavoro ai giovani",
    "mai dare lavoro in nero", "non date lavoro ai minorenni",
    "niente di buono in tv stasera", "cosa tipica da turisti, fotografare tutto",
    "tipico di questo server: lag", "da lunedì niente di buono per il meteo",
    "sono ebreo e da noi il tipico pranzo del sabato è lungo",
    "le donne musulmane che conosco sono fantastiche",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che bella serata", "porca miseria, tipico di questo gioco crashare",
    "merda, niente di buono in questa build", "che palle sto lunedì",
    "vaffanculo al meteo", "porca troia che goal",
)
