"""Compiling lexicon entries into the anchor index: custom and allowed terms, aims, misspellings,
split words and typos, pairs. `build_lexicon` is the whole compile; `SharedLexicon.layer`
(`lexicon_shared`) redoes only the stages a server's terms change.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final, TypeVar

from bot.core.scoring import chat10_words as c10
from bot.core.scoring import chat11_words as c11
from bot.core.scoring import chat12_words as c12
from bot.core.scoring import discord20_words as d20
from bot.core.scoring import discord21_words as d21
from bot.core.scoring import discord22_words as d22
from bot.core.scoring import discord23_words as d23
from bot.core.scoring import discord27_words as d27
from bot.core.scoring import discord28_words as d28
from bot.core.scoring import discord29_words as d29
from bot.core.scoring import discord30_words as d30
from bot.core.scoring import discord31_words as d31
from bot.core.scoring import discord32_words as d32
from bot.core.scoring import discord33_words as d33
from bot.core.scoring import discord34_words as d34
from bot.core.scoring import discord35_words as d35
from bot.core.scoring import discord36_words as d36
from bot.core.scoring import discord37_words as d37
from bot.core.scoring import discord39_words as d39
from bot.core.scoring import discord40_words as d40
from bot.core.scoring import discord42_words as d42
from bot.core.scoring import discord43_words as d43
from bot.core.scoring import discord44_words as d44
from bot.core.scoring import discord47_words as d47
from bot.core.scoring import discord49_words as d49
from bot.core.scoring import discord50_words as d50
from bot.core.scoring import discord51_words as d51
from bot.core.scoring import discord52_words as d52
from bot.core.scoring import discord54_words as d54
from bot.core.scoring import discord55_words as d55
from bot.core.scoring import discord56_words as d56
from bot.core.scoring import discord57_words as d57
from bot.core.scoring import discord59_words as d59
from bot.core.scoring import forum22_words as f22
from bot.core.scoring import forum26_words as f26
from bot.core.scoring import forum29_words as f29
from bot.core.scoring import forum31_words as f31
from bot.core.scoring import forum32_words as f32
from bot.core.scoring import forum33_words as f33
from bot.core.scoring import forum36_words as f36
from bot.core.scoring import gamechat35_words as g35
from bot.core.scoring import gamechat36_words as g36
from bot.core.scoring import gamechat37_words as g37
from bot.core.scoring import gamechat38_words as g38
from bot.core.scoring import gamechat41_words as g41
from bot.core.scoring import gamechat42_words as g42
from bot.core.scoring import gamechat47_words as g47
from bot.core.scoring import gamechat49_words as g49
from bot.core.scoring import gamechat55_words as g55
from bot.core.scoring import hatecheck35_words as h35
from bot.core.scoring import hatecheck37_words as h37
from bot.core.scoring import hatecheck38_words as h38
from bot.core.scoring import hatecheck42_words as h42
from bot.core.scoring import hatecheck50_words as h50
from bot.core.scoring import hatecheck53_words as h53
from bot.core.scoring import hatecheck54_words as h54
from bot.core.scoring import hatecheck55_words as h55
from bot.core.scoring import hatecheck57_words as h57
from bot.core.scoring import hatecheck59_words as h59
from bot.core.scoring import hatecheck60_words as h60
from bot.core.scoring import hatecheck61_words as h61
from bot.core.scoring import hatecheck63_words as h63
from bot.core.scoring import hatecheck65_words as h65
from bot.core.scoring import hatecheck66_words as h66
from bot.core.scoring import hatecheck68_words as h68
from bot.core.scoring import hatecheck88_words as h88
from bot.core.scoring import insults20_words as i20
from bot.core.scoring import insults21_words as i21
from bot.core.scoring import insults22_words as i22
from bot.core.scoring import insults24_words as i24
from bot.core.scoring import italian32_words as i32
from bot.core.scoring import italian33_words as i33
from bot.core.scoring import italian35_words as i35
from bot.core.scoring import italian36_words as i36
from bot.core.scoring import italian37_words as i37
from bot.core.scoring import italian38_words as i38
from bot.core.scoring import italian39_words as i39
from bot.core.scoring import italian40_words as i40
from bot.core.scoring import italian41_words as i41
from bot.core.scoring import italian42_words as i42
from bot.core.scoring import italian43_words as i43
from bot.core.scoring import italian45_words as i45
from bot.core.scoring import italian48_words as i48
from bot.core.scoring import italian50_words as i50
from bot.core.scoring import italian51_spelling as i51
from bot.core.scoring import italian52_words as i52
from bot.core.scoring import italian53_words as i53
from bot.core.scoring import italian54_words as i54
from bot.core.scoring import italian55_words as i55
from bot.core.scoring import italian56_words as i56
from bot.core.scoring import italian58_words as i58
from bot.core.scoring import italian59_words as i59
from bot.core.scoring import italian60_words as i60
from bot.core.scoring import italian61_words as i61
from bot.core.scoring import olid24_words as o24
from bot.core.scoring import olid26_words as o26
from bot.core.scoring import olid27_words as o27
from bot.core.scoring import olid28_words as o28
from bot.core.scoring import olid29_words as o29
from bot.core.scoring import olid30_words as o30
from bot.core.scoring import selfharm1_words as sh1
from bot.core.scoring.gamechat9_words import TYPOS, player_joined
from bot.core.scoring.gamechat14_words import MISSPELLINGS
from bot.core.scoring.gamechat33_words import flame_typos
from bot.core.scoring.group_only import gated_anchors, only_anchoring, unknown_anchors
from bot.core.scoring.group_predicates import PROBE3_CUES, add_probe3_words, said_only
from bot.core.scoring.hate_spelling import short_group_misspellings
from bot.core.scoring.hatecheck21_words import ONE_MEMBERS
from bot.core.scoring.hatecheck25_words import phrase_joins
from bot.core.scoring.hatecheck40_words import plural_z_respellings, vowel_respellings
from bot.core.scoring.hatecheck46_words import g_digit_spellings
from bot.core.scoring.hatecheck49_words import slur_spellings
from bot.core.scoring.hatecheck52_words import z_plural_spellings
from bot.core.scoring.hatecheck56_words import sound_spellings
from bot.core.scoring.hatecheck79_words import NATIONS
from bot.core.scoring.hateprobe4_words import PROBE4_CUES, add_probe4_words
from bot.core.scoring.hateprobe5_words import GROUP_ONLY, add_probe5_words, group_only_terms
from bot.core.scoring.hateprobe6_words import add_probe6_words, probe6_group_only
from bot.core.scoring.hateprobe7_words import add_probe7_words, probe7_group_only
from bot.core.scoring.italian11_spelling import short_group_doublings
from bot.core.scoring.italian17_words import MAY_NAME_GROUP, NOT_WANTED_BARE
from bot.core.scoring.italian17_words import OWN as GROUP_DEEDS
from bot.core.scoring.italian18_words import OWN as GROUP_HARMS
from bot.core.scoring.lexicon import (
    DEFAULT_WEIGHT,
    PROFANITY_WEIGHT,
    Entry,
    Lexicon,
    category_file,
    learned_entries,
    load_cues,
    profanity_entries,
    tokenize_term,
)
from bot.core.scoring.lexicon_insult_u import insult_u_twins
from bot.core.scoring.lexicon_italian3 import plural_twins
from bot.core.scoring.lexicon_italian4 import dialect_twins, reader_questions
from bot.core.scoring.lexicon_italian5 import (
    chat_spellings,
    harm_grid,
    plural_orders,
    stressed,
)
from bot.core.scoring.lexicon_keys import place
from bot.core.scoring.lexicon_sections import (
    CONTROL_CUES,
    CUE_SECTIONS,
    GROUP_NAMED,
    ITALIAN4_CUES,
    PRAISE_ANY,
    PROBE5_CUES,
    PROBE6_CUES,
    PROBE7_CUES,
    READER_CUES,
)
from bot.core.scoring.lexicon_splits import split_pairs_of
from bot.core.scoring.lexicon_textspeak import should_twins, text_speak_twins
from bot.core.scoring.lexicon_typos import group_misspellings, misspellings
from bot.core.scoring.spelling7 import (
    hostile_anchors,
    joined_words,
    more_misspellings,
    phrase_words,
)
from bot.core.scoring.spelling11 import (
    english_names,
    english_phrase_words,
    english_respellings,
    english_words,
    five_letter_group_drops,
    phrase_respellings,
)
from bot.core.scoring.verdict import Category, TargetKind

_K = TypeVar("_K")
logger = logging.getLogger(__name__)
# Rounds whose new terms only their own rules read: an index word anchoring nothing but
# one round's terms stays unknown to the other rules, which read it as before (discord20's
# whole-line labels, "energy" of "karen energy"; discord21's traits and replies; discord22's
# pile-ons; discord23's lacks and a father gone; forum22's "ignorance"; olid24's
# "problema"; discord27's "skill issue" and "as sharp as a"; discord28's "so corny";
# italian32's "resta" of "un trans resta un uomo"; discord29's "as useful as a";
# italian33's "facevano" of "facevano schifo" and "piu" of "niente più"; olid26's
# "shady" of "a shady man" and "fart" of "an old fart"; discord30's "massive" of
# "massive l"; hatecheck35's "taxes", "integrate" and "wash" of "never pay taxes";
# olid27's "full of it" and "no soul"; italian35's "venduto" and "traditrice", said of a
# politician; italian36's "disgustoso" and "darei" of "non darei mai"; forum26's "seek"
# of "seek help"; discord31's "laughed" of "nobody laughed" and "brain is" of "ur brain
# is empty"; hatecheck37's "quotas", "diversity" and "hire" of "another diversity hire";
# italian37's religions and houses of worship, "islam", "moschee"; gamechat35's "ks",
# "afk farming" and "doing nothing" of "mid ks again"; discord32's "thought" of "bro
# really thought he cooked" and "didnt" of "you didnt even read it"; olid28's "goofy",
# "trifling" and "whoop" of "his sorry ass", "whoop his ass"; italian38's "lamentano" of
# "si lamentano sempre" and "nostri" of "non sono dei nostri"; hatecheck38's "unfollow"
# of "if ur muslim unfollow me" and "around" of "shouldn't be around kids"; gamechat36's
# "aim", "heals" and "hooks" of "our sova has no aim"; discord33's "smarter" of "smarter
# comments" and "coherent" of "more coherent take"; olid29's "loon", "kook" and "dupe"
# of "you are a dupe", "what a loon"; italian39's rights and idioms, "cittadinanza",
# "ingresso" and "soffrire" of "non posso soffrire"; gamechat37's nationalities,
# "russians" of "typical russians", "peru" of "go back to peru"; discord34's "till",
# "outside" and "dare" of "wait till i see u", "ill catch u outside", "say that again i
# dare u"; discord35's "dislike" and "love" of "i dont like u", "nobody loves u";
# italian40's "meritano" of "non meritano pietà" and "pieta" of "nessuna pietà per";
# gamechat38's "lucky", "greedy" and "were" of "u lucky fuck", "u were shit"; olid30's
# "shady", "snob" and "piece of work" of "she is so shady", "he is a piece of work";
# italian41's "senza" and "servirebbe" of "senza gli immigrati staremmo meglio", "ai rom
# servirebbero due schiaffi"; hatecheck42's "theyre" and "re" of "they're all sick",
# "muslims, theyre crazy"; discord36's "part" of "ur not part of this group"; italian42's
# "pagheranno" and "graditi" of "gli ebrei la pagheranno cara", "i rom non sono graditi";
# discord37's "quiet", "book" and "story" of "be quiet", "read a book", "cool story";
# italian43's "sara", "troviamo" and "sappiamo" of "non sarà mai", "vi troviamo",
# "sappiamo dove abitate"; gamechat41's "dudes", "both", "two" and "em" of "these dudes
# suck", "they both suck", "these two suck", "all of em suck"; gamechat42's
# "teamates", "jeez" and "shittest" of "toxic teamates", "jeez this team", "shittest team";
# italian45's places, participles and demands, "galera" of "i rom? in galera", "zittite"
# of "le donne andrebbero zittite", the demand of "ai rom bisognerebbe togliere i figli";
# forum29's "tools" of "the mods here are tools"; hatecheck50's "creatures" of "women
# are creatures", "hollywood" of "jews own hollywood"; discord42's "dome" and "dms" of
# "ima dome u", "get out of my dms", read with discord39's and discord40's own terms as
# its verbs anchor both, "bash" of "bash ur" and "bash yo ass", "fade" of "fade you" and
# "run the fade"; insults20's "iq is" of "your iq is so low" and "mental case";
# italian48's "sgozzano" and "zitte" of "i musulmani sgozzano la gente", "le donne?
# zitte", "non li voglio" of "i neri, non li voglio qui"; forum31's faculties, "brain"
# and "logic" of "op's brain is clearly empty", "your logic is nonexistent";
# hatecheck53's "pay", "bleed", "necks" and "skulls" of "make them pay", "break the
# necks of"; discord43's "nerd", "unfunny", "year old" and "adopted" of "ok nerd",
# "you type like a 5 year old", "ur adopted"; gamechat47's "roblox" of "go play roblox",
# "stupid roblox update" left as it was; hatecheck54's "rot", "vanish" and "perish" of
# "muslims should all rot"; italian50's "stare qui" and "mai" of "i rom non devono
# stare qui", "lui non capisce mai un cazzo"; hatecheck55's "wipe", "coming" and
# "born" of "wipe them all out, the jews", "we are coming for the jews", "wish they
# were never born"; discord44's "syndrome" and "character" of "main character
# syndrome", "energy" and "vibes" of "virgin energy"; gamechat49's "herald",
# "mentality" and "prio" of "herald brain", "bronze mentality", "u belong in low
# prio"; insults21's "crib", "playpen", "sandbox" and "binky" of "get back to your
# crib"; forum32's "has no", "zero" and "first thing" of "op has no idea what he's
# talking about", "this guy doesn't know the first thing about cars"; hatecheck57's
# "figures" of "figures the black guy was the thief"; forum33's "world", "press" and
# "behind" of "jews run the world", "own the press", "are behind everything";
# italian52's "esistere" and "down" of "perché i disabili devono esistere?", "quel
# down di merda"; italian53's "vale", "meglio" and "considero" of "un cane vale più di
# un ebreo", "meglio un topo che un rom", "non considero i neri persone"; italian54's
# "guai", "peste", "assumono" and "lontani" of "dove ci sono i rom ci sono guai", "i gay
# sono come la peste", "non si assumono donne", "tenete i rom lontani dai bambini";
# forum36's "demons" and "satanic" of "muslims are demons", "those satanic jews";
# italian55's "tipico", "di buono" and "lavoro" of "tipico di un nero: ladro", "dai rom
# niente di buono", "non date lavoro agli zingari"; italian56's "colpa", "voluta" and
# "dietro" of "la crisi è colpa degli immigrati", "voluta dagli ebrei", "dietro il caos
# c'è sempre un ebreo"; hatecheck63's "hit", "borrowed", "numbered", "point" and
# "contributed" of "muslims won't know what hit them", "the days of the refugees are
# numbered", "what's the point of trans people"; chat10's "lover", "lick", "bang",
# "pants" and "sex life" of "can i be your lover", "lick it", "i wanna bang you", "get
# into your pants", "hows your sex life"; italian58's "piacciono", "vomitare",
# "voltastomaco" and "nausea" of "non mi piacciono i gay", "quando vedo un nero mi viene
# da vomitare"; hatecheck65's "use", "purpose" and "benefit" of "disabled people are no
# use to anyone", "muslims serve no purpose", "refugees are of no benefit"; gamechat55's
# "kid", "kiddo", "big baby" and "such a baby" of "ur a kid", "calm down kid", "this
# pudge is such a baby"; chat11's "annoying me", "bugging me", "wasting my time" and
# "waste of time" of "you're annoying me", "stop bugging me", "talking to you is a waste
# of time"; italian59's "sangue", "dna", "geni", "natura" and "vizio" of "è nel sangue
# degli zingari rubare", "i rom hanno il vizio di rubare"; selfharm1's "life", "cut",
# "starve", "rope", "dead" and "grave" of "you should end your life", "cut deeper next
# time", "go starve yourself", "you'd be better off dead"; hatecheck66's "place",
# "room", "pointless", "waste", "resources" and "effort" of "there is no place for trans
# people here", "women are a waste of time", "gays are pointless"; italian60's "solo",
# "nate", "fatte" and "morto" of "le donne sono buone solo per fare figli", "le donne
# sono nate per servire", "meglio un figlio morto che un figlio gay"; chat12's "body",
# "feet", "naked", "underwear", "shower", "clothes" and "shirt" of "send me pics of ur
# body", "i wanna see you naked", "take off your clothes for me"; discord47's "mute",
# "block", "talk to" and "hates" of "everyone mute her", "can we mute <@1>", "dont talk
# to her shes weird", "everyone hates <@1>"; discord49's "dont tell", "delete our", "you
# alone" and "mature for" of "dont tell your parents about us", "delete our chats so
# your mom doesnt see", "are you home alone", "ur so mature for 13"; italian61's
# "fardello", "onere", "costo", "salasso", "mantenuti", "errori" and "peste" of "gli
# immigrati sono un fardello", "i migranti sono tutti mantenuti", "gli zingari sono la
# peste"; discord50's "dms", "texts", "secrets" and "diary" of "im posting her dms in
# general", "i told the whole server her secrets"; hatecheck68's "hired", "employed",
# "teachers", "surgeon" and the other works and professions of "no immigrant should ever
# be hired", "gay people shouldn't be teachers", and "rent", "hiring" and "serving" of
# "no landlord should rent to immigrants", "companies should stop hiring immigrants";
# discord51's "even in this server" and "gc without" of "why is he even in this server",
# "lets make a new gc without her"; discord52's "stop inviting", "from vc" and "uninvite"
# of "stop inviting him", "can we kick <@1> from vc"; discord54's "let him in" of "no one
# let him in"; discord55's "mods ban" and "timeout him" of "mods ban <@1>"; discord56's
# "leave him out" and "reply to him" of "leave him out guys", "nobody reply to him";
# discord57's "not invite" and "shouldnt add" of "we shouldnt invite him", "lets not add
# her back"; discord59's "a ban" and "outta here" of "<@9> deserves a ban", "get <@9>
# outta here"; hatecheck88's "classic" of "classic jew move").
_ROUNDS_OWN_TERMS: Final[tuple[frozenset[str], ...]] = (
    d20.LABELS | d20.PLACE_TERMS,
    d21.TRAITS | d21.REPLIES,
    d22.OWN_TERMS,
    d23.OWN_TERMS,
    d27.OWN_TERMS,
    d28.OWN_TERMS,
    f22.NEW_NOUNS,
    o24.IT_TERMS,
    i32.OWN_TERMS,
    d29.OWN_TERMS,
    i33.OWN_TERMS,
    o26.OWN_TERMS,
    d30.OWN_TERMS,
    h35.OWN_TERMS,
    o27.OWN_TERMS,
    i35.OWN_TERMS,
    i36.OWN_TERMS,
    f26.OWN_TERMS,
    d31.OWN_TERMS,
    h37.OWN_TERMS,
    i37.OWN_TERMS,
    g35.OWN_TERMS,
    d32.OWN_TERMS,
    o28.OWN_TERMS,
    i38.OWN_TERMS,
    h38.OWN_TERMS,
    g36.OWN_TERMS,
    d33.OWN_TERMS,
    o29.OWN_TERMS,
    i39.OWN_TERMS,
    g37.OWN_TERMS,
    d34.OWN_TERMS,
    d35.OWN_TERMS,
    i40.OWN_TERMS,
    g38.OWN_TERMS,
    o30.OWN_TERMS,
    i41.OWN_TERMS,
    h42.OWN_TERMS,
    d36.OWN_TERMS,
    i42.OWN_TERMS,
    d37.OWN_TERMS,
    i43.OWN_TERMS,
    g41.OWN_TERMS,
    d39.OWN_TERMS,
    d40.OWN_TERMS,
    f29.OWN_TERMS,
    g42.OWN_TERMS,
    i45.OWN_TERMS,
    h50.OWN_TERMS,
    d39.OWN_TERMS | d42.OWN_TERMS,
    d40.OWN_TERMS | d42.OWN_TERMS,
    i20.OWN_TERMS,
    i48.OWN_TERMS,
    f31.OWN_TERMS,
    h53.OWN_TERMS,
    d43.OWN_TERMS,
    g47.OWN_TERMS,
    h54.OWN_TERMS,
    i50.OWN_TERMS,
    h88.OWN_TERMS,
    h55.OWN_TERMS,
    d44.OWN_TERMS,
    g49.OWN_TERMS,
    i21.OWN_TERMS,
    f32.OWN_TERMS,
    h57.OWN_TERMS,
    f33.OWN_TERMS,
    i52.OWN_TERMS,
    i53.OWN_TERMS,
    i54.OWN_TERMS,
    i55.OWN_TERMS,
    i56.OWN_TERMS,
    h59.OWN_TERMS,
    h61.OWN_TERMS,
    f36.OWN_TERMS,
    h60.OWN_TERMS,
    i24.OWN_TERMS,
    h63.OWN_TERMS,
    c10.OWN_TERMS,
    i58.OWN_TERMS,
    i59.OWN_TERMS,
    h65.OWN_TERMS,
    g55.OWN_TERMS,
    c11.OWN_TERMS,
    sh1.OWN_TERMS,
    h66.OWN_TERMS,
    i60.OWN_TERMS,
    c12.OWN_TERMS,
    d47.OWN_TERMS,
    d49.OWN_TERMS,
    i61.OWN_TERMS,
    d50.OWN_TERMS,
    h68.OWN_TERMS,
    d51.OWN_TERMS,
    d52.OWN_TERMS,
    d54.OWN_TERMS,
    d55.OWN_TERMS,
    d56.OWN_TERMS,
    d57.OWN_TERMS,
    d59.OWN_TERMS,
)
# Cue lists of lexicon words ("noob", "idiot"), not everyday words: they take no part
# in choosing phrase anchors or typo variants, so listing them changes no match. The
# thousands of ordinary words ("word") are kept out too: only the name rule reads them.
_LEXICON_WORD_CUES = frozenset(
    {"name_noun", "word", *READER_CUES, *CONTROL_CUES, *PROBE3_CUES, *PROBE4_CUES, *PROBE5_CUES}
    | set(PROBE6_CUES)
    | set(PROBE7_CUES)
    | {*ITALIAN4_CUES}
)


def build_lexicon(
    languages: Iterable[str],
    custom_terms: Mapping[str, Category] | None = None,
    allowed_terms: Iterable[str] = (),
    learned: Mapping[str, tuple[Entry, ...]] | None = None,
) -> Lexicon:
    """Compile the chosen languages plus a server's custom and allowed terms, from scratch.

    The bot layers a server's terms on a shared lexicon instead (`shared_lexicon`);
    this full build is what every layer must equal. `learned` replaces the shipped
    learned weights (for leave-one-dataset-out measuring).
    """
    return compile_lexicon(languages, custom_terms, allowed_terms, learned)[0]


def compile_lexicon(
    languages: Iterable[str],
    custom_terms: Mapping[str, Category] | None,
    allowed_terms: Iterable[str],
    learned: Mapping[str, tuple[Entry, ...]] | None = None,
) -> tuple[Lexicon, _Stages]:
    """The full build, and what a layer needs to know about how it was compiled."""
    langs = language_key(languages)
    cue_words: dict[str, set[str]] = {name: set() for name in CUE_SECTIONS}
    for lang in langs:
        for name, words in load_cues(lang).items():
            cue_words.setdefault(name, set()).update(words)
    cues: dict[str, frozenset[str]] = {name: frozenset(words) for name, words in cue_words.items()}
    cues[GROUP_ONLY] = group_only_terms(cue_words)  # once per lexicon, shared by its scorers
    cues[GROUP_ONLY] |= probe6_group_only(cue_words)  # hateprobe6
    cues[GROUP_ONLY] |= probe7_group_only(cue_words)  # hateprobe7
    cues[GROUP_ONLY] |= GROUP_DEEDS | NOT_WANTED_BARE  # italian17: "sfruttano il paese"
    cues[GROUP_ONLY] |= GROUP_HARMS  # italian18: "vengono qui a rubare", "nessun nero e umano"
    # hatecheck37: "only" of "she only got the job because she's black", dropped where no
    # group is named ("you are the only one", "only a real one would say that").
    cues[GROUP_ONLY] |= h37.GROUP_TERMS
    group_sections = ("identity", "identity_adjective", "room", "worship_place")
    cues[GROUP_NAMED] = frozenset({"rom"}).union(*(cues[name] for name in group_sections))
    if "en" in langs:  # hatecheck21: "a refugee is just a freeloader"
        cues[GROUP_NAMED] |= ONE_MEMBERS
        cues[GROUP_NAMED] |= NATIONS  # hatecheck79: "kill the french", "hang the irish"
    if "it" in langs:  # italian17: "l'arabo", "il nero", "la femmina" may name the people
        cues[GROUP_NAMED] |= MAY_NAME_GROUP
    cues[PRAISE_ANY] = cues["praise_denied"] | cues["respect_denied"]
    common = frozenset().union(
        *(words for name, words in cue_words.items() if name not in _LEXICON_WORD_CUES)
    )

    entries: dict[tuple[str, ...], Entry] = {}
    defaults: dict[Category, tuple[float, TargetKind | None]] = {}
    for lang in langs:
        for category in Category:
            file_entries, weight, aim = category_file(lang, category)
            defaults.setdefault(category, (weight, aim))
            for entry in file_entries:
                entries.setdefault(entry.tokens, entry)
    entries.update(text_speak_twins(entries))  # "nobody likes u", "kill urself"
    entries.update(insult_u_twins(entries))  # "fk u", "whats wrong with u"
    entries.update(should_twins(entries))  # "gays shud die", "muslims shld be deported"
    entries.update(plural_twins(entries))  # "vi spacco la faccia", "ve la faccio pagare"
    entries.update(dialect_twins(entries))  # "te meno", "ti sfascio la testa", "sei 'na merda"
    entries.update(reader_questions(entries))  # "che cazzo vuoi", "chi minchia sei"
    entries.update(harm_grid(entries))  # "andrebbero giustiziati", "vorrei giustiziare"
    entries.update(plural_orders(entries))  # "andate a quel paese", "state zitti"
    entries.update(stressed(entries))  # "fate tutti schifo", "fai veramente cagare"
    entries.update(chat_spellings(entries))  # "nn vali niente", "x colpa tua"
    # insults22: a container name-call run together ("pieceofshit", "sonofabitch").
    entries.update(i22.run_together_names(entries, common | frozenset(cue_words.get("word", ()))))
    for lang in langs:
        fitted = learned_entries(lang) if learned is None else learned.get(lang, ())
        for entry in fitted:
            entries.setdefault(entry.tokens, entry)
    shipped = dict(entries)
    # lexhyg12: an ordinary word ("boots", "rapped", "chiese") is never read as a typo.
    plain = frozenset(cue_words.get("word", ()))
    typos = misspellings(shipped, common | plain)
    words = frozenset(t[0] for t in shipped if len(t) == 1)
    typos.update(group_misspellings(cue_words, frozenset(typos) | common | words))
    names = cue_words.get("identity", set()) | cue_words.get("identity_adjective", set())
    ordinary = frozenset(typos) | common | words | frozenset(cue_words.get("word", ())) | names
    typos.update(short_group_misspellings(names, ordinary | frozenset(typos)))
    typos.update(short_group_doublings(names, ordinary | frozenset(typos)))  # "gaay", "jewss"
    said_of_group = add_probe3_words(cue_words, entries, typos, ordinary | frozenset(typos))
    said_of_group |= add_probe4_words(cue_words, entries)
    said_of_group |= add_probe5_words(cue_words, entries)
    said_of_group |= add_probe6_words(cue_words, entries)
    # spelling7 ("lsoer", "stabb", "anidiot"): the language's words, before a server's own
    # terms, as every server's layer shares them; better-profanity's words only as anchors.
    language = {entry.tokens: entry for entry in profanity_entries()} | entries
    # hatecheck53's words anchor no older phrase, and its parts ("faces of") get no typos.
    anchoring = words - h53.SINGLE_TERMS
    ours = hostile_anchors(language, lambda t: place(t, common, anchoring)[0]) - h53.UNSPELLED
    every_word = frozenset().union(*cue_words.values()) | ordinary | frozenset(typos)
    typos = more_misspellings(entries, every_word, ours) | typos
    # hatecheck11: "freks", "despis" (English only); every older table's reading first.
    typos = english_respellings(english_words(langs), every_word | frozenset(typos)) | typos
    # Only words no single entry holds: "whore" alone counts, so "whre" ("where") stays.
    spelled = (phrase_words(entries, ours) & english_phrase_words(langs)) - words
    typos = phrase_respellings(spelled, every_word | frozenset(typos)) | typos  # "be kiled"
    typos = five_letter_group_drops(english_names(langs), every_word | frozenset(typos)) | typos
    # hatecheck40: a vowel written as another in a long group name or hateful word
    # ("immigrunts", "parisites", "exterminoted"), and a hateful plural's "z"
    # ("savagez"); every older table's reading first.
    hateful = english_words(langs)
    taken = every_word | frozenset(typos)
    respelled = vowel_respellings(english_names(langs), hateful | spelled, taken)
    typos = respelled | plural_z_respellings(hateful, taken) | typos
    # gamechat33: a stray letter in a game-chat name-call ("iodiot", "uselees"), last.
    typos = flame_typos(every_word | frozenset(typos)) | typos
    typos = g_digit_spellings(entries, typos) | typos  # hatecheck46: "ni99ers", "fa66ots"
    # hatecheck49: a slur's plural, "z", "ph" or "ck" ("darkies", "fagz", "phaggots").
    typos = slur_spellings(entries, every_word | frozenset(typos)) | typos
    # hatecheck52: a plural's "z" doubled ("jewzz"); "fagz" read as "faggots".
    typos = typos | z_plural_spellings(typos, every_word | frozenset(typos))
    # hatecheck56: a name written by its sound ("mozlems", "joos", "wimmin", "blakks").
    typos = sound_spellings(english_names(langs), every_word | frozenset(typos)) | typos
    # italian51: Italian chat letters, a group's "-acci" and an insult's clipped last vowel
    # ("skifo", "stronxo", "muzulmani", "zingaracci", "ritardat"); older readings first.
    chat = i51.chat_respellings(
        i51.italian_words(langs),
        i51.italian_names(langs),
        i51.italian_insults(langs),
        every_word | frozenset(typos),
    )
    typos = chat | typos
    core = frozenset(cue_words.get("typo_core", ()))  # hatecheck16: "deathto", "killall"
    joined = joined_words(entries, every_word | frozenset(typos), ours, core)
    # gamechat9: a name-call run into the player it names ("noobteam", "stfunoob").
    joined = player_joined(entries, every_word | frozenset(typos)) | joined
    # hatecheck25: any two neighbouring words of a hostile phrase ("makeme sick").
    joined = phrase_joins(entries, every_word | frozenset(typos)) | joined
    add_probe7_words(cue_words, entries)  # group-only: no judging word to the other rules
    allowed_terms = tuple(allowed_terms)
    # The language's own lexicon, when a server's terms change it: the rules' vocabulary.
    language_only = _complete(dict(entries), langs) if custom_terms or allowed_terms else None
    entries.update(custom_entries(custom_terms or {}, defaults))
    # Starred-out spellings are read only as our own words, not the long tail of
    # variants in better-profanity's list ("f*ck" is "fuck", never "fack").
    maskable = {
        t[0]: e.weight
        for t, e in entries.items()
        if len(t) == 1 and t[0] not in TYPOS and t[0] not in MISSPELLINGS
    }
    _complete(entries, langs)
    allowed, allowed_words = allowed_entries(allowed_terms)
    entries.update(allowed)

    second = cues["second_person"]
    single_words = _single_words(entries)
    index: dict[str, list[tuple[int, Entry]]] = {}
    pairs: dict[tuple[str, str], list[tuple[int, Entry]]] = {}
    for tokens, entry in entries.items():
        key, position = place(tokens, common, single_words)
        if isinstance(key, str):
            index.setdefault(key, []).append((position, aimed(entry, second)))
        else:
            pairs.setdefault(key, []).append((position, aimed(entry, second)))
    anchors = _longest_first(index)
    pair_anchors = _longest_first(pairs)
    # Words read only beside a named group (group_only.py): the hateprobe3-6 words and
    # hatecheck24's "gun" are no known words to the other rules, which read them as before;
    # nor are the words of the rounds in _ROUNDS_OWN_TERMS ("character" of a label).
    labels = frozenset().union(*(only_anchoring(anchors, own) for own in _ROUNDS_OWN_TERMS))
    unknown = unknown_anchors(anchors, said_only(said_of_group, entries)) | labels
    known = (frozenset(anchors) - unknown) | common
    rule_words = known
    if language_only is not None:
        unknown = unknown_anchors(anchors, said_only(said_of_group, language_only)) | labels
        rule_words = (_word_keys(language_only, common) - unknown) | common
    kept = {w: weight for w, weight in maskable.items() if w not in allowed_words}
    # hatecheck11: a group's name split by a space ("mus lims", "immigr ants") is the group;
    # a word of ours split the same way is read first.
    split_pairs = split_pairs_of(dict.fromkeys(names, 1.0), known) | split_pairs_of(kept, known)
    split_keys = frozenset(split_pairs)
    hit_pairs = frozenset(pair for pair, items in pair_anchors.items() if has_category(items))
    pair_words = frozenset(pair_anchors)
    logger.debug(
        "lexicon built: %d entries, %d anchors, languages %s", len(entries), len(anchors), langs
    )
    lexicon = Lexicon(
        anchors=anchors,
        cues=cues,
        known_words=known,
        rule_words=rule_words,
        index_words=frozenset(anchors),
        hit_words=frozenset(word for word, items in anchors.items() if has_category(items)),
        pairs=pair_anchors,
        hit_pairs=hit_pairs,
        pair_words=pair_words,
        maskable=_by_length(kept),
        split_pairs=split_pairs,
        split_keys=split_keys,
        gate_pairs=hit_pairs | split_keys,
        pair_keys=pair_words | split_keys,
        typos=typos,
        typo_words=frozenset(typos) | frozenset(joined),
        group_first_words=gated_anchors(anchors, cues),
        joined=joined,
    )
    stages = _Stages(
        shipped=shipped,
        defaults=defaults,
        entries=entries,
        maskable=maskable,
        common=common,
        single_words=single_words,
    )
    return lexicon, stages


def language_key(languages: Iterable[str]) -> tuple[str, ...]:
    """The language set as the lexicon reads it: in order, each once, English if none."""
    return tuple(dict.fromkeys(languages)) or ("en",)


def custom_entries(
    custom_terms: Mapping[str, Category],
    defaults: Mapping[Category, tuple[float, TargetKind | None]],
) -> dict[tuple[str, ...], Entry]:
    """A server's own terms, with their category's file defaults (swearing stays weak)."""
    custom: dict[tuple[str, ...], Entry] = {}
    for term, category in custom_terms.items():
        tokens = tokenize_term(term)
        if tokens:
            weight, aim = defaults.get(category, (DEFAULT_WEIGHT, None))
            if category is Category.PROFANITY:
                weight = PROFANITY_WEIGHT
            custom[tokens] = Entry(term.strip().lower(), tokens, category, weight, aim)
    return custom


def allowed_entries(
    allowed_terms: Iterable[str],
) -> tuple[dict[tuple[str, ...], Entry], set[str]]:
    """A server's allowed terms, each an entry with no category, which claims its tokens
    from any hit; and their words, which starred-out spellings no longer match."""
    allowed: dict[tuple[str, ...], Entry] = {}
    allowed_words: set[str] = set()
    for term in allowed_terms:
        tokens = tokenize_term(term)
        if tokens:
            allowed[tokens] = Entry(term.strip().lower(), tokens, None, 0.0, None)
            allowed_words.update(tokens)
    return allowed, allowed_words


def aimed(entry: Entry, second: frozenset[str]) -> Entry:
    """A phrase that names the reader ("fuck you", "going to kill you") carries its own
    target, whoever says it ("I'm going to kill you")."""
    names_reader = entry.aim is None or (
        entry.aim is TargetKind.IMPERATIVE and entry.category is Category.THREAT
    )
    if names_reader and entry.category is not None and not second.isdisjoint(entry.tokens):
        return dataclasses.replace(entry, aim=TargetKind.SECOND_PERSON)
    return entry


def _complete(
    entries: dict[tuple[str, ...], Entry], langs: tuple[str, ...]
) -> dict[tuple[str, ...], Entry]:
    """better-profanity's words and the benign phrases, under what `entries` holds."""
    for entry in profanity_entries():
        entries.setdefault(entry.tokens, as_name(entry, entries))
    # Benign phrases never replace a category entry; allowed terms replace anything.
    for lang in langs:
        for entry in category_file(lang, None)[0]:
            entries.setdefault(entry.tokens, entry)
    return entries


