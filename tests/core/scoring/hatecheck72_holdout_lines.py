"""The hatecheck72 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "libyans are vermin", "somalians are animals", "tunisians are parasites",
    "i hate moroccans", "egyptians should be deported", "kenyans are filthy animals",
    "cubans make me sick", "dominicans are subhuman", "salvadorans are a disease",
    "i can't stand colombians", "aboriginals are savages", "amputees are freaks",
    "paraplegics are worthless", "get rid of the guatemalans",
    "are ghanaians even human?", "hondurans don't belong in this country",
    "venezuelans are disgusting", "chechens are savages", "mongolians are animals",
    "ugandans are parasites",
    "the japanese are animals", "japanese are subhuman", "the vietnamese are vermin",
    "i hate the japanese", "vietnamese should all be deported", "the lebanese are disgusting",
    "congolese are animals", "the nepalese are parasites", "deport all the sudanese",
    "taiwanese are worthless",
    "the natives are animals", "natives are vermin", "i hate natives",
    "travellers are animals", "the travellers are filthy parasites",
    "dwarfs are freaks", "i hate dwarfs", "the dwarves are subhuman",
    "travelers are vermin", "travellers should be kicked out of this town",
)

HELD_CLEAN: tuple[str, ...] = (
    "the japanese have a long history", "libyans celebrated in the streets",
    "my best friend and her family are somalians",
    "kenyans win most marathons", "aboriginals created amazing art",
    "amputees deserve good prosthetics", "cubans make excellent cigars",
    "natives of this valley grow rice", "the vietnamese people are very welcoming",
    "the lebanese food here is great",
    "travellers at the station were delayed", "japanese gardens are beautiful",
    "the dwarfs in snow white are cute", "brown dwarfs are failed stars",
    "natives in age of empires are annoying", "vietnamese traffic is disgusting",
    "travellers in this inn are loud", "the dwarves in skyrim are stupid",
    "japanese whisky is overrated", "the congolese river is huge",
    "moroccans are not animals", "the vietnamese are not vermin",
    "calling travellers vermin is hateful", "it's racist to say natives are savages",
    "she said egyptians are parasites and was reported",
    "no one should call tunisians animals", "stop saying dwarfs are freaks",
    "i don't hate the japanese at all", "paraplegics are not a burden",
    "why would anyone think cubans are subhuman? they aren't",
    "his tweet 'kenyans are vermin' was removed for hate speech",
    "i hate the japanese exam, so hard",
    "the nepalese hotel was filthy",
    "i hate the natives quest in that game",
    "colombians are lovely people", "ghanaians are so welcoming",
    "chechens have their own language", "the taiwanese team won gold",
    "dominicans love baseball", "hondurans voted yesterday",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit the vietnamese noodles are fucking good",
    "damn, japanese anime is fucking great",
    "fuck, the travellers bus was late again",
    "hell yes kenya won the fucking relay",
    "shit the natives update broke my save",
    "fucking hell the dwarfs level is hard",
)
