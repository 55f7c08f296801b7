"""The person13 probe (issue 8, twelfth session): insults and threats at third persons and
named people, written before reading the rules. Shapes: a modifier between the article and
the insult noun in a third-person copula ("the mayor is a stupid bitch"), a threat at a
third person ("i will kill him"), and a speech verb whose reach ends at a clause link
followed by the writer's own first-person clause ("you called me a rat so i will kill you").
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a modifier between the article and the noun, third person
    "the mayor is a stupid bitch", "my boss is a stupid bitch", "that man is a rat",
    "her boyfriend is a lying piece of shit", "my neighbour is a fat pig",
    "the ref is a blind idiot", "that teacher is a total moron", "this guy is such a loser",
    "my ex is a complete psycho", "the coach is a fucking idiot", "he is a dumb cunt",
    "she is a lying bitch", "his brother is a real asshole", "our manager is an absolute clown",
    "the senator is a corrupt scumbag", "that kid is a little shit", "my landlord is a greedy pig",
    "that dude is a massive dick", "her dad is a drunk loser", "the new guy is an utter idiot",
    "your friend is a stupid prick", "my sister is such a spoiled brat",
    # threats at a third person
    "i will kill him", "i'm going to beat her up", "someone should shoot that guy",
    "i'll find where he lives", "i am going to kill that bitch", "i'll break his legs",
    "i'm gonna punch him in the face", "somebody needs to shoot him", "i will hurt her",
    "i'm going to kill my boss", "i'll beat the shit out of him", "i want to strangle her",
    "someone should kill that man", "i'll make him pay", "i'm gonna stab him",
    "he's going to get his ass kicked by me", "i'll slit his throat",
    # speech verb's reach ends at a clause link + new first person
    "you called me a rat so i will kill you", "he said that, and i think you're a moron",
    "she said hi, but you are an idiot", "he told me to leave; i will beat you up",
    "you said i was late so i'm going to kill you", "they said it was fine and you are a liar",
    "he said that so i think you are a clown",
    # Italian, same modifier shape
    "il capo è un lurido verme", "mio cugino è un grandissimo stronzo",
    "quel tizio è proprio un coglione",
)

TUNE_CLEAN: tuple[str, ...] = (
    "that guy is insane at this game", "he called me an idiot, what do I do?",
    "he said i will kill you", "she told me 'you're an idiot'", "he said you are an idiot",
    "my boss called me a stupid bitch today", "she said her ex is a lying piece of shit",
    "the mayor is a stupid name for a dog", "that man is a real hero", "my boss is a great guy",
    "the ref is a blind man", "he is a total beast at chess", "she is such a sweetheart",
    "that kid is a little genius", "my neighbour is a big fan of yours",
    "the coach is a fucking legend",
    "i am such an idiot", "i'm a lying piece of shit", "my car is a stupid piece of junk",
    "this game is a total mess", "he is not a stupid man", "calling her a stupid bitch is not ok",
    "i will kill this boss tonight", "i'm going to beat the game", "someone should shoot the video",
    "i'll find where the bug lives", "i will kill him in the next round lol",
    "i'll beat her score", "kill the tank first", "i'm going to kill it at the interview",
    "he told me you were coming and i think that's great", "she said hi and i said hello",
    "he said he would kill me, so i called the police", "they called him a rat and i felt bad",
    "did he really call you an idiot?", "i would never hurt her",
    "il capo è un grande uomo", "mio cugino è un grandissimo cuoco",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit gg", "fucking nice shot", "that was a fucking insane play",
    "damn this is a shitty day",
    "what a fucking game", "shit, i forgot my keys",
)
