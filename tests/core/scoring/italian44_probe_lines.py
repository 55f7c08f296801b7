"""The italian44 probe (issue 8): Italian identity-group hate as a functional test suite
writes it, above all the rhetorical fragment: a named group as a topic asked or set off
by a comma, then a call for its harm with no verb of saying ("gli ebrei? da eliminare",
"i disabili? da sopprimere") or a promised retribution ("i rom? la pagheranno", "i
musulmani? prima o poi la pagheranno"); a few lines of the suite's other categories
(hatred, dehumanisation, threats, hate asked, opined, by negation, a pronoun in a later
sentence); the clean lines in the same words that must stay clean (a thing or a
non-protected target in the fragment, kind fragments, counter-speech, quotes, denials,
questions) and friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a group as a topic, then a call for its harm
    "gli ebrei? da eliminare", "i disabili? da sopprimere", "gli zingari? da bruciare",
    "le donne? da picchiare", "i neri? da rimandare in africa a calci",
    "gli immigrati? da affondare", "i trans? da rinchiudere", "ebrei? da eliminare",
    "i musulmani? da eliminare uno per uno", "i gay? da ammazzare",
    "gli immigrati? tutti da eliminare", "i rom, da sopprimere", "gli ebrei: da bruciare",
    "e i musulmani? da cacciare a calci", "i disabili? tutti da eliminare",
    # a group as a topic, then retribution promised
    "i rom? la pagheranno", "i musulmani? prima o poi la pagheranno",
    "i musulmani? pagheranno per tutto", "gli immigrati? avranno quello che si meritano",
    "gli ebrei? la pagheranno cara", "i gay? presto la pagheranno",
    "le femministe? la pagheranno tutte", "i neri? ce la pagheranno",
    # the suite's other categories
    "odio gli ebrei", "gli zingari mi fanno schifo", "i rom sono parassiti",
    "ammazzerò tutti gli ebrei", "gli immigrati andrebbero impiccati",
    "perché le donne sono così inutili?", "penso che i disabili siano inutili",
    "gli ebrei non sono esseri umani", "ho conosciuto degli immigrati. sono tutti feccia.",
    "i gay? schifosi", "i trans non sono persone", "i musulmani sono un cancro",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a thing or a non-protected target in the fragment
    "i bug? da eliminare", "i commenti razzisti? da eliminare", "i camper? da sopprimere",
    "le erbacce? da bruciare", "i vecchi file? tutti da eliminare",
    "gli evasori? la pagheranno", "i corrotti? prima o poi la pagheranno",
    "i nazisti? avranno quello che si meritano", "i commenti contro gli ebrei? da eliminare",
    "i post sui rom? da cancellare",
    # kind fragments about the groups
    "gli ebrei? da rispettare", "i disabili? da aiutare", "gli immigrati? da accogliere",
    "le donne? da ammirare", "i gay? da proteggere", "i rom? da integrare",
    # counter-speech, quotes, denials, questions
    "dire che gli ebrei sono feccia è vergognoso",
    "chi scrive 'i rom? la pagheranno' è un razzista",
    "\"gli ebrei? da eliminare\" è una frase ignobile",
    "nessuno pensa che i disabili siano da eliminare",
    "i musulmani? da eliminare? ma come ti permetti",
    "chi dice che i gay sono da ammazzare merita di essere denunciato",
    # neutral and positive statements
    "ho conosciuto degli immigrati. sono tutti simpatici.", "amo i miei vicini musulmani",
    "i trans sono persone come tutti", "le donne sono forti e intelligenti",
    "gli ebrei sono esseri umani come noi", "i neri? grandi atleti e grandi amici",
    "i rom hanno una lunga storia in europa", "i gay? persone come le altre",
    "perché i disabili hanno così pochi servizi?", "penso che gli immigrati siano una risorsa",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che partita", "porca miseria che gol", "minchia che caldo oggi",
    "che figata di concerto cazzo", "merda, ho perso il treno", "vaffanculo lunedì",
)
