"""The discord50 probe (issue 8): a member humiliated by exposure on a Discord server, the
writer sharing a member's private messages or pictures with the whole room ("i
screenshotted ur messages and sent them to everyone", "im posting her dms in general",
"leaking his texts to the gc") or mocking a member through a picture of them ("look at
this fat pic of him", "post her ugly selfie in general"); and the clean lines in the same
words that must stay clean (sharing that shames no one, the writer's own pictures and
messages, reports to moderators, negations, questions and reports of what others did).
Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a member's private messages or pictures shared with the room
    "i screenshotted ur messages and sent them to everyone",
    "im posting her dms in general", "posting his texts in the gc rn lmao",
    "leaking her messages to the whole server", "sending his dms to everyone lol",
    "i sent your texts to the group chat", "dumping all his dms in general",
    "i just posted her messages in the gc", "ill post ur dms in general if u keep talking",
    "forwarding his texts to everyone", "i showed everyone her messages lmaooo",
    "gonna leak his chats to the whole server", "i leaked her dms to the gc",
    "im sending your messages to everybody", "dropping his dms in general rn",
    "i told the whole server her secrets", "posting your diary in the gc lol",
    "sharing his voice notes with everyone lmao", "screenshotting her texts for the gc",
    "ill send ur convo to everyone",
    # a mocking word on a picture of a member
    "look at this fat pic of him", "post her ugly selfie in general lol",
    "check out this ugly pic of her", "look at this cringe selfie of him lmao",
    "sending her ugly selfie to the gc", "everyone look at his fat pic lmaooo",
    "i posted ur ugly selfie in general", "this ugly photo of her is going in the gc",
    "his cringe selfies are going straight to general", "look at her ugly pics lol",
    "posting his fat selfie everywhere", "here's a disgusting pic of her lmao",
    "look at this gross picture of him", "ur ugly selfie is in general now",
    "dumping her cringe pics in the gc",
)

TUNE_CLEAN: tuple[str, ...] = (
    # sharing that shames no one
    "i posted the screenshots of the bug in #help", "sending the clip to the gc, what a play",
    "look at this pic of my dog", "posting the patch notes in general",
    "look at this pic of my new setup", "sending his clip to everyone, what a shot",
    "posting her art in general, its so good", "i sent the schedule to everyone",
    "check out this pic of her cat", "look at this ugly fish i caught",
    "look at this ugly sweater my mom got me",
    # the writer's own pictures and messages
    "post my ugly selfie lol", "sending my cringe old selfies to the gc lol",
    "i posted my dms in general so everyone can see the scam",
    "look at this fat pic of me lmao", "here's my ugly selfie from today",
    "ill post my texts with him if anyone wants proof",
    # reports to moderators
    "i screenshotted his threats and sent them to the mods",
    "i sent his messages to the mods, they banned him",
    "forwarding her dms to the admins so they can deal with it",
    # others' doing, negations and questions
    "he posted my selfie in general without asking", "she leaked my dms to the gc",
    "please dont post her pics in general", "never send his dms to anyone",
    "should i post his messages in general?", "she posted her own selfie in general",
    "he sent his texts to the group chat by mistake",
    "someone leaked her messages to the server and she was crying",
    "dont share her dms with everyone thats messed up",
    "i would never post ur ugly selfie lol", "ur selfie is so cute, posting it in general",
    "look at this pic of him, he looks so happy",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit the gc is wild today", "fuck, i sent that to the wrong chat",
    "damn this selfie lighting is insane", "shit, my messages didnt send",
    "this server is so fucking chaotic lol", "well fuck, general is dead again",
)