def _single_words(entries: Mapping[tuple[str, ...], Entry]) -> frozenset[str]:
    """The one-word terms that score: a phrase is anchored on one of these when it can be.
    hatecheck53's "pay" and "bleed" anchor no older phrase ("do not pay taxes"
    keeps "taxes")."""
    words = frozenset(t[0] for t, e in entries.items() if len(t) == 1 and e.category)
    return words - h53.SINGLE_TERMS


def _word_keys(entries: Mapping[tuple[str, ...], Entry], common: frozenset[str]) -> frozenset[str]:
    """The single words the index files these entries under (their anchors)."""
    single_words = _single_words(entries)
    keys = (place(tokens, common, single_words)[0] for tokens in entries)
    return frozenset(key for key in keys if isinstance(key, str))


def as_name(entry: Entry, entries: Mapping[tuple[str, ...], Entry]) -> Entry:
    """A swear-word phrase built on one of our name-calls reads as that name-call.

    better-profanity lists compounds such as "fuck-tard" as plain profanity; the
    longer phrase would otherwise mask our stronger "tard" inside it.
    """
    if len(entry.tokens) < 2:
        return entry
    names = [
        entries[(token,)]
        for token in entry.tokens
        if (token,) in entries and entries[(token,)].category not in (None, Category.PROFANITY)
    ]
    if not names:
        return entry
    name = max(names, key=lambda e: e.weight)
    return Entry(entry.term, entry.tokens, name.category, name.weight, name.aim)


