"""The italian55 probe lines (issue 8): a named group derided without a slur: a misdeed
said to be typical of its members ("tipico di un nero: ladro", "tipico degli zingari
rubare", "roba da musulmani"), nothing good expected from it ("da un ebreo non mi
aspetto niente di buono", "dai rom niente di buono"), work or housing refused to it ("non
date lavoro agli zingari", "mai affittare agli immigrati"); clean lines in the same words
(days, weather, contracts, counter-speech, reports, neutral mentions). Written before any
rule."""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "tipico di un nero: ladro", "tipico degli zingari rubare",
    "roba da musulmani, sgozzare la gente", "tipico dei rom, rubano sempre",
    "tipico di un ebreo fregare il prossimo", "tipico delle donne mentire",
    "tipica cosa da gay, fare le vittime", "classico degli immigrati: spacciare",
    "rubare è proprio tipico dei neri", "truffare i vecchi, tipico degli zingari",
    "ecco, tipico di un musulmano: violento", "tipico dei disabili approfittarsene",
    "tipico delle persone trans ingannare la gente", "cose da negri, rubare le bici",
    "è proprio roba da zingari rubare i portafogli",
    "da un ebreo non mi aspetto niente di buono", "dai rom niente di buono",
    "dagli immigrati non arriva mai niente di buono",
    "da un nero non ci si può aspettare nulla di buono",
    "dalle donne niente di buono, mai", "dai musulmani nulla di buono",
    "niente di buono dai gay", "non aspettatevi niente di buono dagli zingari",
    "da un trans solo niente di buono", "dai disabili niente di buono per la società",
    "non date lavoro agli zingari", "non affittate casa agli immigrati",
    "mai affittare ai neri", "non date lavoro ai musulmani",
    "non affittate ai rom, vi distruggono la casa", "non date mai lavoro a un ebreo",
    "non vendete casa ai gay", "non date lavoro alle donne, restano incinte",
    "mai dare lavoro a un immigrato", "non affittate appartamenti alle persone trans",
)

TUNE_CLEAN: tuple[str, ...] = (
    "tipico di un lunedì: pioggia", "tipico dei gatti rubare il cibo dal tavolo",
    "roba da matti, ha piovuto tutto il giorno", "tipico dei bambini rubare le caramelle",
    "tipico di un venerdì: traffico", "tipica cosa da sabato sera, fare tardi",
    "classico dell'estate: zanzare", "è razzista dire che rubare è tipico dei rom",
    "chi dice che rubare è tipico dei neri è un ignorante",
    "non è vero che mentire è tipico delle donne",
    "dire 'tipico di un ebreo' è antisemitismo",
    "il piatto tipico dei musulmani durante il ramadan è buonissimo",
    "da questo governo non mi aspetto niente di buono",
    "da questa giornata niente di buono", "dal meteo di domani niente di buono",
    "è razzista pensare che dai rom non venga niente di buono",
    "ha detto che dagli immigrati non arriva niente di buono, vergognoso",
    "dai musulmani che conosco solo cose buone", "dalle donne della mia vita solo amore",
    "da quel film non mi aspetto nulla di buono",
    "non affittate casa senza contratto", "non date lavoro in nero",
    "mai affittare senza una caparra", "non vendete casa prima di aver trovato l'altra",
    "è illegale non dare lavoro alle donne incinte",
    "il proprietario non voleva affittare agli immigrati ed è stato denunciato",
    "diamo lavoro ai rom del campo vicino", "affittiamo casa a una famiglia di musulmani",
    "non affittate casa ai truffatori", "è una vergogna non affittare casa ai neri",
    "molti non affittano ai gay, è discriminazione", "date lavoro ai disabili, è giusto",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che partita ragazzi", "porca puttana è tipico di sto gioco laggare",
    "minchia, niente di buono da questo patch", "che cazzo di lunedì",
    "vaffanculo al traffico di stamattina", "porco cane, ho perso di nuovo",
)
