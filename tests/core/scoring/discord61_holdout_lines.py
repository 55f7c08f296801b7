"""The discord61 held-back lines (issue 8): other wordings of the probe's shapes, a bare
removing verb first and the user mention after it, or a member denied a place in the
server with the reason after a comma, and their clean counterparts in the same words.
Written at the same time as discord61_probe_lines.py and before any rule; counted only
as totals, at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "ban <@101> plss", "kick <@102> mods hes annoying", "just remove <@103> already",
    "mute <@104> permanently", "ban <@105> hes ruining the chat", "kick <@106> asap",
    "ban <@107> already nobody likes her", "perma ban <@108> mods", "boot <@109> pls",
    "ban <@110> from the discord already", "kick <@111> hes so toxic",
    "remove <@112> please", "mute <@113> forever shes so annoying", "ban <@114> rn pls",
    "yo kick <@115> already", "ban <@116> shes a creep", "timeout <@117> already",
    "kick <@118> out of here pls", "ban <@119> for good", "ban <@120> hes the worst",
    "just kick <@121> pls", "remove <@122> from this server asap",
    "ban <@123> nobody wants her here", "kick <@124> forever", "bro ban <@125> already",
    "mute <@126> hes so cringe", "ban <@127> mods pls", "kick <@128> now",
    "permaban <@129> pls", "ban <@130> he ruins the server", "kick <@131> please mods",
    "ban <@132> asap hes insufferable", "remove <@133> already omg",
    "ban <@134> pls everyone hates him", "kick <@135> from the server for good",
    "<@136> shouldnt be here, nobody likes him",
    "<@137> should not be in this server, everyone hates her",
    "<@138> doesnt belong here, hes so annoying", "<@139> shouldnt be here, hes ruining it",
    "ban <@140> again already",
)

HELD_CLEAN: tuple[str, ...] = (
    "kick <@201> from the party hes afk", "ban <@202>'s pick, its broken",
    "mute <@203> for a sec hes spamming", "did someone ban <@204>?", "who muted <@205>",
    "dont ban <@206> it was my fault", "unban <@207> please",
    "kick <@208> from the lobby, wrong region", "ban <@209> pls he keeps posting scam links",
    "why was <@210> kicked", "pls dont remove <@211>",
    "remove <@212> from the raid, he cant make it", "mute <@213> for a min hes eating",
    "ban <@214>'s champ first", "kick <@215> from the team, he left the game",
    "unmute <@216> already", "ban <@217> jk ur the best", "mods unban <@218> it was a misclick",
    "me and <@219> got kicked lol", "who banned <@220>?",
    "remove <@221> from the ping list, she asked", "mute <@222> for a bit his mic is echoing",
    "kick <@223> from the squad i need the slot", "dont kick <@224> hes just lagging",
    "ban <@225>'s main next round lmao", "should we ban <@226>?",
    "ban <@227> for being too cracked lol", "he said kick <@228> pls",
    "<@229> shouldnt be here, hes supposed to be at work",
    "<@230> should not be in this server, hes in the na one",
    "<@231> doesnt belong here, she belongs in masters", "kick <@232> from vc hes sleeping",
    "did you kick <@233> from the party", "i didnt ban <@234>", "can you unban <@235>",
    "ban <@236> from the draft lol", "kick <@237> from the queue pls hes afk",
    "mute <@238> for a second, his music is loud", "ban <@239>'s hero pick",
    "why would anyone ban <@240>",
)

HELD_SWEARING: tuple[str, ...] = (
    "shit that was close", "fuck me that boss is hard", "damn son nice shot",
    "holy fuck the update is huge", "wtf lag again ffs", "hell yeah gg boys",
)
# fmt: on
