"""`/kindness`: every moderator command in one group (Manage Server, checked bot-side too).

The discord.py extension `cogs.moderation`. Where things are:

- `group`: the `/kindness` group and its settings commands (setup, threshold, ...);
- `lists`: `/kindness channels|exempt-roles|words|allowed`;
- `summary`: `/kindness summary ...` and the summary settings;
- `automod`: `/kindness automod enable|disable|status` (Discord's AutoMod);
- `data`: `/kindness stats|export|feedback|forget` and the setup report;
- `experiment`: `/kindness experiment start|stop|results`;
- `bullying`: `/kindness bullying ...`, the pile-on and persistent-targeting settings;
- `common`: the moderator check, the private reply, and `edit_guild_settings`, the
  one path by which any setting changes (under a per-server lock).

The command tree is built in one place, `build_group`, when the extension loads.
"""

from __future__ import annotations

from discord.ext import commands

from cogs.moderation.automod import AutomodGroup
from cogs.moderation.bullying import BullyingGroup
from cogs.moderation.data import add_data_commands
from cogs.moderation.experiment import ExperimentGroup
from cogs.moderation.group import KindnessGroup
from cogs.moderation.lists import AllowedGroup, ChannelsGroup, ExemptRolesGroup, WordsGroup
from cogs.moderation.summary import SummaryGroup


def build_group() -> KindnessGroup:
    """The complete `/kindness` tree: the group, its data commands and its subgroups."""
    root = KindnessGroup()
    add_data_commands(root)
    ChannelsGroup(parent=root)
    ExemptRolesGroup(parent=root)
    WordsGroup(parent=root)
    AllowedGroup(parent=root)
    SummaryGroup(parent=root)
    AutomodGroup(parent=root)
    ExperimentGroup(parent=root)
    BullyingGroup(parent=root)
    return root


async def setup(bot: commands.Bot) -> None:
    """discord.py extension entry point."""
    bot.tree.add_command(build_group())


async def teardown(bot: commands.Bot) -> None:
    bot.tree.remove_command("kindness")
