"""The names of the cue lists a lexicon folder may hold, and which rules read them.

Every name here is present in a compiled lexicon, possibly empty, so a rule may look
up any of them without a guard; the groups say which rule modules own which lists.
"""

from __future__ import annotations

# The cue lists of targeting_reader.py (shapes said to the reader); mostly lexicon words.
READER_CUES = (
    "sexual",
    "genital",
    "sexual_order",
    "reader_question",
    "intent",
    "machine",
    "suck_adverb",
    "identity_jab",
)


# The word lists of targeting_controls.py (issue 8's clean controls): lexicon words, not
# ordinary ones, so they stay out of the common words as name_noun and word do.
CONTROL_CUES = (
    *("reclaimed", "claim", "own", "dedication", "thing", "joke", "kidding", "only_kidding"),
    *("laugh", "fond_hate", "reflexive", "softener", "forbid", "wanting", "subordinator"),
)


# The words hateprobe3's rules read (claims, feelings, deniers, core words misspelt):
# kept out of the common words, so listing them changes no phrase anchor or other rule.
PROBE3_CUES = ("claim_end", "felt", "felt_end", "denier", "typo_core", "said_of_group")
# hateprobe4: virtues counted only when denied to a named group, and trust or respect
# only when the writer denies it to one (hateprobe4_words.py); hatred named by its
# gerund or infinitive and the words that approve of it.
PROBE4_CUES = ("praise_denied", "respect_denied", "hate_form", "approval")
# hateprobe5: harm a group is said to do, inability said of it, the skills denied,
# where it is told to stay and violence promised to it or its places of worship
# (hateprobe5_words.py, targeting_hateprobe5.py).
PROBE5_CUES = (
    *("group_ruin", "group_unable", "group_skill", "group_place", "group_harm"),
    "worship_place",
)
# hateprobe6: a group wished dead, shut out or denied a vote (hateprobe6_words.py).
PROBE6_CUES = ("dead6", "allowed6", "rights6")
# hateprobe7: a group kept from children or put in charge of ruin (hateprobe7_words.py).
PROBE7_CUES = ("kids7", "charge7")


# targeting_italian4.py: people in the plural ("quei ragazzi"), kept out of the known
# words so that a participle after them still describes them ("due ragazzi ammazzati").
ITALIAN4_CUES = ("people_plural",)


CUE_SECTIONS = (
    "second_person",
    "possessive",
    "group",
    "self",
    "object",
    "third_person",
    "negation",
    "reported",
    "counter",
    "okay",
    "gaming",
    "imperative",
    "modal",
    "copula",
    "article",
    "vocative",
    "interjection",
    "descriptive",
    "family",
    "dative",
    "stand_in",
    "opinion",
    "relative",
    "indefinite",
    "complement",
    "clause_opener",
    "endearing",
    "diminutive",
    "clitic",
    "speaker",
    "number",
    "identity",
    "identity_adjective",
    "people",
    "room",
    "person_noun",
    "negative_quantifier",
    "plural_pronoun",
    "hate_verb",
    "intensifier",
    "speaker_subject",
    "group_noun",
    "accusation",
    "real_life",
    "denial",
    "role",
    "expletive",
    "third_copula",
    "demonstrative",
    "role_determiner",
    "person_pronoun",
    "singular_pronoun",
    "name_noun",
    "partitive",
    "saying",
    "link",
    "speech_order",
    "wishing",
    "every",
    "subjectless",
    "relative_subject",
    "harm_verb",
    "plural_verb",
    "participle",
    "bridge",
    "function",
    "common",
    "word",
    "curse",
    *PROBE3_CUES,  # targeting_hateprobe3.py, core_typos.py
    *PROBE4_CUES,  # targeting_hateprobe4.py, hateprobe4_words.py
    *PROBE5_CUES,  # targeting_hateprobe5.py, hateprobe5_words.py
    *PROBE6_CUES,  # targeting_hateprobe6.py, hateprobe6_words.py
    *PROBE7_CUES,  # targeting_hateprobe7.py, hateprobe7_words.py
    *ITALIAN4_CUES,  # targeting_italian4.py
    "poor_play",  # targeting_gamechat5.py
    "lone_call",  # targeting_gamechat5.py
    # English-only sections: listed so that a server scoring Italian alone reads them empty.
    "order_opener",
    "compound_group",
    "gendered_plural",
    *READER_CUES,
    *CONTROL_CUES,
)
# Unions the scorer asks of every message that reaches its slow path, built once per
# compiled lexicon (lexicon_compile.py) so that every server's scorer shares them.
GROUP_NAMED = "group_named"  # identity words, the room, "rom" and places of worship
PRAISE_ANY = "praise_any"  # praise_denied and respect_denied (hateprobe4)