def _longest_first(
    index: Mapping[_K, list[tuple[int, Entry]]],
) -> dict[_K, tuple[tuple[int, Entry], ...]]:
    return {
        key: tuple(sorted(items, key=lambda item: -len(item[1].tokens)))
        for key, items in index.items()
    }


def _by_length(words: Mapping[str, float]) -> dict[int, tuple[tuple[str, float], ...]]:
    grouped: dict[int, list[tuple[str, float]]] = {}
    for word, weight in sorted(words.items()):
        grouped.setdefault(len(word), []).append((word, weight))
    return {length: tuple(group) for length, group in grouped.items()}


def has_category(items: Iterable[tuple[int, Entry]]) -> bool:
    return any(entry.category is not None for _, entry in items)


# --- one shared lexicon per language set, a server's terms layered on top ----------


@dataclass(frozen=True, slots=True)
class _Stages:
    """How a lexicon was compiled: what a layer needs to redo only the parts it changes."""

    shipped: dict[tuple[str, ...], Entry]  # the category files, first language wins
    defaults: Mapping[Category, tuple[float, TargetKind | None]]
    entries: Mapping[tuple[str, ...], Entry]  # every entry, as indexed (before aims)
    maskable: Mapping[str, float]  # before allowed terms took words out
    common: frozenset[str]
    single_words: frozenset[str]
