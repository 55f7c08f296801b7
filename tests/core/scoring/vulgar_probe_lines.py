"""The vulgar-controls probe's lines (issue 8), written before reading the rules.

Forum and social-media swearing that is aimed at nobody: untargeted vulgarity, swearing
at situations, things and ideas, profanity as an intensifier, words mentioned rather
than used, sexual talk with no target, quoted speech; about 30 Italian lines. The
hostile lines use the same words, aimed at a person, a group in the room or an
identity group.

TUNE_* were studied; HELD_* were written after the rest and measured only at the start
and the end of the round, never read for misses.
"""

from __future__ import annotations

# fmt: off

# Untargeted swearing, intensifiers, swearing at things and situations (studied).
TUNE_CLEAN: tuple[str, ...] = (
    # untargeted vulgarity and exclamations
    "this shit is fucked up", "holy fuck what a day", "well shit, there goes my weekend",
    "fuck me that was close", "oh for fucks sake not again", "shit happens, move on",
    "what the actual fuck just happened", "holy shit the game last night",
    "goddamn it my coffee spilled again", "fuck this weather honestly",
    "fuck yeah we won the cup", "bullshit, the store was closed all day",
    "damn, i forgot my keys again", "son of a bitch, the power went out",
    "motherfucking traffic made me late", "jesus fucking christ it's hot today",
    "ugh this week has been shit", "crap, the printer jammed again",
    "fucking hell, the bus is late again", "fuck it, i'm going to bed",
    "this is bullshit, the price doubled overnight", "that was some crazy shit",
    "shit just got real", "oh shit i'm late for work", "welp, fuck",
    "my back hurts like a bitch", "the exam was a bitch", "winter is a bitch up here",
    "karma's a bitch", "life's a bitch and then you die",
    # swearing at situations, things, institutions and ideas
    "this fucking phone keeps dying", "the new update is total garbage",
    "this tax bill is a fucking joke", "the whole system is fucked",
    "the economy is shit right now", "this policy is absolute bullshit",
    "fuck cancer", "fuck mondays", "fuck the traffic on the bridge",
    "screw this stupid printer", "the movie was shit from start to finish",
    "this damn website won't load", "the referee's call was bullshit",
    "the healthcare system is a fucking mess", "this shitty laptop is overheating",
    "that budget plan is crap", "the ending of that show was fucking stupid",
    "this fucking heat wave needs to end", "the damn car won't start",
    "the dishwasher shit the bed", "my internet is shit today",
    "what a shit show of an election", "the whole thing is a clusterfuck",
    "that law is stupid as hell", "these gas prices are fucking insane",
    "the stock market is fucked this week", "this recipe came out like shit",
    "the ticket site is a piece of shit", "the app crashed again, piece of crap",
    "this bureaucracy is pure bullshit", "the weather app is full of shit today",
    "the idea of a wall is dumb as fuck", "this article is trash",
    "the commute was hell", "that rule makes no damn sense",
    # intensifiers and praise
    "damn good burger", "fucking brilliant goal", "that concert was fucking amazing",
    "hell yeah, see you there", "this song is so fucking good", "damn right it is",
    "that view is fucking gorgeous", "holy shit that's beautiful",
    "you look damn good in that jacket", "you're fucking hilarious",
    "your cooking is the shit", "this album slaps so fucking hard",
    "that was a badass move", "he's a badass climber", "she's so damn talented",
    "best damn pizza in town", "fucking finally, the package arrived",
    "that's some good shit right there", "you're a fucking legend mate",
    "congrats dude, that's fucking awesome", "the dog is so damn cute",
    "proud as hell of my sister", "that game was sick as fuck",
    "i'm so fucking happy for you", "this is the shit i live for",
    # self-directed and self-deprecation
    "i'm such a dumbass, i locked myself out", "i look like shit today",
    "i feel like crap", "i was a total idiot about it", "i'm a lazy bastard on sundays",
    "my dumb ass forgot the meeting", "i screwed up big time",
    "i'm so fucking tired", "i acted like a bitch yesterday, my bad",
    "i'm an asshole before coffee",
    # mention of words, discussion of language
    "the word bitch gets thrown around way too much",
    "why is 'damn' considered a swear word", "he asked what 'wanker' means in britain",
    "some people think 'retard' should never be used, i agree",
    "the n word has a long ugly history", "calling someone a 'cunt' is normal in australia",
    "is 'bastard' still offensive these days", "the f word was bleeped on tv",
    "teachers get upset when kids say 'shit'", "the slur 'fag' was used to bully kids for decades",
    "the dictionary added 'bitchin' as slang", "we had a debate about the word 'whore' in class",
    # quotes and reported speech
    "he yelled 'fuck you' at the tv during the game", "my boss called me an idiot, what do i do",
    "she told me i was a bitch and i cried", "someone wrote 'losers' on the school wall",
    "they called him a retard in middle school and it broke him",
    "the guy in the video screams 'you stupid bitch' at the cashier, disgusting",
    "my dad used to call me worthless", "he said 'go to hell' and hung up",
    # counter-speech
    "calling people idiots never changes their minds", "stop calling women bitches",
    "nobody deserves to be called a slut", "using 'gay' as an insult is lame",
    # sexual talk with no target
    "had the best sex of my life last night", "porn is everywhere on this site",
    "the sex scene was awkward as fuck", "horny as hell this morning lol",
    "that book is basically porn with a plot", "dick jokes never get old",
    "the strip club downtown closed", "she wrote a blog about her sex toys",
    # friendly ribbing between friends
    "you lucky bastard, enjoy the beach", "you crazy son of a bitch, you did it",
    "get your ass over here, the party started", "shut the fuck up, no way you got the job",
    "you sly dog, congrats on the engagement", "haha you dirty bastard, good one",
    # things and animals
    "my cat is a little shit sometimes", "the dog is being a total asshole about his bath",
    "this goose is a mean bastard", "the squirrel stole my fucking sandwich",
    "that car is a piece of junk", "the couch is ugly as sin",
)

