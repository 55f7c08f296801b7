"""The olid28 probe (issue 8): OLID-style tweets in the round's shapes (a third person
or the reader named by a scornful "ass": "his sorry ass", "her treasonous ass", "their
lying asses", "your pathetic ass"; a beating wished on him or her by others: "I hope
they beat his ass", "someone needs to kick her ass") and clean tweets that look alike
(the same words at no one, at oneself, at a thing, denied, asked, reported, sports and
kind talk). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a person named by a scornful "ass"
    "@USER Throw his sorry ass in jail already",
    "@USER can't wait to see her treasonous ass in court",
    "@USER his lying ass needs to resign today",
    "@USER fire his lazy ass now",
    "@USER Get his crooked ass out of the Senate",
    "@USER nobody wants to hear her whiny ass anymore",
    "@USER their lying asses should all be locked up",
    "@USER @USER Vote his corrupt ass out in November!",
    "@USER I am so done with her fake ass",
    "@USER Tell his punk ass to sit down",
    "@USER that's what his sorry ass gets",
    "@USER kick their corrupt asses out of office #MAGA",
    "@USER send her pathetic ass back home",
    "@USER Booker needs to take his clown ass home",
    "@USER Somebody needs to sit his goofy ass down",
    "@USER they will impeach his crooked ass soon enough",
    "@USER Block his creepy ass and move on",
    "@USER We need to vote their useless asses out",
    "@USER ban her miserable ass from twitter",
    "@USER Get your sorry ass off my timeline",
    "@USER nobody cares about your pathetic ass",
    "@USER take your lying ass back to CNN",
    # a beating wished on him or her by others
    "@USER I hope they beat his ass",
    "@USER someone needs to kick his ass",
    "@USER somebody should beat her ass for that",
    "@USER I hope somebody whoops his ass",
    "@USER Someone needs to whoop her ass",
    "@USER he needs someone to kick his ass",
    "@USER they better beat his ass",
    "@USER I wish someone would kick his ass",
    "@USER hopefully somebody beats her ass",
    "@USER man somebody gotta whip his ass",
    # older shapes kept
    "@USER you are a lying piece of garbage",
    "@USER Liberals are pathetic",
    "@USER I will kick your ass",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the writer's own
    "@USER my lazy ass stayed in bed all day",
    "@USER my sorry ass forgot the tickets again lol",
    "@USER my old ass was here before it was cool",
    "@USER our lazy asses skipped the gym today",
    # a thing: "ass" before a noun
    "@USER his lazy ass dog sleeps all day lol",
    "@USER that is one big ass truck",
    "@USER her fake ass nails look amazing tho",
    "@USER that was a long ass day",
    "@USER this crooked ass table keeps wobbling",
    # kind, teasing between friends
    "@USER I love your cute ass",
    "@USER you are a bad ass! keep fighting",
    "@USER you are kicking ass at this, keep it up",
    # sports and games: a win, not a beating
    "@USER we beat their ass 5-0 last night",
    "@USER I hope the Bears kick their ass on Sunday",
    "@USER I hope she kicks her ass in the final",
    "@USER hope you beat his ass at chess tonight",
    # asked, denied, reported
    "@USER did someone really beat his ass?",
    "@USER nobody should beat her ass over a tweet",
    "@USER she said someone should kick his ass",
    "@USER he said his sorry ass got fired",
    "@USER is her lazy ass coming to the party?",
    "@USER I would never kick his ass, he is my brother",
    # the writer's own beating, or a thing doing it
    "@USER this workout kicked my ass",
    "@USER the heat is kicking my ass today",
    "@USER this class is going to kick my ass",
    "@USER I hope nobody kicks my ass for saying this",
    # no one: untargeted
    "@USER this shit is crazy",
    "@USER I'm such an idiot lol",
    "@USER the bill is a disaster",
    "@USER kick ass show, loved every minute",
    "@USER \"his sorry ass\" is such a funny line from that movie",
    "@USER calling someone a sorry ass is not okay",
)

TUNE_SWEARING: tuple[str, ...] = (
    "@USER holy shit this game is insane",
    "@USER damn that was a good ass meal",
    "@USER fuck yeah we won",
    "@USER this shit slaps lol",
    "@USER hell yes finally friday",
    "@USER bro this song is fucking fire",
)
