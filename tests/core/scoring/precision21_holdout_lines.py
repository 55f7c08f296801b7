"""The precision21 held-back batch (issue 8): written with the probe, before any rule, in
the same shapes with different wording; counted only at the start and the end. The
speech-tag lines came with the third shape, before its rule: on base29 they alone were
counted at their start.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # the slur said now, beside an apology word or a past name-call
    "sorry but ur a faggot", "i called u a retard and i'd do it again",
    "sorry i called you a dyke, but you are one", "i'm sorry ur such a faggot",
    "im not apologizing for calling you a retard", "i feel sorry for you, faggot",
    "apologize? you're a retard", "no apology, you dyke",
    "sorry to break it to you but ur a retard",
    "i'd call you a faggot again", "calling you a tranny was the truth",
    "i regret nothing, you retard", "sorry i called you a faggot, you're way worse",
    "i feel bad for whoever has to deal with you retard", "i'm sorry your mom raised a faggot",
    "i was wrong, you're not a retard you're a faggot", "forgive me? no, you dyke",
    "sorry not sorry you retard", "i owe you nothing, faggot",
    "my bad for thinking you weren't a retard",
    # the slurs listed at someone
    "you faggot and retard, no words for you", "shut it dyke and tranny",
    "retard and spaz, two words for you", "faggot and dyke, that's what they are",
    "slut and whore, words that describe your mom", "ur a faggot and a retard",
    "dykes and trannies like you are disgusting", "bitch and whore, thats what u are",
    "retard spaz faggot, every one of you", "kikes and spics, go back",
    "dumb retards and faggots in this lobby", "ur a retard, the word was made for you",
    # plainly aimed
    "ur a retard", "you're such a dyke", "stfu faggot", "ur a slut", "you stupid bitch",
    "get lost retard", "shut up you tranny", "you're a faggot lol",
    # a name-call the writer says, or a tag the writer endorses (added with the third shape)
    "you're such an idiot, my sister said, and she's right",
    "i hate you she whispered, and i hate you too", "shut up loser i shouted",
    "you ugly cow i told her", "you're useless, he said, and he was right",
    "you're a coward he said? you are", "fuck you he said, well fuck you more",
    "you worthless pig he is", "go to hell, i told him", "you're a rat he said it first",
)

HELD_CLEAN: tuple[str, ...] = (
    # the writer sorry for a slur or an insult said earlier
    "sorry for calling u a faggot yesterday", "i feel awful for calling you a retard",
    "i'm sorry i called u a dyke, that was messed up", "sorry for saying you were a moron",
    "i apologise for calling you a tranny", "i'm so sorry that i called you a retard in class",
    "i feel terrible about calling you a faggot", "sorry for saying u were dumb",
    "i regret calling u a retard so much", "forgive me for calling you a dyke",
    "i was so wrong to call you a retard", "i want to apologize for calling you a faggot",
    "sorry i said you were an idiot earlier", "i feel really bad about calling you a retard",
    "im sorry i called you all retards", "i'm sorry for saying you were a slut",
    "i owe u an apology for calling u a faggot", "i'm ashamed i called you a retard",
    "sorry for calling you a dyke, i was drunk", "i feel guilty for calling you a tranny",
    # slurs or insults listed and named as words
    "retard and spaz are words you shouldnt say", "faggot, dyke and tranny, three words i banned",
    "slut and whore, two words used against women", "nigger and kike are hateful words",
    "retard and faggot were words everyone used in 2008", "bitch and hoe, words rappers love",
    "dyke and tranny are words some people reclaimed", "faggot or retard are not words for school",
    "retard, moron and imbecile were clinical terms", "spaz and retard, words my dad still uses",
    "nigga and nigger are two different words", "faggot and dyke, slurs the bot deletes",
    "tranny and faggot were the slurs i heard most",
    "whore slut and skank, three words for the same thing",
    "retard idiot moron, words that used to be diagnoses",
    "faggot and retard, words that hurt kids",
    "kike spic and chink are slurs", "retard and faggot, the words bullies used on me",
    "dyke and faggot are words you hear in every lobby", "bitch and slut, two words i never use",
    # a name-call told with a third person's speech tag after it (added with its shape)
    "i hate you she whispered and ran off", "you're such an idiot, my sister said",
    "shut up loser he shouted at the screen", "you ugly cow, the witch cackles",
    "you dirty rat he roared", "you're useless, my boss told me today",
    "fuck you she mouthed across the room", "i hate you both, mom yelled",
    "you're a coward, the captain said in the movie", "go die he texted me and then blocked me",
    "you worthless pig the guard spat", "go to hell, she told him",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit my bad", "fuck i missed the bus", "damn this song slaps",
    "shit sorry wrong channel", "fucking hell that was close", "hell yes it worked",
)
