"""The threats8 probe's lines (issue 8), written before reading the rules.

Threats, doxxing, harassment campaigns, exclusion and self-harm encouragement that
carry no swear word and often no lexicon word, in game chat, Discord, comment and
forum registers; about 30% Italian. Clean look-alikes: game warnings and game verbs,
jokes between friends, safety talk, news, fiction, help-seeking, talk about oneself.

TUNE_* were studied; HELD_* were written after the rest and measured only at the
start and the end of the round, never read for misses. SWEARING_* are untargeted
swearing (the held-out floor's control), kept for the shared checks.
"""

from __future__ import annotations

# fmt: off

# Aimed at a person or a group (studied).
TUNE_HOSTILE: tuple[str, ...] = (
    # threats of violence, veiled threats
    "i know where you live", "wait till i find u after school", "i will end u",
    "watch your back", "you better sleep with one eye open", "ill find you and make you pay",
    "you wont see it coming", "i'm coming for you", "ur dead when i see u",
    "you're going to regret this", "you'll regret saying that", "keep talking and see what happens",
    "say that again and ill break your jaw", "ima beat you up tomorrow", "im gonna hurt you",
    "i will find you", "we know where you work", "better watch yourself tonight",
    "one more word and you're done", "you're next", "i'll make your life hell",
    "meet me outside and we'll see how tough you are", "i'll put you in the hospital",
    "i swear ill kill you if you do that again", "enjoy your last days", "count your days",
    "your days are numbered", "i will make you disappear", "nobody will find your body",
    "i hope you get hit by a car", "hope your house burns down", "someone should shoot you",
    "i'm gonna wait for you at the bus stop", "see you after class, you're getting it",
    "i'll smash your face in", "i'll hunt you down", "i will ruin you",
    "you better not show up at school monday", "next time i see you you're dead",
    "i'll get you fired", "i'll make sure you never work again",
    # doxxing, exposure
    "ill find your address", "i know ur ip", "i have your address and ill post it",
    "posting his home address below", "found her address, who wants it",
    "i'll leak your pics", "i'll leak your nudes", "i will expose you to everyone",
    "ill send your mom the screenshots", "i'll tell everyone your secret",
    "i'm going to post your real name and school", "dox him", "lets dox this guy",
    "someone find out where she lives", "i know your real name and where you go to school",
    "i have screenshots and ill ruin your reputation",
    # harassment campaigns
    "raid his dms", "send him death threats", "lets all report her account till it gets banned",
    "everyone unfollow him", "screenshot this and send it to everyone",
    "spam her inbox", "everyone go to his profile and flood the comments",
    "mass report this account", "lets make her quit the server", "ping him until he leaves",
    "go tell her what you think of her in her dms", "lets get this guy cancelled",
    "make his life miserable guys", "everybody dm her and tell her to leave",
    "lets raid their server", "send her hate", "go harass him on twitter",
    # exclusion
    "nobody talk to her", "nobody invite him", "no one likes you", "everyone hates you",
    "dont let him join the party", "kick her from the group chat and block her",
    "we all agreed you're not welcome here", "no one wants you here", "leave and never come back",
    "you have no friends and never will", "block him everyone", "ignore her she's not one of us",
    "dont play with him he's weird", "nobody wants to be your friend",
    # self-harm encouragement
    "do the world a favour and disappear", "no one would miss you", "just end it already",
    "go jump off a bridge", "drink bleach", "kys", "go kill yourself", "why dont you just die",
    "the world would be better without you", "nobody would care if you died",
    "you should just disappear forever", "do everyone a favor and end it",
    "go hang yourself", "just stop breathing", "you should off yourself",
    "unalive yourself", "go play in traffic", "jump off a cliff please",
    "you dont deserve to live", "take a long walk off a short pier",
    "please never wake up", "everyone would be happier if you were gone",
    # Italian: threats, exposure
    "so dove abiti", "ti aspetto fuori da scuola", "ti vengo a prendere",
    "stai attento a quello che dici", "te la faccio pagare", "ti trovo e ti spacco la faccia",
    "ti conviene non farti vedere", "guardati le spalle", "sei morto quando ti vedo",
    "so dove lavori", "ti rovino la vita", "vedrai cosa ti succede",
    "ti aspetto sotto casa", "ci vediamo all'uscita e vediamo chi ride",
    "te ne pentirai", "ti faccio del male", "ti ammazzo se lo rifai",
    "pubblico il tuo indirizzo", "metto in giro le tue foto", "lo dico a tutti il tuo segreto",
    "mando gli screenshot a tua madre", "ti faccio licenziare", "ti trovo ovunque tu sia",
    "sappiamo dove abiti", "la pagherai cara", "non sai con chi hai a che fare",
    # Italian: campaigns, exclusion
    "bloccatelo tutti", "nessuno ti sopporta", "segnalate tutti il suo profilo",
    "riempitegli i dm di insulti", "nessuno le parli", "non invitatelo più",
    "nessuno ti vuole qui", "tutti ti odiano", "cacciatela dal gruppo",
    "non fatelo entrare nel server", "smettete di seguirla tutti", "facciamolo chiudere il profilo",
    "non hai amici e non ne avrai mai", "andiamo a commentare tutti sotto le sue foto",
    "isolatelo", "non parlategli più",
    # Italian: self-harm encouragement
    "buttati da un ponte", "fatti un favore e sparisci", "ammazzati", "vai a morire",
    "nessuno sentirebbe la tua mancanza", "faresti meglio a sparire",
    "il mondo starebbe meglio senza di te",
    "ucciditi", "impiccati", "muori", "sparisci per sempre", "non meriti di vivere",
    "fai un favore a tutti e sparisci", "buttati sotto un treno",
    "bevi la candeggina", "spero che tu muoia",
    # more, comment and forum register
    "people like you should be afraid to leave the house", "i'd watch my step if i were you",
    "we'll be waiting for you at the next meetup",
    "hope someone teaches you a lesson you won't forget",
    "i'm saving your face, you'll see it everywhere",
    "enjoy being famous tomorrow when i post your chats",
    "do us all a favour and log off for good", "go away and never come back",
    "your kind isn't welcome in this server", "someone should teach her a lesson",
    "everyone report his streams", "we should all block her and see how she likes it",
    "quando ti trovo sono guai", "aspettati una visita", "la prossima volta non te la cavi",
)

