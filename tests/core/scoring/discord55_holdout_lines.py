"""The discord55 held-back lines (issue 8): other wordings of the probe's shapes, written
at the same time, before any rule; counted only at the start and at the end."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "mods ban <@2>", "mods kick <@3> already", "mods ban her", "mods kick him pls",
    "mods remove her", "admins ban <@4> rn", "admin ban him", "mod kick <@5>",
    "mods plz ban <@6>", "ok mods kick <@7>", "mods mute him", "mods timeout <@8>",
    "can a mod ban him", "can a mod kick <@9>", "can an admin ban <@1> pls",
    "could an admin kick him", "mods ban this guy", "mods kick this kid already",
    "someone ban <@2>", "someone kick him lol", "somebody kick <@3>",
    "can someone ban her", "can somebody mute <@4>", "pls kick <@5>", "plz ban her",
    "please kick him", "pls ban this guy", "someone timeout <@6> already",
    "ban her mods", "kick him mods", "ban <@7> mods", "kick <@8> admins",
    "timeout <@9> mods pls", "remove <@1> mods", "ban this kid mods", "mute him mods",
    "bro someone ban <@2>", "guys can a mod kick <@3>", "mods ban <@4> fr",
    "can someone remove him",
)

HELD_CLEAN: tuple[str, ...] = (
    "mods ban <@1> he keeps spamming scam links", "mods kick her, shes posting gore",
    "can a mod ban <@2>? hes an alt", "someone ban <@3> he posted nsfw in general",
    "pls ban <@4> hes raiding with bots", "mods remove <@5> his account is compromised",
    "how do i kick someone from my server", "why did they ban her?", "she got kicked lol",
    "did someone mute <@6>?", "they banned him from the server", "who kicked <@7> from vc",
    "the admins kicked her last month", "how do you ban people on discord",
    "kick me from the call im going to bed", "ban me if i say that again",
    "mods kick me pls i need to sleep", "someone mute me my mic is looping",
    "pls kick me from the gc", "kick the music bot", "ban the spam account",
    "mods remove the scam links", "someone kick the afk bot", "pls mute the bot",
    "kick the ball harder", "ban zed this game", "vote kick the afk guy in our game",
    "ban teemo every match", "mods dont ban her", "pls dont kick <@8> shes new",
    "nobody kick him pls", "please dont ban <@9>", "the mods ban spammers fast here",
    "i got banned for no reason", "can i kick someone from a group dm",
    "my dog kicked me in my sleep", "kick off is at 8", "the ban list is long",
    "mods are banning bots rn", "he kicked the ball into the goal",
)

HELD_SWEARING: tuple[str, ...] = (
    "shit the mods are quick lol", "fuck the ban wave hit hard",
    "damn i got kicked from the call again", "holy shit my internet kicked me",
    "the admins are damn good ngl", "wtf is this fucking lag",
)
