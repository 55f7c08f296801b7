"""The hatecheck29 probe (issue 8): functional hate suites' wish for fewer of a named group
("we need fewer women in tech", "the fewer immigrants the better", "we don't need any
more muslims") and the writer's being fed up with a named group ("i've had enough of
jews", "i've had it with trans people", "i'm done with women"), with clean lines in the
same shapes: the same frames at things or non-protected people ("we need fewer
meetings", "i've had enough of this rain"), a group mentioned neutrally or positively
("we need more women in tech", "we need fewer barriers for disabled people"), a wrong
done to a group ("no more black people dying in custody"), counter-speech and reported
speech, friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # fewer of a group wanted
    "we need fewer women in tech", "we need fewer immigrants in this country",
    "this country needs fewer muslims", "we need less immigrants",
    "the world needs fewer jews", "we need fewer trans people in sports",
    "we really need fewer black people here", "i want fewer refugees in my town",
    "we should have fewer gay people on tv", "this city needs less muslims",
    "the fewer immigrants the better", "the fewer women in charge the better",
    "the less muslims around the better", "the fewer jews the better tbh",
    "we don't need any more immigrants", "we dont need any more muslims here",
    "we do not need any more refugees", "this country doesn't need any more black people",
    "no more immigrants", "no more muslims in this country", "no more trans people please",
    "we need far fewer disabled people", "britain needs fewer immigrants",
    # fed up with a group
    "i've had enough of jews", "i have had enough of muslims", "ive had enough of immigrants",
    "i've had it with trans people", "i have had it with women",
    "enough of immigrants already", "enough of these muslims",
    "i'm done with women", "im so done with gay people", "i am done with black people",
    "honestly i've had enough of refugees", "i've really had it with disabled people",
    "we've had enough of immigrants", "i've had more than enough of jews",
    "i'm totally done with trans people", "i'm done with muslims tbh",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same frames at things or non-protected people
    "we need fewer meetings", "the fewer ads the better", "we need less homework",
    "this country needs fewer cars", "i've had enough of this rain",
    "i've had it with this game", "enough of this nonsense already", "i'm done with work",
    "we don't need any more excuses", "no more mondays please", "i'm done with my ex",
    "we need fewer politicians", "i've had enough of people today",
    # a group mentioned neutrally or positively
    "we need more women in tech", "we need fewer barriers for disabled people",
    "we need fewer attacks on muslims", "we need more immigrants to fill jobs",
    "the more women in charge the better", "we need fewer women dying in childbirth",
    "we need fewer black people in prison", "we don't need any more gay people bullied",
    "no more black people dying in custody", "no more muslims being attacked",
    "i've had enough of muslims being blamed", "i've had enough of women being harassed",
    "i'm done with people hating on trans people", "enough of the abuse of immigrants",
    "i'm done with racists who hate jews", "there are not enough women in tech",
    # counter-speech and reported speech
    "saying we need fewer immigrants is racist", "stop saying we need fewer women in tech",
    "people who say they've had enough of muslims are bigots",
    "he said he's had it with jews, disgusting",
    "\"we need fewer trans people\" is a hateful thing to say",
    "my uncle keeps saying the fewer immigrants the better, so embarrassing",
    "it is wrong to say we don't need any more refugees",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit we need fewer meetings lol", "fucking hell i've had enough of this rain",
    "damn i'm so done with this level", "the fewer bugs the better, shit",
    "i've had it with this fucking printer", "no more fucking mondays",
)
