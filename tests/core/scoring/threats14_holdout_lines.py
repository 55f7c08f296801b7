"""The threats14 held-back lines (issue 8): other wordings of threats14_probe_lines.py's
shapes, written at the same time and before any rule; counted only at the start and the
end of the round."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "good thing ur not here or i would punch u", "good thing your not here or id smack u",
    "good thing u r not here or id slap ya", "good thing you aren't here or i'd beat you",
    "good thing we're not face to face or id knock you out",
    "good thing we aint in the same room or id punch ur face in",
    "its a good thing youre not next to me or id smack you",
    "it's a good thing ur not near me rn, i'd punch you",
    "thank god ur not in front of me or id knock u out", "thank god ur not here i'd punch ya",
    "thank god you are not here or i would beat you", "thank god u aint here id smack u",
    "thank goodness ur not here or id slap you",
    "thank goodness we're not in the same room id beat u",
    "lucky ur not in front of me rn or id punch u", "lucky u aint here id beat u up",
    "glad you're not here or i'd smack you", "so glad ur not here or id punch you",
    "thankfully you're not here or i'd knock you out", "luckily ur not here or id beat u",
    "good thing im not there rn or id knock u out", "thank god i'm not there or i'd punch you",
    "good thing i aint there or id smack ya", "luckily im not there or id slap u so hard",
    "good thing ur not here bro or id punch u", "good thing ur not here id literally punch u",
    "good thing ur not here fr or id beat u", "thank god ur not here or id smack u rn",
    "gud thing u aint here or id punch u", "thank god ur not here i swear id punch u",
    "ur lucky im not there id beat ur ass", "lucky for u im not there or id end you",
    "you're lucky we're not in the same room", "ur lucky this is the internet or id beat u",
    "per fortuna che non sei qui, ti spaccherei la faccia",
    "meno male che non sei qui o ti prenderei a calci",
    "per fortuna non sei qui o ti darei uno schiaffo",
    "meno male che non sei qui sennò ti spaccherei la faccia",
    "fortuna che non siamo nella stessa stanza, ti prenderei a pugni",
    "per fortuna che non sei vicino a me o ti prenderei a pugni",
)

HELD_CLEAN: tuple[str, ...] = (
    "good thing ur not here, its so cold", "good thing ur not here or id hug u forever",
    "good thing ur not here or id eat all your cake", "thank god ur not here, this movie sucks",
    "thank god we're not in the same room, i'm sick",
    "glad ur not here or id keep you up all night",
    "lucky ur not here or id make you dance",
    "good thing we aint in the same room or id talk forever",
    "good thing ur not here or id punch the screen", "good thing she's not here or id punch her",
    "thank god ur not here or you'd smack me", "good thing ur not here, my brother would punch you",
    "good thing ur not in mid or id kill u with my combo",
    "thank god ur not on the other team or id beat u in ranked",
    "good thing ur not here id beat u at fifa", "thank god ur not here id punch u in tekken lol",
    "he said thank god ur not here or id punch u",
    "my mom said good thing ur not here or id smack u",
    "who says good thing ur not here or id punch u?",
    "\"thank god ur not here or id smack u\" is what my ex used to say",
    "would it be a good thing ur not here or id punch u?",
    "ur lucky im not there, i'd drink all the soda", "lucky for u i dont know where the remote is",
    "be glad ur behind a screen, the lag is awful", "ur lucky im not there or id kiss you",
    "per fortuna che non sei qui, fa freddissimo", "meno male che non sei qui, che noia",
    "per fortuna che non sei qui o ti farei il solletico",
    "meno male che non sei qui o ti darei un pugno di caramelle",
    "good thing ur not here or id cry laughing", "thank god ur not here lol id be late",
    "good thing ur not here, i'd eat all your pizza lol",
    "thank god we aren't in the same room, i'd keep you talking all night",
    "good thing ur not here, i'd make you watch anime", "good thing im not there, i'd get lost",
    "thank god im not there, i'd be bored", "glad im not there, the traffic is crazy",
    "luckily ur not here, the wifi is down", "thankfully you're not here, its a mess",
    "good thing ur not here or id spoil the ending for u",
)

HELD_SWEARING: tuple[str, ...] = (
    "good thing ur not here, shit is wild", "thank fuck im not there, fucking rain",
    "damn glad ur not here, this party is shit", "holy fuck good thing ur not here lol",
    "shit ur lucky im not there, its a damn mess", "cazzo meno male che non sei qui, che schifo",
)
