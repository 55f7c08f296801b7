"""The forum35 held-back lines (issue 8): other wordings of the round's shapes, written at
the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "those treasonous rats must hang", "the scumbag traitors should be hanged",
    "these pedos need to be executed today", "the degenerate traitors must be shot",
    "every single traitor should hang", "those commie bastards deserve to be hanged",
    "that scumbag needs to be executed", "the globalist traitors ought to be hanged",
    "all these savages should be executed", "the filth in the senate needs hanging",
    "the child rapists should be lynched", "those vermin must be executed",
    "the pedo scum should all hang", "traitors must be hanged, all of them",
    "hang all the traitors", "lynch the scumbags", "execute every pedo",
    "hang those degenerates", "behead the filthy traitors", "string up the traitors and hang them",
    "hang the commie scum", "gas the degenerates", "shoot the traitors on sight",
    "death to all traitors", "death penalty for the scumbags",
    "firing squad for every traitor", "public hangings for the pedos",
    "a noose for every traitor", "the rope for the degenerates",
    "grab the bastards and hang them", "these traitors, hang them high",
    "the scumbags in the media, hang them", "those pedos. execute them",
    "the savages? hang them all", "the traitors sold us out, hang them",
    "the traitors in the fbi should hang", "frankly those degenerates must be hanged",
    "the lying traitors need to hang", "hang these pedophiles now",
    "the criminal bastards must be executed",
)

HELD_CLEAN: tuple[str, ...] = (
    "the traitors were executed at dawn in 1944", "two pedos were hanged in iran last year",
    "the scumbags were shot by police during the robbery", "he wrote that traitors must hang",
    "my uncle keeps saying the traitors should be shot", "must the traitors hang?",
    "should the pedos be executed without trial?", "nobody should be lynched, traitors included",
    "the traitors must not be executed", "calling for traitors to hang is vile",
    "the wasps in the shed need to be gassed", "the old horse had to be shot",
    "the pigs are hung after slaughter", "the mice need to be poisoned",
    "hang out with the traitors crew later", "let's hang with those bastards friday",
    "hang the coats on the hook", "the bastards hung up the phone",
    "hang tight, the degenerates podcast drops soon", "the curtains need to be hung",
    "the traitors left the party", "these scumbags cut me off in traffic",
    "those pedos should be in jail", "the traitors need to apologise",
    "the degenerates should go outside more", "the bastards should be sacked",
    "execute the script again", "the trick needs to be executed cleanly",
    "death to tyranny", "hang the banner over the door", "the movie's gallows scene was tense",
    "the hangman game is fun", "the soldiers shot the traitor in the last episode",
    "the traitors series finale was great", "the pedo hunters caught another one",
    "the firing range opens at nine", "we need to execute on this project",
    "my code needs to be executed first", "the traitor in among us got ejected",
    "the rats need to be trapped",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck me, that hanging basket looks amazing",
    "shit, we executed that play so damn well",
    "holy fuck the traitors finale",
    "damn it, hung the picture upside down",
    "that gallows humour is fucking brilliant",
    "hell yes, hang time with the boys, shit yeah",
)
