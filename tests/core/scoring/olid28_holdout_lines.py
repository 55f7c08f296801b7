"""The olid28 held-back lines (issue 8): the probe's shapes in other words, written at the
same time and before any rule; counted only at the start and the end of the round."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # a person named by a scornful "ass"
    "@USER lock his sorry ass up",
    "@USER I can't stand her lying ass",
    "@USER his crooked ass should be in prison",
    "@USER toss her corrupt ass out of congress",
    "@USER their pathetic asses will lose in november",
    "@USER drag his lazy ass back to work",
    "@USER kick his punk ass off the team",
    "@USER his treasonous ass belongs behind bars",
    "@USER nobody voted for her sorry ass",
    "@USER Get her fake ass off my TV",
    "@USER their crooked asses need to go",
    "@USER send his useless ass packing",
    "@USER her whiny ass is always complaining",
    "@USER Shut his lying ass up already",
    "@USER vote her clown ass out",
    "@USER his pathetic ass got exactly what he deserved",
    "@USER I'm sick of his corrupt ass",
    "@USER remove his creepy ass from office now",
    "@USER put their lying asses on trial",
    "@USER his miserable ass should just quit",
    "@USER that's what her lying ass gets",
    "@USER fire her useless ass today",
    "@USER Take your whiny ass back to California",
    "@USER keep your crooked ass out of our state",
    "@USER nobody asked your pathetic ass",
    "@USER your lying ass should be ashamed",
    # a beating wished on him or her by others
    "@USER I really hope someone beats his ass",
    "@USER somebody needs to beat his ass",
    "@USER someone should kick her ass",
    "@USER I wish somebody would beat her ass",
    "@USER hope they whoop his ass",
    "@USER somebody gotta kick his ass for that",
    "@USER they need to beat his ass",
    "@USER someone oughta whip her ass",
    "@USER I hope her mom whoops her ass",
    "@USER she needs somebody to kick her ass",
    # older shapes kept
    "@USER you are a pile of garbage",
    "@USER Trump has lost his mind",
    "@USER shame on you",
    "@USER I will beat your ass",
)

HELD_CLEAN: tuple[str, ...] = (
    # the writer's own
    "@USER my tired ass fell asleep on the couch",
    "@USER my broke ass can't afford that",
    "@USER our sorry asses got lost again",
    "@USER my lazy ass ordered pizza again",
    "@USER my clumsy ass dropped the phone lol",
    # a thing: "ass" before a noun
    "@USER his crooked ass fence fell over",
    "@USER that's a huge ass burger",
    "@USER their fancy ass car is parked outside",
    "@USER what a weird ass dream",
    "@USER her sorry ass excuse for a cake still tasted great",
    # kind, teasing between friends
    "@USER love your silly ass",
    "@USER you kicked ass today, proud of you",
    "@USER stay bad ass queen",
    # sports and games
    "@USER the Giants beat their ass last season",
    "@USER hope you kick his ass in the tournament",
    "@USER I hope Serena beats her ass in the final",
    "@USER hope we kick their ass tonight",
    "@USER she beat his ass at Mario Kart lol",
    # asked, denied, reported
    "@USER did anyone kick his ass?",
    "@USER nobody should ever beat her ass",
    "@USER he told me someone should beat his ass",
    "@USER she said her sorry ass was late",
    "@USER was his lazy ass at work today?",
    "@USER I'd never beat her ass, she's my sister",
    "@USER they say somebody kicked his ass but it was a rumor",
    # the writer's own beating, or a thing doing it
    "@USER leg day kicked my ass",
    "@USER this flu is kicking my ass",
    "@USER finals are gonna kick my ass",
    "@USER hope my coach doesn't kick my ass",
    "@USER that hike whooped my ass",
    # no one: untargeted, things, opinions
    "@USER this shit is wild",
    "@USER I'm such a dumbass sometimes lol",
    "@USER the new law is a mess",
    "@USER kick ass concert last night",
    "@USER what a mess of a season",
    "@USER \"her lying ass\" was a quote from the show",
    "@USER please don't call people a lazy ass",
    "@USER why is everything so expensive",
    "@USER the policy is a total failure",
    "@USER the refs were awful tonight",
)

HELD_SWEARING: tuple[str, ...] = (
    "@USER holy fuck what a finish",
    "@USER damn this is a good ass burger",
    "@USER shit yeah road trip",
    "@USER this shit goes hard",
    "@USER fuck me that was close lol",
    "@USER hell yeah payday",
)
