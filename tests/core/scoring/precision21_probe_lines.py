"""The precision21 probe (issue 8): clean lines that the scorer may over-read, in the
round's shapes (the writer sorry for a slur or an insult said earlier; slurs or insults
listed and named as words; a name-call told with a third person's speech tag after it),
with hostile lines in the same words that must stay caught, and friendly swearing. Each
shape's lines written before its rule (the speech tags' after the first two rules).
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the slur said now, beside an apology word or a past name-call
    "sorry but you're a retard", "i called you a faggot and i meant it",
    "sorry i called you a retard, but you are one", "i'm sorry you're such a retard",
    "im not going to apologize for calling you a dyke",
    "calling you a retard is the nicest thing i can say", "sorry for your loss, faggot",
    "i'm sorry but you're a dyke", "i feel bad for you, retard",
    "why would i apologize for calling you a retard", "i was right to call you a faggot",
    "i dont regret calling you a retard", "sorry i called you a retard, you're actually worse",
    "sorry im not sorry, you tranny", "i feel bad for your mom, she raised a retard",
    # the slurs listed at someone
    "you retard and faggot, words fail me", "shut up retard and faggot",
    "retard and faggot, words that describe you perfectly",
    "faggot and tranny, thats what you are", "bitch and slut, words that fit you",
    "you're a retard and a faggot", "retards and faggots like you ruin every lobby",
    "whore and slut, thats all you are", "retard faggot tranny, all of you",
    "kike and spic, get out of my country", "stupid faggots and dykes everywhere",
    "you are a retard, that word fits you", "you're a slut and a whore",
    # plainly aimed
    "you're a retard", "ur a dyke lol", "shut up faggot", "you're a whore",
    "you dumb bitch", "go away you retard", "you fucking tranny",
    # a name-call the writer says, or a tag the writer endorses (added with the third shape)
    "you're an idiot he said and he was right", "i hate you, she said, and i feel the same",
    "shut up idiot i yelled", "you stupid bitch i screamed at her",
    "get out you pig, she said, and i say it too", "fuck you he said, so fuck you too",
    "you're worthless, she said, and she's right", "you little rat he is",
    "you're a moron, he said it best", "you're an idiot he says? no, you are",
    "shut up you moron",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the writer sorry for a slur or an insult said earlier
    "i feel bad for calling you a dyke", "i'm sorry i called you a retard",
    "sorry for saying you were an idiot", "im so sorry for calling you a faggot last night",
    "i apologize for calling u a retard",
    "i'm sorry for calling you a tranny, i didn't know better",
    "sorry for saying you were a retard", "i'm really sorry that i called you a dyke",
    "i owe you an apology for calling you a retard", "i was wrong to call you a faggot",
    "please forgive me for calling you a retard", "i'm sorry i said you were a bitch",
    "honestly i regret calling you a dyke", "sorry for calling you guys retards earlier",
    # slurs or insults listed and named as words
    "retard and faggot are words you shouldnt use",
    "nigga retard and faggot, three words that get people angry",
    "bitch whore and slut, words that are used to shame women",
    "retard, spaz and cripple are ableist words", "dyke and faggot, two words i stopped using",
    "retard or faggot are not words you say at school",
    "nigger and faggot are the worst words in english",
    "retard, idiot and moron were medical terms once",
    "faggot retard tranny, all slurs they banned on the server",
    "whore and slut, words people throw at girls",
    # already clean: reported, mentioned, denied, at a thing
    "he called me a retard", "the word faggot is offensive", "faggot and tranny are slurs",
    "i never should have called you a retard", "this game is so retarded lol",
    "i feel bad for calling that kid a retard", "kike and spic are ugly words",
    "i'm not a retard, i just type fast",
    # a name-call told with a third person's speech tag after it (added with its shape)
    "i fucking hate you he mumbles looking up at him", "i hate you, she said",
    "shut up idiot he yelled at his brother", "you stupid bitch she screamed",
    "get out you pig she whispered", "i hate you he says and walks away",
    "you're an idiot, he told me", "fuck you too, she laughed",
    "go to hell, my mom shouted at the tv", "you little rat he muttered under his breath",
    "shut up you moron, the teacher snapped", "you're pathetic, dad said quietly",
    "kill yourself he typed, then deleted it", "get lost loser they yelled from the car",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit sorry im late", "fuck i forgot my charger again", "damn that was a good game",
    "shit my bad, wrong chat", "fucking finally the update is out", "hell yeah lets go",
)
