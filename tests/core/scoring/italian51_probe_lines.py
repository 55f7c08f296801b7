"""The italian51 probe lines (issue 8): Italian hate and insults in the spellings of an
Italian functional hate suite and of Italian chat: group names and slurs with digits,
stretched, spaced, clipped or swapped letters, chat letters ("k" for "c", "x" for "z",
"z" for "s"), pejorative suffixes ("-acci"), slurs with "di merda" / "del cazzo", and
insults aimed at "tu" in their obfuscated forms; clean lines in the same words. Written
before any rule."""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "fr0ci di merda", "i n3gri puzzano", "zingari del cazzo tutti", "ebrei di merda",
    "negri schifosi", "i muzulmani sono feccia", "muzulmani di merda",
    "terroni di merda", "i frociiii sono malati", "f r o c i di merda",
    "gli immigrat sono parassiti", "sei un coglione", "fai schifo al cazzo",
    "sta zitto ritardato", "vai a cagare", "sei un c0gli0ne", "sei un cogl*one",
    "zitto rit4rdato", "sei una merdaaa", "sei un koglione", "fai skifo",
    "fai skifo al kazzo", "sei uno stronxo", "sei un caxxone", "zitto ritardat",
    "sei un rikkione", "gli ebrei sono skifosi", "zingaracci di merda",
    "frociaccio schifoso", "musulmanacci del cazzo", "i terun sono ladri",
    "i rikkioni sono malati", "sei un ritardat", "gli zinghi sono ladri",
    "sei proprio un koglione del kazzo",
)

TUNE_CLEAN: tuple[str, ...] = (
    "devo cogliere l'occasione", "sono in ritardo di dieci minuti",
    "la merenda è pronta", "ho visitato tre negozi oggi",
    "le froge del cavallo", "il ritardo del treno è assurdo",
    "i musulmani pregano in moschea", "gli ebrei festeggiano hanukkah",
    "i rom vivono in italia da secoli", "gli immigrati lavorano nei campi",
    "dire froci di merda è omofobia", "non chiamare nessuno ritardato",
    "chi scrive negri schifosi è un razzista", "ok ci vediamo al karaoke",
    "prendo un taxi per l'xbox", "faccio skate al parco", "vado a sciare col kiwi in tasca",
    "ho preso un negroni al bar", "i neretti del testo sono troppi", "il terreno è bagnato",
    "il mio mouse è skifoso ahah", "che skifo di tempo oggi", "sto in relax",
    "il rikki del gruppo è simpatico", "mi chiamo Koglin", "la zingarella di Verdi",
    "ho fatto un errore di ortografia", "il volo è in ritardo",
    "cagare è normale", "la musica dei muzulmani? non so",
    "sono un coglione, ho perso le chiavi", "mi sento una merda oggi",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che gol", "porca puttana che caldo", "che figata della madonna",
    "minchia che partita ragazzi", "porca troia ho perso il treno", "che kazzo di gol",
)
