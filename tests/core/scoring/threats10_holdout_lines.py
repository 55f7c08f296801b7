"""The threats10 held-back lines (issue 8): other wordings of the round's shape, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "you're lucky we're on the internet", "ur lucky theres a screen in between us",
    "u lucky this just online", "consider yourself lucky there's a screen between us",
    "count urself lucky we r online", "you're very lucky this is the internet",
    "youre lucky u live far away", "you're lucky you live on the other side of the world",
    "lucky for you there's a screen between us", "lucky for you you live miles away",
    "luckily for u we're online", "good thing for you this is the internet",
    "be glad this is only online", "be grateful we're online",
    "you should be thankful theres a screen between us",
    "thank ur lucky stars there's a screen between us", "you guys are lucky we're online",
    "ur lucky we're not irl, this is the internet", "youre lucky this is online bro",
    "you are very lucky that we are online", "you're lucky there's a screen between us, trust me",
    "consider yourself lucky we live in different countries", "ur lucky im behind a screen",
    "yall lucky this is the internet", "you're lucky this is only a chat",
    "you're lucky that an ocean separates us", "u should be glad we're online",
    "thank god for u we're online", "ur lucky u live 1000 miles away from me",
    "ur so lucky theres a screen between us or you'd regret it",
    "ringrazia che siamo su internet", "ringrazia che c'è uno schermo di mezzo",
    "sei fortunato che siamo in chat", "siete fortunati che siamo online",
    "ringrazia dio che stai lontano", "fortuna tua che abiti lontano",
    "ti è andata bene che c'è uno schermo", "sei fortunata che siamo online",
    "ringraziate che siamo su internet", "sei fortunato che vivi a mille km",
)

HELD_CLEAN: tuple[str, ...] = (
    "lucky for us we're online, the office flooded", "we're so lucky this is online, no commute",
    "good thing you live nearby, you can grab the keys",
    "you're lucky you live far from the city, it's so loud here",
    "i'm lucky we're online, the snow closed the roads",
    "be glad we're online, the roads are closed",
    "you're lucky we're online, the library closed at noon",
    "count yourself lucky you live in another country, the election here is chaos",
    "she told me i'm lucky there's a screen between us, should i report it?",
    "my brother said you're lucky we're online lol",
    "\"ur lucky there's a screen between us\" is the weakest line ever",
    "aren't you lucky this is online?",
    "ur lucky we're online in the tournament, the lan got cancelled",
    "we're lucky this is the internet and not a phone bill", "they're lucky they live far away",
    "he's lucky we're online, he'd never find the building",
    "thank god we're online, i'm still in pajamas",
    "you're lucky you live so far away from the floods",
    "lucky you, you live miles away from the noise",
    "honestly you're lucky this is online, the in person class is at 7am",
    "good thing for you this is online, you can join from home",
    "you should be grateful we're online, you'd get lost on campus",
    "i'm glad we're online, i can't travel this month",
    "thank your lucky stars we're online, the exam room was freezing",
    "luckily for you we're on the internet so the shipping is free",
    "be thankful there's a screen between us, i have a cold lol",
    "ringrazia che siamo online, fuori diluvia", "sei fortunato che abiti lontano dal traffico",
    "fortuna tua che siamo su internet, la sala è piena",
    "siamo fortunati che c'è uno schermo, sennò ci annoiamo",
    "sono fortunata che vivo lontano dalla città", "mi ha detto che sei fortunato che siamo online",
    "ringrazia che c'è uno schermo, così non vedi il disordine",
    "ti è andata bene che siamo online, la riunione in presenza era alle sette",
    "sei fortunato che siamo in chat?", "fortunato te che vivi lontano, qui fa caldissimo",
    "siete fortunati che siamo online, lo studio è chiuso", "ringrazio che siamo online",
    "meno male che siamo online, piove", "sei fortunata che lavori online",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck the internet is down again", "holy shit this stream is online finally",
    "damn im so lucky lol", "shit, the screen froze", "porca miseria siamo online finalmente",
    "cazzo che fortuna, ho trovato parcheggio",
)
