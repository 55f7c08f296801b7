"""The discord58 probe (issue 8): a member of a Discord server whose removal the writer
asks for with the user mention before the verb ("<@12> needs to be banned", "<@4> should
get kicked", "<@7> must be removed from the server") or in a negated order ("dont let <@55>
join", "do not let <@3> back in"); and the clean lines in the same words that must stay
clean (moderation talk that asks nothing against the member, logistics, game talk, the
writer or a bot, negations, reports, questions and jokes). Written before any rule.

Judgment call, written down: a member kicked from a game's queue or lobby for being afk
("kick <@9> from the queue when hes afk?", "<@9> should get kicked from the queue, hes
afk") is logistics, not exclusion: clean.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the mention first, a modal, then the removal in the passive
    "<@12> needs to be banned", "<@4> should get kicked", "<@9> should be banned",
    "<@7> must be removed from the server", "<@21> needs to get kicked",
    "<@33> has to be banned", "<@5> should be kicked from the server",
    "<@18> needs to be banned asap", "<@6> should get banned fr",
    "<@40> needs to be removed", "<@2> should be kicked out", "<@11> needs to get banned",
    "mods <@14> needs to be banned", "honestly <@8> should get kicked",
    "<@27> really needs to be banned", "<@16> has to get kicked from here",
    "<@3> should be banned from this server", "ngl <@22> needs to be kicked",
    "<@30> must be banned", "<@19> should just be removed",
    # a negated let, the mention and the joining
    "dont let <@55> join", "don't let <@9> join", "do not let <@31> back in",
    "dont let <@13> rejoin", "please dont let <@24> join", "mods dont let <@17> back",
    "dont let <@29> join again", "pls dont let <@35> rejoin the server",
    "dont let <@41> back in here", "don't let <@10> join ever again",
    "guys dont let <@26> join", "dont let <@38> join, mods", "do not let <@44> rejoin",
    "dont let <@50> back in lol", "dont let <@52> join the server again",
)

TUNE_CLEAN: tuple[str, ...] = (
    "<@9> can you kick the afk bot", "dont let <@55> join without the rules role, lol jk welcome",
    "<@12> was banned by mistake, unban pls", "kick <@9> from the queue when hes afk?",
    "kick the ball to <@3>", "dont let <@5> solo the boss",
    "<@9> shouldnt be banned", "<@4> should not get kicked for that",
    "should <@12> be banned?", "<@7> needs to be unbanned", "<@21> needs to be unmuted",
    "<@6> should get kicked from the queue, hes afk", "i should get banned lol",
    "<@18> said i should get kicked", "they think <@40> should be banned",
    "the bot should be kicked <@2>", "<@11> needs to be added to the list",
    "<@3> should never be banned", "does <@14> need to be banned?",
    "dont let <@9> join yet, the server isnt ready", "dont let <@31> win",
    "dont let <@13> join the raid, hes undergeared", "dont let me join lol",
    "dont let the bot join the vc", "she said dont let <@24> join",
    "dont let <@17> back down", "dont let <@29> in on the secret",
    "dont let <@35> join till after the match", "dont let <@41> solo queue",
    "<@10> needs to be kicked off the ball in fifa", "<@26> got banned yesterday lol",
    "why does <@38> need to be kicked?",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit <@9> that play was insane", "fuck yeah <@4> we won",
    "<@12> you absolute legend, damn", "shit i got kicked from the queue again lol",
    "damn <@7> that clutch was fucking clean", "hell yeah <@3> lets fucking go",
)
