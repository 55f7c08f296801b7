"""The discord50 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "i sent her dms to everyone lmao", "posting ur messages in general",
    "im leaking his texts to the server", "i screenshotted her chats and posted them in general",
    "sending your dms to the whole gc", "i forwarded his messages to everyone",
    "dumping her texts in the group chat lol", "gonna post his dms in general",
    "ill send your messages to the whole server", "i shared her diary with everyone",
    "posting their dms in general rn", "i dropped ur texts in the gc lmao",
    "leaked his voice notes to everybody", "im showing everyone your dms",
    "i posted his chats in the server", "sending her secrets to the gc",
    "ima post ur texts in general", "i just sent his messages to the whole group chat",
    "sharing your dms with the server lol", "i leaked ur convo to everyone",
    "look at this ugly selfie of her", "posting his ugly pic in general",
    "everyone look at this fat photo of her", "check this cringe pic of him lol",
    "i sent ur fat selfie to the gc", "her ugly pics are going in general",
    "look at his ugly selfie lmaooo", "dropping this disgusting pic of him in the gc",
    "here's an ugly picture of her lol", "posting her cringe selfies in general",
    "sending his gross pics to everyone", "look at this cringe photo of her",
    "ur fat pic is in the gc now lmao", "everyone see this ugly pic of him",
    "leaking her ugly selfies to the server", "check out his fat selfie lol",
    "this cringe pic of him is going everywhere", "im posting your ugly pics in general",
    "look at her cringe selfie lmao", "i sent this ugly picture of him to everyone",
)

HELD_CLEAN: tuple[str, ...] = (
    "i posted the error screenshots in #support", "sending the highlight to the gc",
    "look at this pic of my cat", "posting the event times in general",
    "check out this pic of my new keyboard", "sending her clip to everyone, what a clutch",
    "posting his drawing in general, so talented", "i sent the rules to everyone",
    "look at this pic of his puppy", "look at this ugly bug i found",
    "check out this ugly lamp i bought",
    "posting my ugly selfie in general lol", "sending my old cringe pics to the gc",
    "i posted my texts with the scammer in general as a warning",
    "look at this ugly pic of me", "here's my cringe selfie from prom",
    "ill post my dms with her if the mods need proof",
    "i screenshotted her insults and sent them to the mods",
    "i sent his dms to the admins and they banned him",
    "forwarding his messages to the mods so they can check",
    "she posted my pics in general without asking", "he leaked my texts to the gc",
    "please dont post his dms in general", "never share her messages with anyone",
    "should i send her texts to the gc?", "he posted his own selfie in general",
    "she sent her dms to the group chat by accident",
    "someone posted his messages in the server and he was upset",
    "dont leak his texts to everyone, thats not ok", "i would never post her ugly pics",
    "her selfie is so pretty, sending it to the gc", "look at this pic of her, she looks amazing",
    "posting the giveaway winners in general", "i sent the invite link to everyone",
    "look at this pic of my grandma, shes so cute", "sending my selfie to the gc, new haircut",
    "posting my cringe old art in general lol", "i sent her a pic of my dog",
    "check out this pic of him scoring the goal", "he sent me his ugly sweater pic lol",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck the gc is popping off", "shit, i posted in the wrong channel",
    "damn this pic came out good", "fuck my texts keep failing",
    "general is so fucking funny tonight", "oh shit the server hit 1000 members",
)
