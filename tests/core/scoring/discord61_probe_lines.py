"""The discord61 probe (issue 8): a member's removal asked for with a bare removing verb
first and the user mention after it ("ban <@9> pls", "kick <@14> mods", "ban <@12> hes
ruining the server"), and a member denied a place in the server with the reason after a
comma ("<@9> shouldnt be here, no one wants him"). The clean lines use the same words:
game parties and drafts, a short mute of a spammer or a report of spam, past events and
questions, negations and unbans, reports and jokes. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "ban <@9> pls", "kick <@14> mods", "mods remove <@4> already",
    "can someone mute <@7> forever", "ban <@12> hes ruining the server",
    "ban <@23> already omg", "kick <@88> pls hes so annoying", "just ban <@5> fr",
    "perma ban <@31> pls", "ban <@6> from the server asap",
    "kick <@19> from this discord already", "remove <@40> pls nobody wants him here",
    "mute <@2> forever pls", "boot <@67> already", "yo ban <@8> hes a creep",
    "kick <@3> out, shes toxic", "ban <@54> rn", "timeout <@11> pls mods",
    "ban <@72> nobody likes him", "kick <@29> hes the worst", "bro just kick <@13> already",
    "ban <@45> permanently", "remove <@17> from the server pls",
    "mute <@90> already hes so annoying", "ban <@21> he ruins everything",
    "kick <@5> for good", "ban <@38> asap", "mods ban <@16> for good, hes ruining the vibe",
    "ban <@62> plz", "kick <@7> hes so cringe nobody wants him",
    "<@9> shouldnt be here, no one wants him", "<@44> shouldnt be in this server, hes toxic",
    "<@15> doesnt belong here, everyone hates him", "ban <@27> again pls",
    "permaban <@81> already",
)

TUNE_CLEAN: tuple[str, ...] = (
    "kick <@9> from the party, hes afk", "ban <@9>'s pick lol",
    "mute <@7> for a sec, hes spamming links", "did you ban <@9>?", "who kicked <@9>",
    "dont ban <@9>, it was me", "unban <@9> pls", "kick <@14> from the lobby hes afk",
    "ban <@23> pls he posted a scam link", "why did you kick <@88>",
    "pls dont kick <@19> it was an accident", "remove <@40> from the queue pls",
    "mute <@2> for 5 mins hes screaming in vc", "ban <@67>'s yasuo, hes cracked on it",
    "kick <@3> from the raid group, hes offline", "unmute <@54> pls",
    "ban <@72> jk love u", "mods unban <@29> pls it was a mistake",
    "i got kicked with <@13> lol", "who banned <@45> lmao",
    "remove <@17> from the team channel, she quit",
    "mute <@90> for a min hes got his mic on",
    "kick <@21> from the party, im inviting my friend", "dont kick <@5> pls hes new",
    "ban <@38>'s champ next game", "should we kick <@16>?",
    "ban <@62> for being too good lol", "she said ban <@7> pls",
    "<@9> shouldnt be here, hes grounded lol",
    "<@44> shouldnt be in this server, hes in the eu one",
    "<@15> doesnt belong here, he belongs in diamond", "kick <@27> from vc hes asleep",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that clutch was insane", "fuck yeah we won", "damn this patch is wild",
    "shit i forgot to queue", "bro wtf that was sick lmao",
    "fucking finally the server is back up",
)
# fmt: on