# Look-alikes that are not hostile (studied).
TUNE_OTHER_CLEAN: tuple[str, ...] = (
    # games
    "i will end this round fast", "watch your back, sniper on the roof",
    "jump off the bridge in the map to skip", "i'm coming for you, hold the point",
    "wait for me at the bus stop near spawn", "ill find you on the map, ping your location",
    "you're next in the queue", "the boss will end you if you stand in the fire",
    "kill him he's one hp", "we need to hunt down the last player", "push mid and kill them all",
    "i'll put you on the team for tonight", "meet me outside the castle gate",
    "keep talking to the npc and see what happens",
    "nobody will find your base if you hide it underground",
    "raid the dungeon tonight", "raid starts at 9 be there", "report to the captain at the dock",
    "jump off the cliff to get the secret chest", "drink the potion before the boss",
    "you wont see it coming if you use the stealth perk", "count your ammo before pushing",
    "ur dead in the game if you miss this jump", "your days are numbered in hardcore mode lol",
    "i'll smash the crates in the corner", "hunt down the dragon eggs",
    "everyone go to the objective", "everyone flood the left lane", "spam the ult",
    "block him at the door, he's the carrier", "kick the ball to me",
    # friends, jokes
    "i know where you live lol we're neighbours", "i will find you at the party later",
    "see you after class, bring the notes", "ill kill you if you spoil the ending lol",
    "you're dead to me for liking pineapple pizza 😂", "you'll regret eating that taco",
    "keep talking and ill fall asleep lol", "i'll make you a sandwich",
    "you better sleep early we have a match tomorrow", "we know where you work, we'll bring lunch",
    "enjoy your last days of vacation", "i'm gonna get you a present",
    "nobody talk during the exam", "nobody invite more people, the room is full",
    "everyone unfollow the spam bot account", "block the scam accounts everyone",
    "mass report the spam bots in chat", "send me the pics from the trip",
    "screenshot this and send it to your mom, she'll love it",
    "i'll send you my address for the package", "i'll find your address in the signup sheet",
    # safety, help-seeking, news, fiction
    "pls don't drink bleach it's a meme", "someone told me to kys, what do i do?",
    "a guy said he knows where i live, should i tell the mods?",
    "never tell people to kill themselves, it's not a joke",
    "if someone threatens you, report it and block them",
    "they sent him death threats after the match, that's disgusting",
    "police say the suspect threatened to find her address",
    "doxxing is against the rules, you will be banned",
    "the villain says 'i will find you' and the hero runs",
    "in the book he says 'your days are numbered'",
    "the movie where he jumps off a bridge was so sad",
    "don't tell anyone to go die, even as a joke",
    "stop telling people to kys", "leaking someone's pics is a crime",
    "the mods banned the guy who was harassing her, good",
    # self-directed, own feelings
    "i want to die", "i want to disappear", "i feel like no one would miss me",
    "la mia vita è finita, ho perso la partita", "i'm so tired of everything",
    "sometimes i think everyone would be better off without me",
    "i'm going to end it all with this exam lol", "nobody likes me lol",
    "i hate myself", "i wish i could just vanish",
    # Italian clean
    "ti vengo a prendere alle otto", "ti aspetto fuori dal cinema",
    "so dove abiti, ti porto la torta",
    "stai attento, c'è un cecchino sul tetto", "nessuno parli durante l'esame",
    "buttati dal ponte nella mappa per saltare", "sparisci dietro il muro e aspetta",
    "ti trovo sulla mappa, segna la posizione", "guardati le spalle, ne arriva uno da dietro",
    "te la faccio pagare io la cena", "vedrai cosa ti succede quando apri il regalo",
    "bloccate tutti gli account spam", "segnalate il bot che spamma link",
    "mi sento di morire dalla stanchezza", "voglio sparire per una settimana",
    "non dite mai a nessuno di ammazzarsi", "mi hanno scritto 'ammazzati', cosa faccio?",
    "il cattivo del film dice 'so dove abiti'", "la polizia cerca chi ha minacciato il giornalista",
    "ammazzali tutti, sono gli ultimi due", "uccidi il boss con la spada",
    "muori sempre nello stesso punto, salta prima", "ci vediamo all'uscita per il gelato",
    "sono morto dal ridere", "te ne pentirai se non provi questa pizza",
    "nessuno ti batte a scacchi", "tutti ti vogliono bene qui",
    "lo dico a tutti, hai vinto il torneo!", "invitatelo al gruppo, è bravo",
    "isola il nemico e attacca", "spero che tu vinca",
    # more clean
    "i'll hunt you down some snacks", "watch your back on the stairs, they're slippery",
    "you're going to love this song", "i'll get you fired up for the game",
    "the cops found the address of the scammer", "he said he'd leak the trailer lol",
    "report bugs in the feedback channel", "everyone dm me your usernames for the tournament",
    "nobody move, i dropped my contact lens", "no one would miss that update",
    "just end the turn already", "go play outside, it's sunny", "take a walk, clear your head",
    "you'll never see it coming, the plot twist is insane", "this song kills me",
    "kill the lights when you leave", "my cat wants to murder the vacuum",
    "i know your real name is longer, what is it?", "drop your address in dms for the invite",
    "i'm sure the world would be better with more people like you",
    "you deserve to be happy", "you're not alone, we're here for you",
    "a bully told my son no one likes him, how do i help?",
    "grazie a tutti, vi voglio bene", "ti aspetto in lobby", "vieni a prenderti la coppa",
    "non sopporto questo caldo", "ho bisogno di sparire dai social per un po'",
    "bloccalo, è uno spammer", "nessuno ti obbliga a giocare ranked",
    "fatti un favore e prova la carbonara di mia nonna",
)

