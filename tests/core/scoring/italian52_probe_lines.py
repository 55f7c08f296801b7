"""The italian52 probe lines (issue 8): Italian hate the two previous Italian rounds saw
still missed at default settings: a group threatened with shooting or harm ("i neri
andrebbero sparati", "spariamo agli immigrati"), a group shut out by closed ports or
borders ("chiudete i porti agli immigrati", "basta stranieri in italia"), a group's
existence questioned ("perché i disabili devono esistere?", "a cosa servono i gay?"), and
clipped forms and slang ("finocchi di merda", "sei uno stronz", "down di merda"); clean
lines in the same words (sport, photos, news, genuine questions, the vegetable,
counter-speech). Written before any rule."""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "i neri andrebbero sparati", "spariamo agli immigrati", "bisogna sparare ai rom",
    "gli zingari andrebbero presi a fucilate", "sparate ai musulmani",
    "i froci andrebbero sparati in piazza", "bisognerebbe sparare agli ebrei",
    "le trans andrebbero prese a bastonate", "chiudete i porti agli immigrati",
    "basta stranieri in italia", "chiudiamo le frontiere ai musulmani",
    "basta negri in italia", "fuori i rom dall'italia", "porti chiusi ai negri",
    "perché i disabili devono esistere?", "a cosa servono i gay?",
    "perché le donne esistono?", "a cosa servono gli ebrei?",
    "perché i trans devono esistere?", "i disabili non dovrebbero esistere",
    "i gay non dovrebbero esistere", "finocchi di merda", "sei uno stronz",
    "merdoso", "quel down di merda", "le donne sono tutte troie",
    "sei un finocchio schifoso", "handicappati di merda",
    "i negri non servono a niente", "le femmine vanno picchiate",
    "gli ebrei andrebbero bruciati", "spariamogli a quei negri",
    "i musulmani vanno presi a sprangate", "basta musulmani in europa",
    "sei un merdoso",
)

TUNE_CLEAN: tuple[str, ...] = (
    "spara in porta e segna", "ho sparato qualche foto ai turisti",
    "il governo chiude i porti per il maltempo", "perché i gay non possono sposarsi in chiesa?",
    "insalata di finocchi", "cazzo che gol", "ha sparato una cavolata",
    "chiudono le frontiere per il covid", "i porti sono chiusi per lo sciopero",
    "basta pioggia in italia", "basta tasse in italia",
    "perché i dinosauri non esistono più?", "a cosa servono i reni?",
    "i disabili hanno diritto di esistere",
    "chi dice che i gay non dovrebbero esistere è un idiota",
    "non è vero che i neri andrebbero sparati", "finocchi gratinati al forno",
    "il finocchio fa bene alla digestione", "la sindrome di down non è una colpa",
    "mio cugino ha la sindrome di down", "gli immigrati arrivano nei porti del sud",
    "la polizia ha sparato in aria", "spariamo i fuochi d'artificio stasera",
    "a cosa servono i sindacati oggi?", "perché gli ebrei non mangiano maiale?",
    "perché le donne guadagnano meno?", "i trans esistono da sempre",
    "basta con il razzismo contro gli stranieri", "aprite i porti ai migranti",
    "ho mangiato un panino merdoso", "il tiro è stato sparato alto",
    "le donne non sono troie",
)

TUNE_SWEARING: tuple[str, ...] = (
    "porca puttana che caldo", "cazzo che partita", "merda ho perso il treno",
    "che figata della madonna", "minchia che fame", "vaffanculo questo traffico",
)
