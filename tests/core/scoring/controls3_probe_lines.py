"""The controls3 probe (issue 8): friendly profanity and banter, with the hostile
near-misses that must stay flagged. Written before any data row was read: tweets,
Discord, game chat and Reddit, about 30% Italian.

FRIENDLY lines swear as an exclamation, for emphasis, at the speaker or a situation,
or in banter between friends; HOSTILE lines use the same words at a person.
"""

from __future__ import annotations

# fmt: off
FRIENDLY: tuple[str, ...] = (
    # exclamations and emphasis
    "fuck yeah", "fuck yes we did it", "hell fucking yes", "what a fucking day",
    "that was fucking awesome", "holy fuck that was close", "holy shit this view",
    "shit, I forgot my keys", "oh shit the bus is here", "shit shit shit I'm late",
    "damn that's a good song", "goddamn what a game", "fucking finally, patch is out",
    "this pizza is so fucking good", "fuck me that hurt", "fuck me sideways that was close",
    "well fuck, there goes my weekend", "fuck it, we ball", "fuck it im ordering pizza",
    "oh for fucks sake the printer jammed again", "what the fuck just happened lol",
    "wtf that clutch was insane", "bloody hell it's cold", "shit happens, move on",
    "fuckin love this server", "this song goes hard as fuck", "cute as fuck",
    "that boss fight was brutal as shit", "best fucking concert of my life",
    # self-directed and tiredness
    "I'm so fucking tired", "im such an idiot, left my wallet at home",
    "i'm a dumbass, forgot to save", "god i'm so stupid sometimes lol",
    "my aim is shit today", "i played like absolute garbage, sorry guys",
    "i look like shit in this photo lmao", "fuck my life, exam tomorrow",
    "i'm a lazy bitch on sundays", "im the biggest idiot alive, deleted my own save",
    # about a situation or a thing
    "this weather is shit", "mondays are bullshit", "the wifi is fucking garbage today",
    "this patch is shit", "traffic was a bitch today", "life's a bitch",
    "the exam was a bitch", "fucking printer", "this stupid phone keeps dying",
    "the new update is ass", "this map is dogshit", "the queue times are fucking ridiculous",
    # banter between friends: praise or thanks with a vocative
    "morning fuckers", "good morning bitches", "nice one you bastard",
    "love you bitch", "you lucky bastard, enjoy the trip", "happy birthday you old fart",
    "congrats you beautiful bastard", "go away for the weekend, you deserve it",
    "you absolute legend", "you clever bastard, that was genius", "miss you fuckers",
    "thanks bitches, best night ever", "ur a beast bro holy shit", "gg you crazy bastard",
    "haha you sick fuck that was hilarious", "lmao you dumbass i love you",
    "sup bitches", "hey fuckers, who's on tonight", "night losers, love you all",
    # italian: exclamations, emphasis, situations, self
    "porca troia che freddo", "cazzo che bello", "vaffanculo che bello",
    "porca puttana ho perso il treno", "minchia che goal", "che cazzo di partita ragazzi",
    "merda, ho dimenticato le chiavi", "oddio che figata cazzo", "sono stanco morto cazzo",
    "porco cane che caldo", "che palle sto lunedì", "questo meteo fa schifo",
    "sono proprio un coglione, ho perso il portafoglio", "che giornata di merda",
    "il wifi fa cagare oggi", "cazzo sì abbiamo vinto", "sto gioco è una merda ma lo adoro",
    "porca miseria, è tardissimo", "ma che cazzo è successo", "che culo ragazzi",
    "mannaggia, ho sbagliato tutto io", "cazzo, mi sono dimenticato di salvare",
    # italian banter
    "buongiorno stronzi", "che culo bastardo", "buonanotte stronzette",
    "bravo coglione, bel colpo", "ti voglio bene stronzo", "auguri vecchio bastardo",
    "grande bastardo, che tiro", "ciao merde, chi gioca stasera",
)

HOSTILE: tuple[str, ...] = (
    "fuck you", "you fucking idiot", "shut up bitch", "you bastard", "nobody likes you bastard",
    "fuck off you loser", "you're a worthless piece of shit", "go fuck yourself",
    "stfu you dumb fuck", "you are such a bitch", "i hate you, you bastard",
    "you fucking suck at this game", "uninstall you trash bitch", "shut the fuck up",
    "your mom is a whore", "fuck you and your shit team", "eat shit and die",
    "nice try bitch, you still suck", "you piece of shit", "what a fucking moron you are",
    "get lost you stupid bitch", "you bastard, you ruined everything",
    "thanks for nothing you useless fuck", "good job idiot, you lost us the game",
    "fuck this guy, report him", "@sam you are a fucking clown",
    # italian
    "vaffanculo stronzo", "sei un bastardo", "stai zitto stronzo", "vaffanculo coglione",
    "sei una merda", "fottiti bastardo", "nessuno ti sopporta stronzo", "sei un coglione",
    "ma vaffanculo tu e la tua squadra", "brutta troia", "testa di cazzo",
    "vai a cagare idiota", "fai schifo bastardo", "grazie di niente stronzo",
)
# fmt: on