# Untargeted swearing (studied).
TUNE_SWEARING: tuple[str, ...] = (
    "fuck this map", "shit i died again", "damn that was close", "what the hell was that lag",
    "cazzo ho perso di nuovo", "merda il server è giù", "holy shit what a play",
    "this fucking boss man", "porca miseria che lag", "fuck me i missed",
)

# Written last, measured only at the start and the end (never read for misses).
HELD_HOSTILE: tuple[str, ...] = (
    "i know which school you go to", "you better hope i never find you",
    "i'm outside your house right now",
    "give me your address so i can come over and fix your face", "better lock your doors tonight",
    "you're gonna get what's coming to you", "i'll make sure you can't walk for a week",
    "don't come to school tomorrow if you know what's good for you", "you'll pay for this",
    "i'll catch you alone one day", "i got people who know where you live",
    "i'll post your number everywhere", "ill leak ur face",
    "found his insta and his school, raid it",
    "i'm going to tell your boss what you said", "everyone go spam his twitch chat",
    "report her until she's gone", "lets all ignore him until he leaves the server",
    "dont ever talk to him again guys", "kick him and dont let him back in",
    "nobody here wants you around", "you're not welcome in this group anymore",
    "no one will ever love you", "go die in a hole", "why are you still alive",
    "the world doesn't need you", "end yourself",
    "you'd be doing everyone a favour if you vanished",
    "jump in front of a train", "swallow a bottle of pills", "nobody would notice if you were gone",
    "just quit life already", "step on a lego and then off a roof",
    "i'm going to make you cry in front of everyone", "you'll be sorry tomorrow",
    "i hope something terrible happens to you", "keep it up and you'll see what i do",
    "ill wait for you at the gate after practice", "ima pull up to your crib",
    "everyone send him the clip and laugh at him", "lets make a group chat without her",
    # Italian
    "so in che scuola vai", "ti trovo io", "ti spezzo le gambe", "stai attento quando esci di casa",
    "domani a scuola non venire", "pubblico le tue chat", "lo scrivo a tutti cosa hai fatto",
    "mandate tutti un messaggio a quella", "non rivolgetegli più la parola",
    "nessuno ti vuole bene",
    "vattene e non tornare", "lanciati dalla finestra", "faresti un favore al mondo se morissi",
    "tagliati le vene", "prima o poi ti becco", "ti faccio passare la voglia di ridere",
    "ti conviene cambiare città", "te la farò pagare cara",
)

