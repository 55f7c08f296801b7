"""The phrase11 probe's held-back batch (issue 8): written after phrase11_probe_lines.py
and before any rule, never read for misses; counted once at the start of the round and
once at the end. Same shapes as the studied lines (a profanity or intensifier inside a
hostile phrase; friendly profanity and the same phrases aimed elsewhere), new wording.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "gay people are a fucking burden on society", "immigrants are a damn burden",
    "go back to your goddamn country", "go back to your bloody country mate",
    "i will fucking hunt you down", "i'm going to fucking kill you",
    "you're a fucking waste of air", "you are a goddamn waste of space",
    "nobody fucking wants you in this clan", "just go fucking kill yourself",
    "you should fucking kill yourself", "i swear i'll fucking end you",
    "shut your fucking trap", "black people are a fucking plague",
    "muslims are a bloody disease", "women are so fucking useless",
    "you are such a fucking disappointment", "you're a freaking waste of space",
    "i know where you fkn live", "you don't fucking deserve to live",
    "nobody would fucking miss you", "you are a fucking parasite",
    "you are an effing disgrace", "refugees are a goddamn cancer",
    "i hope you fucking rot", "go back to where you fucking came from",
    "get the fuck out of our country", "you're a fking embarrassment",
    "drink some fucking bleach", "you're a total waste of space",
    # Italian
    "i migranti sono un fottuto peso", "tornatene al tuo paese del cazzo",
    "tornate al vostro maledetto paese", "sei un fottuto parassita",
    "sei una maledetta vergogna", "le donne sono una fottuta piaga",
    "gli ebrei sono un cazzo di cancro", "nessuno ti vuole in questo fottuto gruppo",
    "sei un dannato peso per la squadra", "sei uno schifoso peso morto",
    "gli zingari sono una dannata piaga", "tornatevene nei vostri paesi del cazzo",
)

HELD_CLEAN: tuple[str, ...] = (
    "fucking great save", "holy shit that clutch", "go back to your fucking spawn",
    "go back to your damn tower", "i'll fucking find you a duo partner",
    "i'm gonna fucking kill that boss", "you're a fucking god at this",
    "you are such a fucking good teammate", "nobody fucking expected that play",
    "i fucking love this server", "homework is a fucking burden",
    "the tax system is a goddamn burden", "i miss my fucking country so much",
    "i can't wait to go back to my damn country for the holidays",
    "kill the fucking dragon first", "shut the door, the fucking cat got out",
    "that was so fucking close", "this is such a fucking good song", "i'm really tired tonight",
    "damn you are really good", "you totally carried", "bloody brilliant play mate",
    "she said 'go back to your fucking country' to me, reported her",
    "telling people to go back to their fucking country is racist",
    "disabled people are fucking awesome", "immigrants are a fucking blessing to this city",
    "i will fucking miss you guys", "you should really get some sleep", "freaking nice ult",
    "goddamn what a game",
    # Italian
    "che cazzo di giocata, grande", "sei un fottuto fenomeno", "sei una maledetta leggenda",
    "domani torno al mio paese del cazzo, finalmente", "questo maledetto lag è un peso",
    "la scuola è un fottuto peso", "che dannata sfortuna",
    "gli immigrati sono una fottuta risorsa per il paese", "cazzo che bel tiro",
    "torniamo alla nostra base del cazzo", "sei davvero bravo",
    "questo cazzo di boss non muore mai",
)

HELD_SWEARING: tuple[str, ...] = (
    "fucking hell this lag", "shit i died", "goddamn it", "oh fuck no", "bloody hell mate",
    "what the fuck lol", "cazzo ho perso", "porca miseria che lag", "merda di nuovo",
    "che palle", "damn son",
)