# Italian: untargeted swearing, at situations and things, intensifiers (studied).
TUNE_CLEAN_IT: tuple[str, ...] = (
    "che cazzo di giornata", "porca puttana che freddo", "cazzo, ho perso il treno",
    "porca miseria, piove ancora", "che palle questo traffico", "sto cazzo di telefono non va",
    "madonna che caldo oggi", "vaffanculo, la macchina non parte",
    "questa legge è una merda", "il film era una cagata pazzesca",
    "che figata questo concerto", "cazzo che bella partita", "minchia che fame",
    "porca troia, ho dimenticato le chiavi", "sto governo fa schifo",
    "che schifo di tempo", "mi sono rotto le palle di questo lavoro",
    "ho fatto una cazzata enorme", "sono proprio un coglione, ho perso il portafoglio",
    "questa pizza è buona da paura, cazzo", "merda, è finito il caffè",
    "ma che cazzo succede oggi", "il servizio clienti è una merda totale",
    "porco cane che sfiga", "che culo, ho vinto la lotteria", "vaffanculo al lunedì",
    "questa stampante del cazzo", "fa un freddo cane", "cazzo se era bello",
    "la parola 'frocio' è un insulto e non va usata",
)

# The same words aimed at a person, the room or a group (studied).
TUNE_HOSTILE: tuple[str, ...] = (
    "fuck you, you worthless piece of shit", "you're a fucking idiot",
    "shut the fuck up you stupid bitch", "you are such a dumbass",
    "go fuck yourself", "you're full of shit and everyone knows it",
    "what a pathetic loser you are", "you're a lying sack of shit",
    "this guy is a complete moron", "he's a fucking asshole",
    "she is a dumb bitch", "that mod is a power tripping dickhead",
    "your opinion is shit just like you", "nobody asked you, dipshit",
    "you ugly cunt", "eat shit and die", "kill yourself you waste of space",
    "your mom is a whore", "you're a disgusting pig", "fuck off back to your hole, loser",
    "you stupid motherfucker", "you absolute tosser", "this poster is a retard",
    "op is a fucking idiot", "the author is a clueless hack and a liar",
    "everyone in this thread is a fucking moron", "you people are braindead",
    "you're a spineless little bitch", "i hope you choke, asshole",
    "you're a cancer on this forum", "what a stupid cunt", "piss off, wanker",
    "your kid is an ugly little shit", "fuck you and your family",
    "you dumb fuck", "you smell like shit", "listen here you little prick",
    "you're a slut and everyone knows", "that senator is a lying sack of shit",
    "the mayor is a corrupt fucking crook", "trump is a fucking moron",
    "biden is a senile old bastard", "all women are whores",
    "immigrants are filthy animals", "gays are disgusting perverts",
    "muslims are all fucking terrorists", "jews are greedy bastards",
    "black people are trash", "fucking faggot", "shut up faggot",
    "you're such a fag", "go back to your country you dirty immigrant",
    "fat bitch can't even run", "retards like you shouldn't vote",
    "your wife is a fat cow", "i'll beat the shit out of you",
    "i will fucking kill you", "you deserve to get your ass kicked",
    "fuck this guy, what a dick", "the idiot who wrote this should be fired",
    "the people who voted for him are morons", "liberals are fucking idiots",
    "conservatives are brain dead", "feminists are ugly bitches",
    "go to hell you bastard", "screw you, jerk", "you're a damn fool",
    "that bitch stole my man", "he's a worthless drunk bastard",
    "stupid ass bitch", "you make me sick you pervert",
    "you're a crybaby snowflake", "get lost you creep",
    "your mother should have swallowed you", "you are the dumbest person alive",
    "what a fucking clown this guy is", "suck my dick loser",
)