HELD_OTHER_CLEAN: tuple[str, ...] = (
    "i know which school you go to, we played your team last year",
    "better lock your doors, it's windy",
    "i'm outside your house, open the door lol", "you'll pay for the pizza next time",
    "i'll catch you on the next stream", "i'll post the bracket everywhere tonight",
    "report bugs here please", "lets all ignore the troll bot", "kick the ball out of bounds",
    "go die in the lava to respawn faster", "jump in front of the tank to block the shot",
    "end the game already we won", "nobody would notice if you used a different skin lol",
    "you'll be sorry you missed the concert",
    "ill wait for you at the gate after practice, bring water",
    "everyone send me the clip, that was sick", "lets make a group chat for the trip",
    "my grandma says nobody will love you if you don't eat vegetables lol",
    "a stranger said he knows where i live, i'm scared",
    "i reported the person who told me to kill myself",
    "the game's villain threatens to burn the village", "i'm done, this level is killing me",
    "i want to vanish for a while", "i just want it all to stop sometimes",
    "the news says the hacker leaked passwords", "the detective finds the killer's address",
    "never drink bleach, call poison control", "who wants to come over tonight",
    "you're welcome here anytime", "we all missed you", "the squad is waiting for you at spawn",
    "push them off the bridge in the map", "i'll ruin the surprise if you keep asking",
    # Italian
    "so in che scuola vai, anche mio cugino ci va", "ti trovo in lobby alle nove",
    "mi spezzo le gambe su questo livello",
    "stai attento quando esci di casa, piove forte", "pubblico le foto della gita stasera",
    "lo scrivo a tutti che domani non c'è lezione", "vattene dal punto, arriva la granata",
    "lanciati dalla finestra nella mappa per scappare", "prima o poi ti batto a scacchi",
    "ti faccio ridere con questo video", "ho voglia di sparire per un po'",
    "mi hanno detto di tagliarmi le vene, cosa devo fare?", "ti vogliamo tutti bene",
    "nessuno sa dove abito, per fortuna",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck this lag", "shit game honestly", "cazzo che partita", "damn i suck today lol",
)

TUNE_CLEAN: tuple[str, ...] = TUNE_SWEARING + TUNE_OTHER_CLEAN
HELD_CLEAN: tuple[str, ...] = HELD_SWEARING + HELD_OTHER_CLEAN
