"""The italian30 probe (issue 8): Italian Telegram, Twitter and chat lines in the
round's shapes (a public figure named by surname as the subject of disgust or an insult:
"renzi fa schifo", "la meloni è una vergogna"; a named group said to cost too much: "i
disabili costano troppo allo stato") and clean lines that look alike: a surname with
praise or a neutral verb, the same frames at things, self-talk, denials and
counter-speech, friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a public figure by surname as the subject of disgust or an insult
    "renzi fa schifo", "salvini fa schifo", "la meloni fa schifo", "conte fa schifo",
    "salvini mi fa schifo", "renzi mi fa proprio schifo", "la boldrini fa schifo",
    "berlusconi fa cagare", "draghi fa schifo come sempre", "calenda fa pena",
    "la meloni è una vergogna", "renzi è una vergogna", "salvini è una vergogna per l'italia",
    "la schlein è una vergogna", "mattarella è una vergogna", "zelensky è una vergogna",
    "salvini è uno schifo", "renzi è uno schifo", "soros fa schifo",
    "di maio è un idiota", "la schlein è ridicola", "letta fa pena", "macron fa schifo",
    "biden fa pena", "grillo è una vergogna", "la meloni mi fa pena", "tajani fa ridere",
    "la santanchè è una vergogna", "bonaccini fa schifo", "toninelli è un idiota",
    "salvini buffone", "renzi fa davvero schifo",
    # a named group said to cost too much
    "i disabili costano troppo allo stato", "gli immigrati costano troppo",
    "gli immigrati ci costano troppo", "i rom costano troppo ai contribuenti",
    "i profughi ci costano troppo", "i clandestini costano troppo allo stato",
    "i disabili ci costano troppo", "gli stranieri costano troppo a noi italiani",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a surname with praise or a neutral verb
    "renzi fa un discorso", "salvini è a roma", "la meloni parla oggi in tv",
    "conte fa un'intervista stasera", "draghi è il presidente del consiglio",
    "salvini è stato a milano", "la schlein è la nuova segretaria", "renzi è bravo a parlare",
    "mattarella fa il suo discorso di fine anno", "la meloni è una donna",
    "salvini non fa schifo", "zelensky è in visita a roma",
    # the same frames at things
    "il traffico fa schifo", "la benzina costa troppo", "le case costano troppo",
    "gli affitti costano troppo", "questo governo fa cose", "la pizza fa schifo",
    "il servizio fa pena", "questa legge è una vergogna",
    # the figure reports, or the frame is said of something else
    "secondo salvini l'italia fa schifo", "renzi dice che il paese fa schifo",
    "salvini: la sanità fa schifo", "per la meloni è una vergogna",
    # self-talk
    "io faccio schifo", "mi faccio schifo da solo", "sono una vergogna",
    # denials and counter-speech
    "dire che i disabili costano troppo è ignobile", "non è vero che gli immigrati costano troppo",
    "chi dice che la meloni fa schifo non sa niente", "i disabili non costano troppo",
    # care
    "i farmaci per i disabili costano troppo", "le cure costano troppo agli anziani",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che gol", "porca troia che partita", "minchia che bello", "madonna che caldo",
    "che culo ragazzi", "vaffanculo al traffico",
)
# fmt: on
