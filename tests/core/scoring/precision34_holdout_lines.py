"""The precision34 held-back lines (issue 8): other wordings of the same shapes as
precision34_probe_lines.py, written at the same time and before any rule; counted only
at the start and the end of the round."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "you are such a dyke", "go away dyke", "shut your mouth dyke", "fuck off you dyke",
    "you nasty dyke", "i'm a lesbian and you're a gross dyke",
    "as a queer woman you disgust me, dyke", "that dyke at work is a bitch",
    "dykes are freaks", "i cant stand dykes", "those dykes are ruining the neighbourhood",
    "dykes need therapy", "no dykes allowed in my house", "we dont need dykes on the team",
    "keep the dykes away from my daughter", "i am not a dyke you idiot",
    "im not lesbian, dykes are gross", "i'm straight and dykes make me sick",
    "i'm a lesbian but dykes like her are scum", "as a lesbian, dykes like you are the worst",
    "i am gay and that dyke is a liar and a creep", "im bi but those dykes are disgusting",
    "we lesbians hate you, you dumb dyke", "i'm queer and that dyke deserves to suffer",
    "i'm a lesbian and i hope every dyke dies", "as a lesbian, beat up the dykes",
    "dykes like you should be locked up", "the dyke next door is a psycho",
    "ugly dyke cant even drive", "ew dykes everywhere", "dykes are an abomination",
    "that dyke is a waste of space", "filthy dyke", "your mom is a dyke",
    "dykes are sick in the head", "i'm a lesbian and you're a worthless dyke",
    "all dykes are perverts", "i despise dykes", "what a dyke, pathetic",
    "stupid fucking dyke",
)

HELD_CLEAN: tuple[str, ...] = (
    "i'm a lesbian and the dykes in my book club are hilarious",
    "she's a dyke and i'm a femme, it works", "we were confused dykes in high school",
    "as a lesbian, dykes are the funniest people online",
    "im a lesbian and my ex is a dyke who still texts me",
    "i am queer and dykes always save the day", "i'm a butch and dykes get it",
    "as a dyke myself, that dyke in the video is so cool",
    "i am gay and the dykes at my gym are sweet", "im a lesbian, the dykes won again",
    "i'm a lesbian and my roommate is a dyke too",
    "i'm bi and my dyke cousin taught me to skate",
    "we lesbians love it when the dykes show up to vote",
    "i'm a femme and my wife is a dyke, we just adopted a cat",
    "as a queer girl i love the dykes in this server",
    "im a lesbian and dykes have the best haircuts",
    "we are lesbians, dykes forever", "i am a lesbian and that dyke in the library is cute",
    "as a lesbian i can say dykes love hiking", "i'm queer and the dykes downtown are kind",
    "i am a dyke and so is my sister", "im a lesbian, dykes in the park every sunday",
    "we were dykes long before tiktok", "i am a lesbian, dykes can dress however they want",
    "as a lesbian, the dyke who owns the cafe is a legend",
    "i'm gay and the dykes at school stood up for me",
    "me and my wife are both dykes and proud",
    "i'm a lesbian and my neighbour is a dyke, we share tools",
    "as a butch, dykes like us always find each other",
    "im a lesbian and that dyke barista knows my name",
    "we are dykes and we are staying", "i am a lesbian and the dykes at camp were great",
    "i'm queer, the dykes in my family are the coolest",
    "as a lesbian, dykes are my people", "i'm a lesbian and my coach is a dyke",
    "im a lesbian, dykes run this city", "i am a lesbian and dykes make the best friends",
    "i'm a femme, dykes always hold the door", "as a dyke, the dykes in my dms are sweet",
    "we were baby dykes back then",
)

HELD_SWEARING: tuple[str, ...] = (
    "shit this song slaps", "damn that sunset is fucking gorgeous", "hell yes, finally friday",
    "fuck me this coffee is strong", "oh shit, i passed the exam", "that concert was badass",
)
