"""The italian20 held-back batch (issue 8): written with italian20_probe_lines.py and
before any rule, never read for misses; counted once at the start of the round and once
at the end. Same shapes, new wording. The first six clean lines are friendly swearing.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # derogation, every form of the group word
    "le marocchine sono meno umane di noi", "una zingara è un animale", "quella rumena puzza",
    "quel marocchino è un maiale", "un ebreo è un topo di fogna", "le donne sono oggetti",
    "i disabili sono inutili", "i froci sono malati di mente", "le trans sono dei mostri",
    "i meridionali sono tutti fannulloni", "quella albanese è una ladra", "i terroni puzzano",
    # dehumanising comparison
    "gli zingari sono come gli scarafaggi", "le musulmane sono delle bestie",
    "un disabile vale meno di un cane",
    # threats
    "andrebbero uccisi tutti gli ebrei", "le donne andrebbero picchiate",
    "bisognerebbe bruciare i campi rom", "se incontro un nero gli spacco la faccia",
    "farò fuori ogni immigrato che incontro", "i gay dovrebbero essere eliminati",
    # slurs and spelling variants, hate with profanity
    "negro schifoso", "ebrei di merda", "quei cazzo di negri", "n3gri ovunque, che schifo",
    "tutti i musulmani sono merde",
    # pronoun reference
    "i neri? li odio", "le lesbiche? fanno schifo",
    # negated positives
    "gli immigrati non sono esseri umani", "le donne non dovrebbero votare",
    "un gay non potrà mai essere un buon padre",
    # questions and opinions
    "perché le donne sono così stupide?", "per me gli zingari sono tutti ladri",
    "non pensi che i neri siano inferiori?",
    # obfuscation
    "gli a r a b i sono feccia", "i musulm@ni sono terroristi",
    # chat insults
    "sei un pezzo di merda", "sei proprio una schiappa, disinstalla",
    "che giocatore inutile che sei", "nessuno ti ha chiesto niente, stai zitto",
)

HELD_CLEAN: tuple[str, ...] = (
    # friendly swearing
    "cazzo che tiro", "porca miseria che azione", "porco cane che parata",
    "minchia ragazzi che vittoria", "merda, mi è scaduto il tempo", "che cazzo di gol ha fatto",
    # counter-speech
    "dire che una zingara è un animale è disumano", "non è vero che i disabili sono inutili",
    "basta con chi dice che le donne sono inferiori", "i musulmani non sono terroristi",
    "le trans non sono mostri, sono persone",
    # neutral and positive mentions
    "quella rumena è la mia vicina di casa", "quel marocchino cucina da dio",
    "una nera ha vinto il concorso di canto", "le marocchine del corso sono bravissime",
    "un ebreo mi ha insegnato gli scacchi", "i gay hanno diritto a sposarsi",
    "gli immigrati sono una risorsa", "le donne meritano la parità",
    "i meridionali sono ospitali", "quella rumena è una cara amica",
    # no protected group
    "i vampiri andrebbero bruciati tutti", "le cimici andrebbero sterminate",
    "i topi di fogna sono brutti", "quel maiale arrosto era buonissimo",
    # a jab answered kindly
    "sei scarso? ma no, scherzavo, sei fortissimo",
    "nessuno ti sopporta? ma va, ti vogliamo tutti bene",
    "sei un idiota? no dai, sei un grande", "ti odiamo? ma figurati, resta con noi",
    # neutral questions
    "perché le donne guadagnano meno?", "secondo te i rom hanno diritto alla casa?",
    # the words about other things
    "il nero opaco è elegante", "ho comprato una maglia nera",
    "i neri hanno mosso per primi a scacchi",
    # chat, not aimed
    "sei un grande, bella partita", "ti distruggo a fifa stasera",
    "mi sono fatto schifo da solo oggi", "la lobby fa cagare stasera",
    "non sei scarso, sei solo sfortunato", "che schifo di server",
)