# Italian, aimed (studied).
TUNE_HOSTILE_IT: tuple[str, ...] = (
    "sei una merda", "vaffanculo stronzo", "sei un coglione", "stai zitto, testa di cazzo",
    "froci di merda", "sei una puttana", "che cazzo vuoi, idiota", "fottiti bastardo",
    "sei proprio un deficiente", "tua madre è una troia", "negri di merda",
    "quel politico è un ladro di merda", "sei un pezzo di merda", "vai a cagare coglione",
    "zingari di merda",
)

# Written after the rest, measured only at the start and end (held back).
HELD_CLEAN: tuple[str, ...] = (
    "fuck, the dentist bill was huge", "shit, i burned the toast again",
    "holy crap the snow is coming down", "goddamn this hill is steep",
    "this fucking laptop froze mid-save", "the landlord's new rules are bullshit",
    "the match was a total shitshow", "my knee is killing me, fuck",
    "damn fine coffee", "that sunset was fucking unreal", "hell of a game last night",
    "this pasta is so damn good", "fuck yes, friday", "tuesdays are a bitch",
    "the commute is a pain in the ass", "this jar lid is a bastard to open",
    "the word 'twat' is way milder in the uk", "why do people say 'bitch' about the weather",
    "my granny hates the word 'crap'", "the censor bleeped 'asshole' twice",
    "he shouted 'shit!' when he dropped the glass",
    "she told me 'fuck off' was a joke between them",
    "i'm a dumb fuck sometimes, forgot my wallet", "i feel like shit after that flu",
    "had some wild sex stories at brunch lol", "the lube aisle at the store is huge",
    "you lucky son of a gun", "get your ass to bed, it's late lol",
    "the printer is a useless piece of shit", "my neighbour's rooster is a noisy bastard",
    "che cazzo di traffico stamattina", "porca vacca, ho perso l'autobus",
    "sto computer di merda si è bloccato", "minchia che bella vista",
    "che palle, piove di nuovo", "cazzo, che buono questo gelato",
    "la riunione è stata una rottura di palle", "che giornata di merda",
    "ho fatto una figura di merda", "porca puttana, il wifi non va",
)
HELD_HOSTILE: tuple[str, ...] = (
    "you're a brainless fuck", "shut up you dumb cunt", "fuck off you pathetic loser",
    "you're a piece of shit human", "that guy is a total dickhead",
    "she's a lying bitch", "what a fucking moron you are", "you're an ugly bastard",
    "go fuck yourself asshole", "you absolute shithead", "your mom is a slut",
    "you are a waste of oxygen", "the op is a fucking clown", "this moderator is a prick",
    "you're a coward and a bitch", "stfu retard", "kill yourself loser",
    "i'll fucking end you", "screw you and your stupid opinions", "you're a disgusting creep",
    "women are dumb whores", "immigrants are fucking parasites", "gays are sick freaks",
    "muslims are savages", "black people are fucking animals", "trannies are disgusting",
    "those fucking faggots should burn", "get the fuck out of my country you dirty migrant",
    "that senator is a fucking traitor and a liar", "the whole thread is full of idiots",
    "sei un idiota del cazzo", "vaffanculo coglione", "sei una troia", "fai schifo, stronza",
    "stai zitta puttana", "sei un ritardato", "quel deputato è un coglione",
    "i froci fanno schifo", "negri di merda tornate a casa", "sei un fallito di merda",
)

# fmt: on
