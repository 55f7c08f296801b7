"""The insults12 probe's tuning lines (issue 8, eleventh session): profanity that is not
an insult, in the shapes the insults, OLID, toxic-spans and Gab false flags show, with
hostile look-alikes so a rule that clears them cannot clear the insult next to them.
Swearing about a thing or a situation, swearing as emphasis, swearing in agreement or
praise, swearing about oneself, narrative and reported words, a third party's action
(not the person), and rhetorical questions about things. Written before any rule code
was read. kind = language and shape.
"""

from __future__ import annotations

# (hostile, kind, text)
PROBE: tuple[tuple[bool, str, str], ...] = (
    # swearing about a thing or a situation
    (False, "en-thing", "this fucking game is rigged"),
    (False, "en-thing", "my fucking laptop died again"),
    (False, "en-thing", "the wifi is shit today"),
    (False, "en-thing", "this weather is fucking awful"),
    (False, "en-thing", "that movie was a pile of shit"),
    (False, "en-thing", "traffic was a goddamn nightmare this morning"),
    (False, "en-thing", "the new patch is bullshit"),
    (False, "en-thing", "the servers are fucked again"),
    (False, "en-thing", "the bus is late as fuck"),
    (False, "en-thing", "fucking printer jammed again"),
    (False, "en-thing", "this fucking idiot game keeps crashing"),
    (False, "en-thing", "my car is a piece of shit"),
    (True, "en-thing", "you are a fucking idiot"),
    (True, "en-thing", "you fucking clown"),
    (True, "en-thing", "you're a piece of shit"),
    (True, "en-thing", "your mom is a fucking whore"),
    (True, "en-thing", "you're shit at this game, uninstall"),
    (True, "en-thing", "this fucking idiot keeps spamming the chat"),
    # swearing as emphasis
    (False, "en-emph", "shit happens"),
    (False, "en-emph", "damn right"),
    (False, "en-emph", "hell yeah"),
    (False, "en-emph", "fuck yes we won"),
    (False, "en-emph", "no fucking way"),
    (False, "en-emph", "are you fucking kidding me"),
    (False, "en-emph", "you gotta be shitting me"),
    (False, "en-emph", "what the fuck just happened"),
    (False, "en-emph", "fucking finally"),
    (False, "en-emph", "damn that was close"),
    (False, "en-emph", "that's some crazy shit"),
    (False, "en-emph", "fuckkkkk"),
    (False, "en-emph", "shit, i forgot my keys"),
    (False, "en-emph", "they were dead fucking silent about it"),
    (True, "en-emph", "are you fucking stupid"),
    (True, "en-emph", "what the fuck is wrong with you"),
    (True, "en-emph", "nobody gives a shit about you"),
    (True, "en-emph", "you're fucking useless"),
    (True, "en-emph", "fuck you"),
    # swearing in agreement or praise
    (False, "en-praise", "you're fucking right"),
    (False, "en-praise", "you're damn right about that"),
    (False, "en-praise", "you're the shit"),
    (False, "en-praise", "that song is the shit"),
    (False, "en-praise", "you are a fucking legend"),
    (False, "en-praise", "that was fucking amazing, you killed it"),
    (False, "en-praise", "hell yes you nailed it"),
    (False, "en-praise", "damn you're good at this"),
    (False, "en-praise", "you're the only motherfucker here who makes sense"),
    (True, "en-praise", "you're fucking wrong and dumb"),
    (True, "en-praise", "damn you're ugly"),
    (True, "en-praise", "you are a fucking disgrace"),
    (True, "en-praise", "you're the worst motherfucker here"),
    # swearing about oneself
    (False, "en-self", "i'm such a fucking idiot, forgot my keys again"),
    (False, "en-self", "i fucked up the exam"),
    (False, "en-self", "i look like shit today"),
    (False, "en-self", "my dumb ass forgot the charger"),
    (False, "en-self", "i played like shit tonight"),
    (False, "en-self", "i'm a lazy bastard lol"),
    (True, "en-self", "you played like shit tonight, you are trash"),
    (True, "en-self", "you look like shit"),
    (True, "en-self", "you lazy bastard"),
    # narrative and reported words
    (False, "en-narr", "i was so pissed when the bus left without me"),
    (False, "en-narr", "he got pissed off and left the party"),
    (False, "en-narr", "she called me a bitch and i cried all night"),
    (False, "en-narr", "he said fuck you to the teacher and got suspended"),
    (False, "en-narr", "don't call people idiots"),
    (False, "en-narr", "my brother swore at the tv all night"),
    (False, "en-narr", "i was pissed as hell about the delay"),
    (True, "en-narr", "you're a bitch"),
    (True, "en-narr", "fuck you, teacher"),
    (True, "en-narr", "you are all idiots"),
    # a third party's action, not the person
    (False, "en-action", "the ref's call was total bullshit"),
    (False, "en-action", "what they did to that dog is fucked up"),
    (False, "en-action", "the way the company handled it was shitty"),
    (False, "en-action", "that trade was a damn disaster"),
    (False, "en-action", "his last album was shit"),
    (True, "en-action", "the ref is a blind fucking moron"),
    (True, "en-action", "the ceo is a greedy piece of shit"),
    (True, "en-action", "he is a shitty person"),
    # rhetorical questions about things
    (False, "en-question", "why the hell is it raining again"),
    (False, "en-question", "how the fuck is it already monday"),
    (False, "en-question", "what the hell is this song"),
    (False, "en-question", "where the hell are my keys"),
    (False, "en-question", "who the fuck designed this map"),
    (True, "en-question", "who the fuck asked you"),
    (True, "en-question", "why the hell are you so stupid"),
    (True, "en-question", "what the hell is your problem, moron"),
    # Italian
    (False, "it-thing", "cazzo che freddo stamattina"),
    (False, "it-thing", "questo gioco di merda crasha sempre"),
    (False, "it-emph", "porca miseria ho perso il treno"),
    (False, "it-self", "sono proprio un coglione, ho dimenticato le chiavi"),
    (True, "it-thing", "sei un coglione"),
    (True, "it-thing", "vaffanculo stronzo"),
)
