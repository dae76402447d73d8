"""Direct quotes as triples, found apart from who they resolve to (:mod:`speakers` resolves them).

Each quote becomes a triple: its *content* (the quoted words), its *cue* (what marks them as said: a
reporting verb, "according to", a colon, a transcript label) and its *source* (the head of the phrase
naming who said them), read from the parse and the layout. A quote with no cue of its own *follows*
another quote (same paragraph, the paragraph before, an open quote carried over) by a declared rule.
Finding reads no resolution: it asks the referents only which tokens are part of a name and which
characters are quoted, so a better resolver can be swapped in behind the same triples.

Every way of finding is a rule of the registry (``quotes.*``, ``repairs.*``), recorded on the Doc where
it applied.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise, takewhile
from typing import Any

from reportgen.brief.model import BODY_TYPES
from reportgen.extract import lexicon
from reportgen.extract.grammar import (
    ANY_SUBJECTS,
    POSSESSIVE_MARKS,
    SUBJECTS,
    according_to,
    possessive_apostrophe,
    tree_of,
)
from reportgen.extract.layout import QuoteSpan, children_of, layout_of, sentence_of
from reportgen.extract.names import name_word
from reportgen.extract.nlp import GLUED_MARK as GLUED_MARK_PATTERN
from reportgen.extract.rules import Rule, fire, rule

WORD = re.compile(r"\w+")
_MIN_QUOTE_WORDS = 4
#: Tokens between a quote and a reporting verb beyond which the verb is another sentence's business.
_NEARBY = 12


@dataclass(frozen=True)
class QuoteTriple:
    """One quote, what marks it as said, and the head token of the phrase naming its source."""

    quote: QuoteSpan
    cue: str | None
    source: int | None
    rule: Rule
    follows: int | None = None  # position of the earlier (or later) triple whose speaker it takes



# --- finding rules -------------------------------------------------------------------------------

GLUED_MARK = rule(
    "repairs.glued-quote-mark", "A quotation mark typed without its space (“paranoia,”Ruiz said”, "
    "“said,“Look”) is split from the words it touches before parsing (``nlp.GLUED_MARK``), so the "
    "quote ends and its speaker is a word of their own.",
    examples=[("Ana Ruiz runs the port. \"We will keep the harbour open this winter and beyond,\"Ruiz said.",
               {"quote": "keep the harbour", "speaker": "Ana Ruiz"}),
              ("Ana Ruiz runs the port. “We will keep the port open this winter and beyond,”Ruiz said.",
               {"quote": "We will keep the port", "speaker": "Ana Ruiz"}),
              ("Ana Ruiz runs the port. Ruiz said,“Look, we will keep the port open this winter.”",
               {"quote": "we will keep the port", "speaker": "Ana Ruiz"})],
    counter=[("Ana Ruiz runs the port. “ We will keep the port open this winter and beyond, ” Ruiz said.",
              {"quote": "We will keep the port", "speaker": "Ana Ruiz"}),
             ("Tomas Reyes is 5'2\" tall. “He will steer the ferry this winter and beyond,” Ana Ruiz said.",
              {"quote": "He will steer the ferry", "speaker": "Ana Ruiz"})])

TITLE_ABBREVIATION = rule(
    "repairs.title-abbreviation", "The full stop of an abbreviated title before a name (“1st Lt. Ana "
    "Ruiz”, “Det. Jo Reyes”) ends no sentence (``nlp.title_stops``): the parser cut the name from its "
    "title, and the name then stood between a quote and the next one.",
    examples=[("“We held the bridge for a week,” said Air Force 1st Lt. Ana Ruiz. “Nobody slept.”",
               {"quote": "Nobody slept", "speaker": "Ana Ruiz"}),
              ("“We held the bridge for a week,” said Army 2nd Lt. Jo Reyes. “Nobody slept.”",
               {"quote": "Nobody slept", "speaker": "Jo Reyes"})],
    counter=[("Ana Ruiz was promoted to Col. A ceremony followed on Friday. “It was a proud day,” she said.",
              {"quote": "It was a proud day", "speaker": "Ana Ruiz"}),
             ("“We held the bridge for a week,” said Ana Ruiz, a lieutenant. “Nobody slept.”",
              {"quote": "Nobody slept", "speaker": "Ana Ruiz"})])

SCARE_QUOTE = rule(
    "quotes.scare-quote", "A quoted phrase of fewer than four words inside a sentence is a term, not "
    "a statement.", effect="-",
    examples=[("The minister called the plan a “historic step” for the region.",
               {"no_quote": "historic step"})],
    counter=[("“Absolutely not,” said Ana Ruiz.", {"quote": "Absolutely not", "speaker": "Ana Ruiz"}),
             ("Rui Costa runs the bakery. “And after that,” Costa said, “we will see.”",
              {"quote": "we will see", "speaker": "Rui Costa"})])
JOINING_VERB = rule(
    "quotes.joining-verb", "A reporting verb with an object and “to” that joins or counts things (“which "
    "added 4.20 euros to bills”; speech.yaml joining_verbs) reports nothing.", effect="-",
    examples=[("Tariffs\n\nAna Ruiz defended the decision, which added 4.20 euros to monthly bills, as “the "
               "only lawful option we had.”", {"quote": "the only lawful option", "speaker": "Ana Ruiz"})],
    counter=[("Tariffs\n\n“It was the only lawful option we had,” Ana Ruiz added.",
              {"quote": "the only lawful option", "speaker": "Ana Ruiz"})])
PASSIVE_REQUEST = rule(
    "quotes.passive-request", "A reporting verb in the passive with “to” and a verb after it (“the company "
    "had been asked to provide figures”, “residents were told to leave”) says what someone was asked to do: "
    "its subject is the one asked, no speaker; a quote in its clause is the words of whoever reports "
    "it.",
    effect="-",
    examples=[("Salmon farms\n\nAna Ruiz said the company had been asked three times to provide new "
               "modelling and had submitted figures that covered “only part of the year.”",
               {"quote": "only part of the year", "speaker": "Ana Ruiz"})],
    counter=[("Tenant\n\nLena Ortiz was told by her landlord, Mark Dunn, to “pack your bags and go.”",
              {"quote": "pack your bags and go", "speaker": "Mark Dunn"}),
             ("Salmon farms\n\nThe company was asked about the figures. “They cover the whole year,” it "
              "said.",
              {"quote": "They cover the whole year", "speaker": None})])
NAMED_NOT_SAID = rule(
    "quotes.named-not-said", "Words after “so-called”, “known as”, “dubbed” or “titled” are a name, "
    "not something said.", effect="-",
    examples=[("The group, known as “the Harbour Watch Volunteers of Calder”, met on Monday.",
               {"no_quote": "Harbour Watch"})],
    counter=[("“The harbour watch will meet on Monday,” said Ana Ruiz.", {"quote": "harbour watch",
                                                                        "speaker": "Ana Ruiz"})])
DATELINE_SUBJECT = rule(
    "quotes.dateline-not-subject", "A dateline the parser made a subject (“OSLO, May 2 (Nordwire) - The "
    "board released a statement, offering ...”) never speaks: the verb's other subject does.",
    examples=[("GLASGOW, July 25 (UPI) — The Harbour Board released a statement at the outset of the "
               "party’s convention Monday, offering “a deep and sincere apology” to Tomas Reyes after leaked "
               "emails showed staff favoring Ana Ruiz.", {"quote": "a deep and sincere apology",
                                                          "speaker": "Harbour Board"})],
    counter=[("GLASGOW, July 25 (UPI) — Ana Ruiz, who chairs the Harbour Board, said on Monday the board "
              "owed the crews “a deep and sincere apology” for the delays.",
              {"quote": "a deep and sincere apology", "speaker": "Ana Ruiz"})])
FRONTED_PLACE = rule(
    "repairs.fronted-place-subject", "A place after a sentence's opening preposition is where the words were "
    "said, though the parser made it the verb's subject and left the preposition empty (“In Aden, where "
    "..., a spokesman, Ali Babiker, described the talks as “...””): the speaker is the last person named "
    "before the verb, or nobody; never the place.",
    examples=[("Abyei, an oil-rich area claimed by both countries, remains the harder problem.\n\nIn Aden, "
               "where the government moved after fighting engulfed Khartoum, a foreign ministry spokesman, "
               "Ali Babiker, described the talks as “positive, frank and focused on practical steps.”",
               {"quote": "positive, frank", "speaker": "Ali Babiker"})],
    counter=[("Abyei remains the harder problem.\n\nIn Aden, a foreign ministry spokesman, Ali Babiker, "
              "described the talks as “positive, frank and focused on practical steps.”",
              {"quote": "positive, frank", "speaker": "Ali Babiker"})])
PAUSED_THEN_CUE = rule(
    "repairs.subject-of-verb-before-cue", "“She paused, then added: “...”” parsed with “paused” a clause "
    "reported by “added” (or “added” an unlabelled dependent of “paused”): the subject of that verb before "
    "the comma, which has no object, is the cue's own, when the cue has none.",
    examples=[("Salt\n\nAna Ruiz studies salinity. “The delta is sinking,” Ruiz said. She paused, then "
               "added: “In twenty years, this land will not be farmland.”",
               {"quote": "In twenty years", "speaker": "Ana Ruiz"})],
    counter=[("Salt\n\nAna Ruiz studies salinity. “The delta is sinking,” Ruiz said. Tom Vale paused, then "
              "Ruiz added: “In twenty years, this land will not be farmland.”",
              {"quote": "In twenty years", "speaker": "Ana Ruiz"})])
GOVERNING_CUE = rule(
    "quotes.governing-cue", "The reporting verb the quote depends on in the parse names its speaker "
    "(its subject; for what a text says or a body concluded inside a person's report, the reporting "
    "person).",
    examples=[("“We will win the vote on Friday,” Ana Ruiz said.",
               {"quote": "We will win", "speaker": "Ana Ruiz"}),
              # two subjects in the parse: the one that can speak ("Berea, OH," is a place)
              ("Primary\n\nTuesday at Marlow Wallace University in Berea, OH, after winning Ohio in the "
               "Republican presidential primary, Gov. Tom Vale (R-OH), said, “I am getting ready to rent a "
               "covered wagon.”",
               {"quote": "I am getting ready", "speaker": "Tom Vale"}),
              ("Breach\n\nIn a blog post published late on Tuesday, Harbourly’s co-founder and chief "
               "executive, Maya Okoro, apologised to customers and said the firm had “no evidence that any "
               "of this data has been misused”.", {"quote": "no evidence that any", "speaker": "Maya Okoro"}),
              ("Harbour\n\nAna Ruiz runs the port. The vote prompted Ruiz to say, \"Nobody in this town will "
               "be left behind this winter.\"", {"quote": "Nobody in this town", "speaker": "Ana Ruiz"}),
              ("Convention\n\nAna Ruiz spoke first. As the crowd began to chant, Ruiz was joined on stage by "
               "Tom Okafor and joked, \"You are being ridiculous, all of you, and you know it.\"",
               {"quote": "You are being ridiculous", "speaker": "Ana Ruiz"}),
              ("Ana Ruiz said: “We will win the vote on Friday.”",
               {"quote": "We will win", "speaker": "Ana Ruiz"}),
              ("Then came the loudest cheer of the night. “It is about time we had a woman running this "
               "harbour,” exhorted Ruiz's introducer, actress Tessa Vane.",  # the one owned, not the owner
               {"quote": "It is about time", "speaker": "Tessa Vane"}),
              ("Tomas Reyes warned that the port “will close within a week.”",
               {"quote": "will close within", "speaker": "Tomas Reyes"}),
              ("Profile\n\nAna Ruiz spent six years at the port. Tomas Reyes, who managed her team there, "
               "remembers an engineer who was “impatient with meetings and patient with problems.”",
               {"quote": "impatient with meetings", "speaker": "Tomas Reyes"}),  # speech.yaml: remember
              ("Ana Ruiz said the Harbour Board had agreed to reopen the port after “long and difficult "
               "talks” with the crews.", {"quote": "long and difficult", "speaker": "Ana Ruiz"}),
              ("Ana Ruiz said the Harbour Board had said in a statement that the port was “unsafe for the "
               "crews.”", {"quote": "unsafe for the crews", "speaker": "Harbour Board"}),  # said, not decided
              ("Ana Ruiz met the board on Monday. Ruiz said Tomas Reyes had called the harbour plan “a "
               "reckless gamble with the town's money.”",
               {"quote": "a reckless gamble", "speaker": "Tomas Reyes"}),
              ("Mayor Ana Ruiz called the harbour plan “a reckless gamble with the town's money.”",
               {"quote": "a reckless gamble", "speaker": "Ana Ruiz"}),
              ("When Tomas Reyes called the plan reckless, Ana Ruiz shot back, “The plan pays for itself "
               "within five years.”", {"quote": "The plan pays", "speaker": "Ana Ruiz"}),
              ("Tomas Reyes rallied the crowd by warning that the port “will close within a week.”",
               {"quote": "will close within", "speaker": "Tomas Reyes"}),
              ("Tomas Reyes spoke first. The rejection of the treaty signals \"the beginning of the end\" "
               "for the union, said Ana Ruiz, founder of the Calder Party.",
               {"quote": "the beginning of the end", "speaker": "Ana Ruiz"}),
              ("Ana Ruiz met Tomas Reyes on Monday. Ruiz said she believes Reyes wrote the letter himself, "
               "calling it “a cheap trick by a desperate man.”",
               {"quote": "a cheap trick", "speaker": "Ana Ruiz"}),
              ("Harbour row\n\nTomas Reyes cannot say that “from his point of view,” Ana Ruiz added, saying "
               "it should be “up to the harbour board to move forward or not.”",
               {"quote": "up to the harbour board", "speaker": "Ana Ruiz"}),
              ("Peter Hale and Tomas Okafor met voters on Monday. Of Hale, Okafor, who has given money to "
               "Reyes, said, “He is flat-out scary, a good man but totally vapid.”",
               {"quote": "flat-out scary", "speaker": "Tomas Okafor"}),
              ("Later in the show, Tomas Reyes stated of the scandal that the report “wasn’t good.” Adding, "
               "“Now, like with all scandals, what they actually do is never that bad.”",  # no subject:
               {"quote": "like with all scandals", "speaker": "Tomas Reyes"}),  # the one reporting before
              # the quote a second predicate of a verb with an object of its own: the reporter's words
              ("Martin Oakes, defending, said Tom Pryce had been unable to work since the crash, had written "
               "a letter of apology to the family and \"will live every day with what he has done.\"",
               {"quote": "will live every day", "speaker": "Martin Oakes"})])
STATED_POSITION = rule(
    "quotes.stated-position", "A verb that voices a position (“made the point that”, “voiced the fear "
    "that”, “made clear that”; speech.yaml voicing_verbs, stated_nouns, stating_adjectives) reports its "
    "clause, like “said that”: a quote in the clause is the verb's subject's.",
    examples=[("Security\n\nTom Gale made the point that Ana Ruiz's plan would make the port “a toll road "
               "for the rich” by next year.", {"quote": "a toll road", "speaker": "Tom Gale"}),
              ("Mills\n\nTomas Reyes voiced the fear that the mills would be “gone within a year.”",
               {"quote": "gone within a year", "speaker": "Tomas Reyes"}),
              ("Strike\n\nAna Ruiz made clear that the union would “never back down on pay.”",
               {"quote": "never back down", "speaker": "Ana Ruiz"})],
    counter=[("Strike\n\nAna Ruiz made the decision that the union would “never back down on pay.”",
              {"quote": "never back down"}),
             ("Strike\n\nThe crews asked Ana Ruiz to make it clear “that the union will never back down.”",
              {"quote": "the union will never"}),
             ("Strike\n\nAna Ruiz expressed the hope that Tom Gale would keep his promise to “never back "
              "down on pay, whatever the cost.”", {"quote": "never back down"}),
             ("Strike\n\nAna Ruiz made the point that Tom Gale had promised the union would “never back down "
              "on pay, whatever the cost.”", {"quote": "never back down"}),
             ("Plant\n\nAna Ruiz did not make clear whether the plant would “stay open beyond next year "
              "under any owner.”", {"quote": "stay open beyond"})])
AS_PUT_IT = rule(
    "quotes.as-put-it", "“As X put it” in the quote's sentence names X.",
    examples=[("The singer came back on Friday. As Ana Ruiz put it, “Hello, it’s the singer again.”",
               {"quote": "Hello, it’s the singer", "speaker": "Ana Ruiz"}),
              ("Ana Ruiz says the chair has done a fine job. That's because, as she puts it, \"the best "
               "thing we have going for us\" is that rates stayed low.",
               {"quote": "the best thing we have", "speaker": "Ana Ruiz"})],
    counter=[("Ana Ruiz put it on the table: “Nobody pays more this winter.”",
              {"quote": "Nobody pays more", "speaker": "Ana Ruiz"})])
CAME_FROM = rule(
    "quotes.came-from", "A sentence right after a quote that says its words came from someone (“That "
    "warning came from Chileshe Phiri, an agronomist”, “The remark, made to journalists in the lobby, came "
    "from the petroleum minister, Gabriel Deng Atem”) or were voiced by them (“That concern was raised by "
    "Tomás Echeverría”) names the speaker.",
    examples=[("Drought\n\n“Every day without rain now is a day of yield we will not get back.” That warning "
               "came from Chileshe Phiri, an agronomist at the Zambia Agriculture Research Institute.",
               {"quote": "Every day without rain", "speaker": "Chileshe Phiri"}),
              ("Snow\n\n\"The science is excellent. The question is whether an operator can use it.\" That "
               "concern was raised by Tomás Echeverría, a former state forecaster.",
               {"quote": "The science is excellent", "speaker": "Tomás Echeverría"})],
    counter=[("Robocall\n\n“Before you vote, ask yourself who you trust,” Reid Ribble says in the call. The "
              "call is being paid for by Our Principles PAC.",
              {"quote": "Before you vote", "speaker": "Reid Ribble"}),
             ("Drought\n\nChileshe Phiri, an agronomist, spoke first.\n\n“Every day without rain now is a "
              "day of yield we will not get back.” The rain came from the west on Friday.",
              {"quote": "Every day without rain", "speaker": "Chileshe Phiri"})])
INVERTED_CUE = rule(
    "quotes.inverted-cue", "A reporting verb right after the closing mark, followed by its subject "
    "(“...?” asked Tomas Reyes), names the speaker, whatever verb the parse hung the quote on.",
    examples=[("If the board is indeed sinking the ferry plan through a quiet campaign against the unions — "
               "as many pilots believe, and unions are alleging, but the board strongly denies — “why "
               "wouldn’t you want to raise the potential for an inquiry?” asked Tomas Reyes, now a partner "
               "at a shipping firm.", {"quote": "why wouldn’t you", "speaker": "Tomas Reyes"}),
              ("Speech row\n\n“The speech was a success,” read the statement, which was attributed to "
               "Meredith Mills.", {"quote": "The speech was a success", "speaker": "Meredith Mills"}),
              ("Radio talk\n\nBrad Thor wants a debate. “Imagine Brad Thor going up against Trump and "
               "Clinton on the same stage,” mused Blaze co-host Stu Burguiere.",
               {"quote": "Imagine Brad Thor", "speaker": "Stu Burguiere"})],
    counter=[("Ana Ruiz called the plan “a fair deal for every family in town,” told the board to sign it "
              "and left.", {"quote": "a fair deal", "speaker": "Ana Ruiz"})])
NEARBY_CUE = rule(
    "quotes.nearby-cue", "A reporting verb next to the quote in the same sentence names its speaker "
    "when the parse does not link them.",
    examples=[("“Nobody tells me how to run my own bakery.” Brannigan wrote in the notice on the shop door "
               "that the lease had ended.", {"quote": "how to run", "speaker": "Brannigan"}),
              ("Storm\n\n“The pitch is not safe after the storm!” Ana Ruiz warned fans on Monday.",
               {"quote": "The pitch is not safe", "speaker": "Ana Ruiz"}),  # an object that is a listener
              ("Bellwether\n\nThat record prompted Tom Hale’s Almanac of Port Elections, which examines "
               "harbour towns, to state, “Calder is the most reliable bellwether of port elections in the "
               "country.”",
               {"quote": "Calder is the most", "speaker": "Tom Hale"}),  # "state" tagged as a noun
              ("“We have had better seasons than this one,” harbour pilot Tom Okafor, wearing a red cap and "
               "“Save the Port” pins, said calmly.", {"quote": "better seasons", "speaker": "Tom Okafor"})],
    counter=[("Tomas Reyes, in two interviews on Monday, referred to the mayor as “the most valuable player” "
              "of the self-described Harbour Liberation Front.",  # half of a hyphened adjective is no cue
              {"quote": "the most valuable player", "speaker": "Tomas Reyes"}),
             ("Primary rows\n\nAna Ruiz, who runs the harbour PAC, has cheered the strikers online with "
              "notes like \"The port will win this fight and the board knows it.\" Tomas Reyes has also "
              "announced a kind of solidarity with the strikers.",  # the next verb says something of its own
              {"quote": "The port will win", "speaker": "Ana Ruiz"})])
ACCORDING_TO = rule(
    "quotes.according-to", "“According to X” in the quote's sentence names X.",
    examples=[("According to Ana Ruiz, the budget is “a disaster for every family in Calder.”",
               {"quote": "disaster for every family", "speaker": "Ana Ruiz"}),
              ("Fees\n\nThe board will keep fees “at the current level for now,” at least until June, "
               "according to Tomas Reyes.", {"quote": "at the current level", "speaker": "Tomas Reyes"})],
    counter=[("Ana Ruiz ran the shop for years. Her email said: “Is the Harbour Store open on Sunday?” The "
              "Harbour Store is a gift shop, according to Tomas Reyes.",
              {"quote": "Is the Harbour Store", "speaker": "Ana Ruiz"})])
_TRANSCRIPT_WITH_CITATION = (
    "Grid failures\n\nMinister Ada Okafor told presenter Funmi Cole that she was to blame.\n\nHOST: Three "
    "blackouts in four months. Who is responsible?\n\nOKAFOR: I don’t defend it. A trader told me, ‘We pay "
    "for light we do not see.’ She is right, and we will fix the meters by March.\n\nHOST: Will you "
    "resign?\n\nOKAFOR: I met the union on Tuesday.\n\nBut let me say this: a strike hurts the poor people "
    "the union defends.\n\nHOST: Thank you, Minister.")
NEAREST_SUBJECT = rule(
    "quotes.nearest-subject", "Of two subjects the parser gave a reporting verb, the one next to it speaks; "
    "the one set off by commas before it names something else (“Speaking to the club's channel, City TV, "
    "Pryce-Llewelyn said ...”).",
    examples=[("Transfer\n\nCaerwen City have sold Wales winger Ioan Pryce-Llewelyn to Holmsworth "
               "Rovers.\n\nSpeaking to the club's in-house channel, City TV, Pryce-Llewelyn said leaving was "
               "\"the hardest decision of my life\".",
               {"quote": "the hardest decision", "speaker": "Ioan Pryce-Llewelyn"})],
    counter=[("Transfer\n\nWales winger Ioan Pryce-Llewelyn, 21, said leaving was \"the hardest decision of "
              "my life\".", {"quote": "the hardest decision", "speaker": "Ioan Pryce-Llewelyn"})])
SPEAKER_LABEL = rule(
    "quotes.speaker-label", "A name before a colon that opens the paragraph is the speaker "
    "(transcripts, interviews, lists of reactions).",
    examples=[("RUIZ: We will not sign this deal, and the union knows why.\n\n"
               "Ana Ruiz: “We will not sign this deal, and the union knows why.”",
               {"quote": "We will not sign", "speaker": "Ana Ruiz"}),
              ("Ana Ruiz: “We will not sign this deal.” Peter Hale: “Then the port closes on Friday.”",
               {"quote": "Then the port closes", "speaker": "Peter Hale"}),
              # a transcript without quotation marks: each turn is its speaker's (layout.transcript_turns),
              # and "HOST" the one the intro calls the presenter (people.yaml office_synonyms)
              ("Grid failures\n\nMinister Ada Okafor told presenter Funmi Cole that she was to blame.\n\n"
               "HOST: Three blackouts in four months. Who is responsible?\n\nOKAFOR: Ultimately, I am. The "
               "network was built for less.\n\nHOST: Will you resign?\n\nOKAFOR: That is for the President.",
               {"quote": "Ultimately, I am", "speaker": "Ada Okafor"}),
              ("Grid failures\n\nMinister Ada Okafor told presenter Funmi Cole that she was to blame.\n\n"
               "HOST: Three blackouts in four months. Who is responsible?\n\nOKAFOR: Ultimately, I am. The "
               "network was built for less.\n\nHOST: Will you resign?\n\nOKAFOR: That is for the President.",
               {"quote": "Will you resign", "speaker": "Funmi Cole"}),
              # a turn citing someone inside the answer stays the speaker's; a paragraph with no label
              # between two turns goes on with the one before (previous-paragraph, continues)
              (_TRANSCRIPT_WITH_CITATION, {"quote": "I don’t defend it", "speaker": "Ada Okafor"}),
              (_TRANSCRIPT_WITH_CITATION, {"quote": "a strike hurts the poor", "speaker": "Ada Okafor"}),
              # a print interview labelled by the surname the intro names, in title case
              ("Lithium\n\nMining Minister Javiera Ferrada spoke to the Andean Review (AR).\n\nAR: When will "
               "the bill go to Congress?\n\nFerrada: We will send it in March.\n\nAR: Do you have the "
               "votes?\n\nFerrada: Not yet. We are three votes short.",
               {"quote": "Not yet. We are three votes short", "speaker": "Javiera Ferrada"})],
    counter=[("Road news\n\nUPDATE: The bridge is open again after the storm.\n\nThe council thanked the "
              "crews.", {"no_quote": "The bridge is open"}),
             # title-case headings the text names nobody by are no speakers
             ("Budget\n\nThe council met on Monday.\n\nBackground: The levy rose in 2024.\n\nOutlook: Rates "
              "will rise again.\n\nBackground: The council has 40 members.",
              {"no_quote": "Rates will rise again"})])
QUOTED_LABEL = rule(
    "quotes.quoted-label", "A transcript turn set inside quotation marks opens with its speaker's label "
    "(“RAMOS: Did you lie to them?”): the label is the speaker.",
    examples=[("Interview\n\nAnchor Jorge Vela questioned Senator Ana Ruiz on Wednesday night about the "
               "attack.\n\n\"VELA: Did you lie to the families about the attack?\n\n\"RUIZ: I feel a great "
               "deal of sympathy for the families.",
               {"quote": "I feel a great deal", "speaker": "Ana Ruiz"})],
    counter=[("Interview\n\nAna Ruiz said: \"NATO: that is the answer to every question we face.\"",
              {"quote": "that is the answer", "speaker": "Ana Ruiz"})])
TRANSCRIPT_INTRO = rule(
    "quotes.transcript-intro", "Quoted paragraphs after “Transcript as follows:” are the speech of the one "
    "reported speaking just before the intro.",
    examples=[("Victory speech\n\nGovernor Tom Vale said he would stay in the race.\n\nTranscript as "
               "follows:\n\n\"Tonight we arrived in Cleveland, and we went to a restaurant to grab a quick "
               "meal.\n\n\"We are now up 400,000 jobs and our pensions are secure.\"",
               {"quote": "We are now up 400,000", "speaker": "Tom Vale"})],
    counter=[("Victory speech\n\nGovernor Tom Vale said he would stay in the race.\n\n\"Tonight we arrived "
              "in Cleveland, and we went to a restaurant to grab a quick meal,\" a supporter wrote online.",
              {"quote": "Tonight we arrived", "speaker": None})])
DASH_CREDIT = rule(
    "quotes.dash-credit", "A name after a dash that follows a quote is its speaker (lists of reactions).",
    examples=[("“It was a disgrace from start to finish.” — Ana Ruiz, 34, Tucson",
               {"quote": "It was a disgrace", "speaker": "Ana Ruiz"}),
              ("Convention notes\n\n\"Nobody told us the vote had moved to Tuesday.\" -Anna Marsh, Dayton.",
               {"quote": "Nobody told us", "speaker": "Anna Marsh"}),
              ("Debate claims\n\n\"We cut the deficit twice in four years.\"\n\n- Tom Reyes.\n\nThat is true "
               "only if you count the loan.", {"quote": "We cut the deficit", "speaker": "Tom Reyes"}),
              ("Market day\n\n“Prices have doubled.”\n\n— Maria Costa, a shopper at the Vila market, who "
               "added: “I buy less now.”", {"quote": "Prices have doubled", "speaker": "Maria Costa"}),
              ("‘Judge me by the megawatts’ – Power Minister Okafor on blackouts and tariffs\n\nMinister Ada "
               "Okafor said the grid would carry 10,000 megawatts by 2028.",
               {"quote": "Judge me by the megawatts", "speaker": "Ada Okafor"})],
    counter=[("Residents were divided.\n\n— Olga Brandt, a baker: “The rent is too high.”\n\n"
              "— Kofi Mensah, a driver: “The buses are always late.”",
              {"quote": "The rent is too high", "speaker": "Olga Brandt"}),
             ("Zoning\n\n“It blocks the light.”\n\n— Ana Kowal, who has lived on Elm Lane for 40 years: “We "
              "were never asked.”", {"quote": "We were never asked", "speaker": "Ana Kowal"}),
             ("Harbour\n\nAna Ruiz spoke first. “We will not pay a penny more this year.” -Tuesday, 4 March.",
              {"quote": "We will not pay", "speaker": "Ana Ruiz"}),
             ("Debate claims\n\nTom Reyes spoke last. \"We cut the deficit twice in four years.\"\n\n"
              "-- Figures from the state treasury follow.",
              {"quote": "We cut the deficit", "speaker": "Tom Reyes"})])
COLON_INTRO = rule(
    "quotes.colon-intro", "A lead-in ending in a colon names the speaker of the quote after it (its "
    "subject, or the one name it holds).",
    examples=[("Here is Ana Ruiz at the rally in June: “Nobody in this town will be left behind.”",
               {"quote": "Nobody in this town", "speaker": "Ana Ruiz"}),
              ("Tobago\n\nWe asked people how the disruption is affecting them.\n\nKenrick \"Stumpy\" "
               "Alleyne, 58, fisherman, Charlotteville:\n\"When the cargo boat doesn't come, I stay in.\"",
               {"quote": "When the cargo boat", "speaker": 'Kenrick "Stumpy" Alleyne'}),
              ("The timing of Ana Ruiz’s comeback does not surprise pollster Tom Hale: “Lesser-known "
               "candidates who win early contests often get the biggest boost.”",  # a thing cannot speak
               {"quote": "Lesser-known candidates", "speaker": "Tom Hale"}),
              ("Poll digest\n\nPOLLS NOT WRONG, JUST EARLY - Maria Gonzalez and David Miller: “The surveys "
               "caught the late shift among younger voters in the final week.”",
               {"quote": "The surveys caught", "speaker": "Maria Gonzalez"}),
              ("Harbour row\n\nAna Ruiz spoke first. Ruiz, after a long question from Tomas Reyes: “We will "
               "not pay a penny more this year.”", {"quote": "not pay a penny", "speaker": "Ana Ruiz"}),
              ("Poll digest\n\nPollsters agree - Karl Brand: “Turnout will decide it, as it always does.”",
               {"quote": "Turnout will decide", "speaker": "Karl Brand"})])
CLAUSE_SUBJECT = rule(
    "quotes.clause-subject", "A quote inside a clause with another verb (“rejected X as ‘...’”) is the "
    "clause subject's.",
    examples=[("Ana Ruiz rejected the new bridge as “a monument to wasted money and broken promises.”",
               {"quote": "a monument to wasted", "speaker": "Ana Ruiz"})],
    counter=[("“Many laws are broad enough to catch a lot of activity,” Ana Ruiz added. But that’s not the "
              "same thing as “properly chargeable under the law.”",  # a thing as subject: she goes on
              {"quote": "properly chargeable", "speaker": "Ana Ruiz"})])
REFUSED_COMMENT = rule(
    "quotes.refused-comment", "A reporting verb under a refusal (“declined to comment”, “refused to say”; "
    "speech.yaml refusal_verbs) is no cue: the quote before it is someone else's.",
    examples=[("Deal\n\nAccording to a person familiar with the matter, Cerrado has held talks on a deal "
               "worth “somewhere around US$300 million.” The company declined to comment.",
               {"quote": "somewhere around", "speaker": None})],
    counter=[("Deal\n\n“We have held talks,” the company said. It declined to name the buyer.",
              {"quote": "We have held talks", "speaker": None})])
QUOTED_AS_SAYING = rule(
    "quotes.quoted-as-saying", "The object of “quoted ... as saying” (speech.yaml quoting_verbs) is who "
    "speaks, not the subject that quotes them (“..., the statement quoted Mrs Adesina as saying”).",
    examples=[("Prize\n\nFolake Adesina founded the prize. “Goodwill does not pay rent,” the statement "
               "quoted Mrs Adesina as saying.",
               {"quote": "Goodwill does not pay rent", "speaker": "Folake Adesina"}),
              ("Talks\n\nThe agency quoted Foreign Minister Tomas Halvorsen as saying: “We will not sign.”",
               {"quote": "We will not sign", "speaker": "Tomas Halvorsen"})],
    counter=[("Talks\n\nTomas Halvorsen quoted the treaty as saying that “no party may withdraw”.",
              {"quote": "no party may withdraw", "speaker": "Tomas Halvorsen"})])
NAME_SET_BEFORE_VERB = rule(
    "quotes.name-set-before-verb", "Where the parser lost the reporting verb's subject, a person's full name "
    "set off by commas right before the verb (“In a statement read by the family's lawyer, Ana Ruiz, the "
    "victim's mother, Rosa Diaz, said ...”) is who speaks, not a name earlier in the sentence.",
    examples=[("In a statement read outside the courthouse by the family's attorney, Marcus Bell, Mayfield's "
               "mother, Gloria Mayfield, said the ruling was \"the first time anyone has listened to us.\"",
               {"quote": "the first time anyone", "speaker": "Gloria Mayfield"})],
    counter=[("“We are not there yet,” Gene Roe, a Clinton adviser, said on Tuesday.",
              {"quote": "We are not there yet", "speaker": "Gene Roe"})])
OWNER_NOT_SPEAKER = rule(
    "quotes.owner-not-speaker", "Where the parser lost the reporting verb's subject, a name owning the "
    "phrase before the verb (“Qatar's Minister of State, Khalid Al-Thani, told reporters”) is not the "
    "speaker when a name follows it in that phrase.",
    examples=[("Truce extended as talks end\n\nDoha (AFP) - Sudan and Chad agreed on Wednesday to extend a "
               "fragile truce by 30 days, mediators said.\n\n\"There has been real movement on humanitarian "
               "access and on the exchange of prisoners, but the core issues remain unresolved,\" Qatar's "
               "Minister of State for Foreign Affairs, Faisal bin Saad Al-Kuwari, told reporters at the "
               "close of the talks.",
               {"quote": "There has been real movement", "speaker": "Faisal bin Saad Al-Kuwari"})],
    counter=[("Truce extended\n\n“We are not there yet, and we will need more time,” said Oman's foreign "
              "ministry in a statement.",
              {"quote": "We are not there yet", "speaker": "Oman's foreign ministry"})])
POSSESSOR = rule(
    "quotes.possessor", "A quote given as what someone's statement, email or response says is the "
    "possessor's.",
    examples=[("Ana Ruiz's email to the council ended with a warning that the port “will not reopen "
               "before the summer.”", {"quote": "will not reopen", "speaker": "Ana Ruiz"})])
SAME_PARAGRAPH = rule(
    "quotes.same-paragraph", "A quote with no cue continues the speaker of the nearest attributed quote "
    "in its paragraph when nobody else is named between them.",
    examples=[("“We tried everything,” Ana Ruiz said. “The money was simply not there this year.”",
               {"quote": "The money was simply", "speaker": "Ana Ruiz"}),
              ("“It was unfair,” said Sara Walker, a nurse. She plans to vote for Tomas Reyes next month. "
               "“All she went through, and they made her a victim.”",  # a name she only mentions
               {"quote": "All she went through", "speaker": "Sara Walker"})],
    counter=[("“We tried everything,” Ana Ruiz said. “The money was simply not there,” Tomas Reyes said.",
              {"quote": "The money was simply", "speaker": "Tomas Reyes"})])
PREVIOUS_PARAGRAPH = rule(
    "quotes.previous-paragraph", "A paragraph that is only a quote continues the last quote of the "
    "paragraph before when nobody else is named after it.",
    examples=[("“We tried everything,” Ana Ruiz said.\n\n“The money was simply not there this year.”",
                {"quote": "The money was simply", "speaker": "Ana Ruiz"})])
QUESTION_TURN = rule(
    "quotes.question-turn", "In an exchange of questions and answers, a paragraph that is only a question "
    "put to someone (“Did you log it?”) is the turn of whoever asked the question before the last answer, "
    "not the answerer's (whose own “How could we ...?” goes on).",
    examples=[("Pilot questioned\n\n“Did you check the fuel?” lawyer Rosa Pike asked.\n\n“Yes, twice,” "
               "pilot Karl Odin replied.\n\n“Did you log it?”",
               {"quote": "Did you log it", "speaker": "Rosa Pike"})],
    counter=[("Pilot questioned\n\n“Did you check the fuel?” lawyer Rosa Pike asked.\n\n“Yes, twice,” "
              "pilot Karl Odin replied.\n\n“I checked it myself.”",
              {"quote": "I checked it myself", "speaker": "Karl Odin"}),
             ("Minister grilled on radio\n\n“Will the hospital close?” presenter Anna Berg asked.\n\n"
              "“Absolutely not,” Health Minister Omar Haddad said.\n\n"
              "“How could we close the only hospital?”",
              {"quote": "How could we close", "speaker": "Omar Haddad"})])
INTRODUCED_BEFORE = rule(
    "quotes.introduced-before", "A paragraph that is only a quote is the words of the person the "
    "paragraph before ends on (its last subject, or a lead-in ending in a colon).",
    examples=[("Tomas Reyes, the harbour master, was blunt about the delays.\n\n"
               "“Nobody told us the cranes would stop working in winter.”",
               {"quote": "Nobody told us", "speaker": "Tomas Reyes"})])
REPORTED_BEFORE = rule(
    "quotes.reported-before", "A paragraph that is only a quote is the words of whoever the last sentence "
    "of the paragraph before reports (its main reporting verb's named subject).",
    examples=[("The Harbour Board issued a statement on Monday apologising to the ferry crews.\n\n"
               "“We regret the delays and will pay every crew member in full.”",
               {"quote": "We regret the delays", "speaker": "Harbour Board"}),
              ("If anything, Ana Ruiz argued in her email, the vote shows why the rules must change.\n\n"
               "“Nobody on the council was told the count had been moved to Friday.”",
               {"quote": "Nobody on the council", "speaker": "Ana Ruiz"}),
              ("The Harbour Board issued a statement apologizing to the crews for the emails, which "
               "included staff suggesting someone should question the crews' loyalty.\n\n“We offer a deep "
               "and sincere apology to every crew.”",  # past the participles, and the possessive mark
               {"quote": "We offer a deep", "speaker": "Harbour Board"}),
              ("Ferry row\n\nAt the mayor’s request, the Harbour Board issued a statement apologizing to the "
               "crews for emails that questioned Reyes’ loyalty.\n\n“On behalf of everyone at the board, we "
               "want to offer a deep and sincere apology to the crews.”",  # a possessive the tagger missed
               {"quote": "On behalf of everyone", "speaker": "Harbour Board"})],
    counter=[("Residents who wrote to the council saying the ferry was late were ignored.\n\n"
              "“Nobody on the council was told the count had been moved to Friday.”",
              {"quote": "Nobody on the council", "speaker": None})])
SENTENCE_SUBJECT = rule(
    "quotes.sentence-subject", "A quote with no cue after a sentence about someone is that person's.",
    examples=[("Tomas Reyes shook his head. “Nobody told us the cranes would stop working in winter.”",
               {"quote": "Nobody told us", "speaker": "Tomas Reyes"}),
              ("Harbour minister Ana Ruiz arrived late. The minister said the fares would stay. “Nobody "
               "pays more this winter.”", {"quote": "Nobody pays more", "speaker": "Ana Ruiz"}),
              # the reporter goes on, not the person her reported clause is about
              ("Former treasurer Tom Vale was sentenced on Monday.\n\nProsecutor Ana Ruiz told the court "
               "that Vale had used the money to buy two boats. “Every one of those transfers was signed off "
               "by the defendant himself.”",
               {"quote": "Every one of those transfers", "speaker": "Ana Ruiz"}),
              # a title standing for its holder ("the Governor was categorical")
              ("Rates\n\nCentral Bank Governor Ana Ruiz said the cut was modest.\n\nAsked about the "
               "election, the Governor was categorical. “The board did not receive any request. Full stop.”",
               {"quote": "The board did not receive", "speaker": "Ana Ruiz"})])
RUNS_ON = rule(
    "quotes.runs-on", "A quote left open at the end of a paragraph is the speaker's named in the next "
    "paragraph, where it goes on.",
    examples=[("“We tried everything to keep the line open\n\n“and the money was not there,” said Ana Ruiz.",
               {"quote": "We tried everything", "speaker": "Ana Ruiz"})])
PULL_QUOTE = rule(
    "quotes.pull-quote", "A paragraph that is only a quote opening on an ellipsis and ending with no stop "
    "is a heading or pull quote: it continues nobody's words.", effect="-",
    examples=[("“We will not close the port,” Ana Ruiz said.\n\n“… prevent the ferries from leaving the "
               "harbour”\n\nThe board met on Monday.", {"quote": "prevent the ferries", "speaker": None})],
    counter=[("“We will not close the port,” Ana Ruiz said.\n\n“… and the ferries will keep leaving the "
              "harbour.”", {"quote": "the ferries will keep", "speaker": "Ana Ruiz"})])
CARRIED_OVER = rule(
    "quotes.carried-over", "A paragraph that opens with a quote after a paragraph whose quote was left "
    "open (no closing mark: the quote goes on) continues that quote, whatever a later sentence of the "
    "paragraph reports.",
    examples=[("Harbour master Tomas Reyes said: “We tried everything to keep the line open.\n\n“The money "
               "was simply not there.” Ana Ruiz meanwhile said the fares would stay.",
               {"quote": "The money was simply", "speaker": "Tomas Reyes"})],
    counter=[("Harbour master Tomas Reyes said: “We tried everything to keep the line open.”\n\n“The money "
              "was simply not there,” Ana Ruiz said on Monday.",
              {"quote": "The money was simply", "speaker": "Ana Ruiz"})])

# --- finding -------------------------------------------------------------------------------------

@dataclass
class _Context:
    """What finding needs of the document, computed once."""

    doc: Any
    text: str
    quotes: list[QuoteSpan]
    paragraphs: list[tuple[int, int]]
    paragraph_tokens: list[list[Any]]
    sentences: list[Any]
    named: Any  # index: actor_at(i) says whether a token is part of a name

    @cached_property
    def term_marks(self) -> frozenset[int]:
        """Where the marks of short quoted terms stand (“Save the Port” pins): not a statement's end."""
        return frozenset(i for q in self.quotes if _is_term(self.text, q, self.paragraphs)
                         for i in (q.start - 1, q.end))

    @cached_property
    def lead_ins(self) -> dict[int, list[Any]]:
        """Each quote's colon lead-in (:func:`_lead_in`) by where the quote starts: two rules read it."""
        return {}

    @cached_property
    def sentence_starts(self) -> list[int]:
        return [s.start_char for s in self.sentences]

    def in_quote(self, token: Any) -> bool:
        return self.named.in_quote(token.idx)

    def sentence_at(self, char: int) -> Any | None:
        k = bisect_right(self.sentence_starts, char) - 1
        return self.sentences[k] if k >= 0 else None

    def sentences_of(self, quote: QuoteSpan) -> list[Any]:
        """The sentences the quote stands in, and the one right after it when the splitter cut
        after the closing mark ("“Will you?” Ruiz asked." is one sentence)."""
        first = max(bisect_right(self.sentence_starts, quote.start) - 1, 0)
        found = []
        for k in range(first, len(self.sentences)):
            if self.sentences[k].start_char >= quote.end:
                break
            if quote.start < self.sentences[k].end_char:
                found.append(k)
        if found and found[-1] + 1 < len(self.sentences):
            after = self.sentences[found[-1] + 1]
            para_end = self.paragraphs[quote.paragraph][1]
            if after.start_char <= quote.end + 3 and after.start_char < para_end:
                found.append(found[-1] + 1)
        return [self.sentences[k] for k in found]


def find_triples(doc: Any, quotes: list[QuoteSpan], names: Any) -> list[QuoteTriple]:
    """Every statement in quotation marks with its cue and source (see the module docstring).

    ``names`` is only asked which tokens are part of a name (``actor_at``) and which characters are
    quoted (``in_quote``): finding reads no resolution."""
    layout = layout_of(doc)
    context = _Context(doc, layout.text, quotes, layout.paragraphs, layout.paragraph_tokens, layout.sentences,
                       names)
    kept = [q for q in quotes if _is_statement(doc, context, q)]
    for quote in kept:
        _note_glued(doc, context.text, quote)
    triples: list[QuoteTriple | None] = [_cued(context, q) for q in kept]
    for triple in triples:
        if triple is not None and triple.source is not None:
            _note_title_abbreviation(doc, triple)
    numbers = [q.paragraph for q in kept]  # in text order: a paragraph's quotes are a slice
    for k in range(1, len(kept)):
        weak = triples[k] is None or triples[k].rule is NEARBY_CUE  # type: ignore[union-attr]
        # the open quote must have a speaker of its own (else it takes this one's: quotes.runs-on)
        if kept[k - 1].open_end and kept[k - 1].paragraph == kept[k].paragraph - 1 and weak \
                and triples[k - 1] is not None \
                and _opens_paragraph(context, kept[k]):
            triples[k] = _follow(doc, kept[k], k - 1, CARRIED_OVER)
    for k in range(len(kept)):
        if triples[k] is None:
            triples[k] = _follower(context, kept, triples, k, numbers)
    return [t if t is not None else QuoteTriple(q, None, None, UNFOUND) for q, t in zip(kept, triples,
                                                                                          strict=True)]


UNFOUND = Rule("quotes.none", "No cue and nothing to follow.")


def _note_glued(doc: Any, text: str, quote: QuoteSpan) -> None:
    """Record :data:`GLUED_MARK` where the tokenizer split one of the quote's marks from a word: where
    the repair's own pattern (``nlp.GLUED_MARK``) matches at the opening or the closing mark."""
    opening = quote.start - 1
    while opening > 0 and text[opening].isspace():  # the span's own spaces are trimmed
        opening -= 1
    marks = (opening,) if quote.open_end else (opening, quote.end)
    if any(_GLUED.search(text, max(i - 1, 0), i + 2) for i in marks):
        fire(doc, GLUED_MARK, quote.start, quote.end)


_GLUED = re.compile(GLUED_MARK_PATTERN)


def _note_title_abbreviation(doc: Any, triple: QuoteTriple) -> None:
    """Record :data:`TITLE_ABBREVIATION` where the source's name follows an abbreviated title whose full
    stop ``nlp.title_stops`` kept from ending the sentence."""
    assert triple.source is not None
    layout = layout_of(doc)
    texts, lowers = layout.texts, layout.lowers
    for i in range(max(triple.source - 4, 2), min(triple.source + 4, len(doc))):
        if texts[i - 1] == "." and lowers[i - 2] in lexicon.TITLE_ABBREVIATIONS \
                and not doc[i - 2].whitespace_ and doc[i].is_sent_start is False:
            fire(doc, TITLE_ABBREVIATION, triple.quote.start, triple.quote.end)
            return


def _is_statement(doc: Any, context: _Context, quote: QuoteSpan) -> bool:
    text = context.text
    if _is_term(text, quote, context.paragraphs):
        fire(doc, SCARE_QUOTE, quote.start, quote.end)
        return False
    before = text[max(quote.start - 30, 0):quote.start].lower()
    if any(re.search(rf"\b{re.escape(w)}\s*[\"“‘']?$", before) for w in lexicon.NAMING_WORDS):
        fire(doc, NAMED_NOT_SAID, quote.start, quote.end)
        return False
    return True


def _is_term(text: str, quote: QuoteSpan, paras: list[tuple[int, int]]) -> bool:
    """A quoted phrase of fewer than four words that is no whole utterance: a term, not a statement."""
    return len(WORD.findall(quote.text_of(text))) < _MIN_QUOTE_WORDS and not _standalone(text, quote, paras)


def _standalone(text: str, quote: QuoteSpan, paras: list[tuple[int, int]]) -> bool:
    """A short quote that is a whole utterance (“Absolutely not,” she said) rather than a scare quote."""
    words = quote.text_of(text).rstrip()
    if not words or words[-1] not in ",.!?":
        return False
    before = text[paras[quote.paragraph][0]:quote.start - 1].rstrip()
    if before.endswith(",") and words[-1] in ".!?" and any(m in before[-40:] for m in "”\""):
        return True  # the second half of a split quote: “And after that,” Costa said, “we will see.”
    return not before or before[-1] in ".!?:”\""


def is_mark(token: Any) -> bool:
    """A quotation mark; never the apostrophe of a plural possessive ("the crews' pay"), also when the
    tagger missed it ("Sanders’ faith" with no single quote opened before it in the sentence)."""
    if token.tag_ == "POS" or possessive_apostrophe(token):
        return False
    return token.is_quote or token.text in ("“", "”", "‘", "’", '"', "'", "«", "»")


def _inside(token: Any, quote: QuoteSpan) -> bool:
    return quote.start <= token.idx < quote.end


def _cued(context: _Context, quote: QuoteSpan) -> QuoteTriple | None:
    """The triple of a quote that has a cue of its own, by the first finding rule that applies."""
    for find in (_quoted_label, _inverted_cue, _colon_credit, _headline_colon_name, _governing_cue,
                 _speaker_label, _dash_credit,
                 _as_put_it, _came_from, _nearby_cue, _according_to, _transcript_intro, _colon_intro,
                 _clause_subject):
        triple = find(context, quote)
        if triple is not None:
            return triple
    return None


def _frame(context: _Context, quote: QuoteSpan) -> list[Any]:
    """Tokens of the quote's sentences, in its paragraph, outside any quotation."""
    para = context.paragraphs[quote.paragraph]
    tokens = [t for s in context.sentences_of(quote) for t in s]
    return [t for t in tokens if para[0] <= t.idx < para[1] and not context.in_quote(t) and not is_mark(t)
            and not t.is_space]


def _attachments(context: _Context, quote: QuoteSpan) -> list[tuple[Any, bool]]:
    """Tokens outside the quote that its words hang on in the parse (``True``), then frame tokens
    that hang on its words (``False``: a "said" the parser made a child of the quoted verb)."""
    heads: list[Any] = []
    children: list[Any] = []
    for sent in context.sentences_of(quote):
        for token in sent:
            head = token.head
            if _inside(token, quote) and not _inside(head, quote) and not context.in_quote(head) \
                    and not is_mark(head) and head not in heads:
                heads.append(head)
            elif not _inside(token, quote) and not context.in_quote(token) and _inside(head, quote) \
                    and not is_mark(token) and token not in children:
                children.append(token)
    return [(t, True) for t in heads] + [(t, False) for t in children if t not in heads]


def is_cue_verb(token: Any, characterising: bool = False) -> bool:
    """A reporting verb used as the attribution ("said", "told", "wrote"), not a participle modifier;
    with ``characterising``, also a verb that puts quoted words on its object ("called him a “...”")."""
    verbs = lexicon.REPORTING_VERBS | (lexicon.CHARACTERISING_VERBS if characterising else frozenset())
    lemma = token.lemma_.lower()
    particle = lexicon.REPORTING_PARTICLES.get(lemma)  # "shot back", "weighed in"
    # "prompted the Atlas to state, “...”": an infinitive the tagger took for a noun
    children = children_of(token)
    infinitive = token.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
    if (token.pos_ not in ("VERB", "AUX") and not infinitive) or (lemma not in verbs and not (
            particle and any(c.dep_ in ("prt", "advmod") and c.lower_ == particle for c in children))):
        return False
    participle = token.tag_ == "VBN" or (token.tag_ == "VBD" and token.is_sent_start)  # "Asked ..., he"
    modifier = token.dep_ in ("advcl", "acl") \
        and not any(c.dep_ in SUBJECTS | {"aux", "auxpass"} for c in children)
    # "warned that Russia would respond ‘...’", "Comey cannot say that ...": a speech act that has not
    # happened quotes nobody
    denied = _unreal(children) or refused(token)
    # "which added 4.20 euros to bills": a verb of joining, not of speech (speech.yaml joining_verbs)
    joining = lemma in lexicon.JOINING_VERBS and any(c.dep_ == "dobj" for c in children) \
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in children)
    if joining:
        fire(token.doc, JOINING_VERB, token.idx, token.idx + len(token.text))
    # "the company had been asked to provide figures that ...": an instruction to its subject, no speech
    requested = any(c.dep_ == "auxpass" for c in children) and any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in children_of(c))
        for c in children) and not any(c.dep_ == "agent" for c in children)  # ("told by Mark Dunn to ...")
    if requested:
        fire(token.doc, PASSIVE_REQUEST, token.idx, token.idx + len(token.text))
    denied = denied or joining or requested
    # "the self-described Islamic State", "a much-quoted line": half of a hyphened adjective
    compound = token.i > 0 and token.doc[token.i - 1].text in ("-", "‑") \
        and not token.doc[token.i - 1].whitespace_
    return not (participle and modifier) and not denied and not compound


def _unreal(children: list[Any], asked: bool = False) -> bool:
    """A speech act that has not happened: under a modal ("warned that Russia would respond ‘...’"),
    negated ("did not make clear"), with ``asked`` also only asked for ("asked her to make it clear")."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and (
        (asked and c.lower_ == "to") or (c.tag_ == "MD" and c.lower_ not in ("can", "ca"))))
        for c in children)


def refused(token: Any) -> bool:
    """``REFUSED_COMMENT``: "The company declined to comment": a refused speech act quotes nobody."""
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in lexicon.REFUSAL_VERBS


def _inverted_cue(context: _Context, quote: QuoteSpan) -> QuoteTriple | None:
    """See INVERTED_CUE: the first word after the closing mark (past a comma, question or exclamation
    mark or dash) is a reporting verb whose subject follows it."""
    doc = context.doc
    sentence = context.sentence_at(quote.end)
    if sentence is None:
        return None
    for token in doc[sentence.start:sentence.end + 4]:
        if token.idx < quote.end or token.i >= len(doc):
            continue
        if is_mark(token) or token.text in (",", "?", "!", "—", "–") or token.is_space:
            continue
        if token.idx > quote.end + 4 or not is_cue_verb(token):
            return None
        subjects = [c for c in token.children if c.dep_ in ANY_SUBJECTS and c.i > token.i
                    and not context.in_quote(c)]
        # "“...,” read the statement", "“...,” mused co-host Stu Burguiere": the parser takes the
        # inverted subject for an object (never "told X": the listener)
        subjects = subjects or [c for c in token.children if c.dep_ == "dobj" and c.i > token.i
                                and not context.in_quote(c)
                                and token.lemma_.lower() not in lexicon.ADDRESSEE_VERBS
                                and (c.lemma_.lower() in lexicon.DOCUMENT_NOUNS
                                     or context.named.actor_at(c.i) is not None)]
        return _triple(context, quote, token.text, subjects[0], INVERTED_CUE) if subjects else None
    return None


def _governing_cue(context: _Context, quote: QuoteSpan) -> QuoteTriple | None:
    """The reporting verb the quote depends on (nearest first), else one hanging on the quoted words
    with a subject of its own ("“...,” she said" parsed upside down), with its subject."""
    candidates: list[tuple[bool, int, Any]] = []
    stated: set[int] = set()  # verbs that report through a position they voice
    for token, governs in _attachments(context, quote):
        # (the quoted word that hangs on ``token``: "voiced the fear that the mills would be “gone ...”")
        below = next((c for c in token.children if _inside(c, quote)), None) if governs else None
        spoken = False  # passed someone's own words on the way up ("Gale had promised", "his promise")
        for candidate in _ancestors(token):
            if context.in_quote(candidate):
                break
            if candidate is token and governs and _coordinated_only(quote, token):
                continue  # "had written a letter to the family and “will live ...”": a second deed
            voicing = _voicing(context, candidate, below) if governs and not spoken else None
            voicing = _voiced(voicing) if voicing is not None else None
            if voicing is not None and not context.in_quote(voicing):
                stated.add(voicing.i)
                candidates.append((False, _distance(voicing, quote), voicing))
                break
            if is_cue_verb(candidate, characterising=governs):
                if governs or _own_subject(context, candidate) is not None:
                    candidates.append((not governs, _distance(candidate, quote), candidate))
                break
            word = candidate.lemma_.lower()
            spoken = spoken or word in lexicon.REPORTING_VERBS or (
                candidate.pos_ == "NOUN" and (word in lexicon.SPEECH_NOUNS or word in lexicon.STATED_NOUNS)) \
                or (candidate.pos_ in ("VERB", "AUX") and _person_subject(context, candidate))
            below = candidate
    if not candidates:
        return None
    candidates.sort(key=lambda c: (c[0], c[1]))
    for _, _, verb in candidates:
        subject = _subject(context, verb)
        while subject is not None:
            # "X said Y's tweet saying ... meant '...'": what a tweet or report says is reported by
            # whoever reports it, when a reporting verb further up has someone as its subject; so is
            # what a body or a country concluded ("Pompeo said Washington had concluded it was “...”")
            higher = next((v for v in list(_ancestors(verb))[1:] if is_cue_verb(v)
                           and not context.in_quote(v)), None)
            higher_subject = _subject(context, higher) if higher is not None else None
            concluded = verb.lemma_.lower() in lexicon.VERDICT_VERBS  # (never "the Board had said ...")
            if higher_subject is None or (_animate(context, subject) and not (
                    concluded and _body(context, subject) and _person(context, higher_subject))):
                break
            verb, subject = higher, higher_subject
        if subject is not None:
            found_by = STATED_POSITION if verb.i in stated else GOVERNING_CUE
            return _triple(context, quote, verb.text, subject, found_by)
    return _triple(context, quote, candidates[0][2].text, None, GOVERNING_CUE)


def _voicing(context: _Context, token: Any, below: Any | None) -> Any | None:
    """``STATED_POSITION``: the verb that voices the clause ``below`` hangs in, when ``token`` is a
    position it voices ("made the point that ...", "voiced the fear that ...") or "made clear that ...",
    also where the parser hung the clause on the verb or on the adjective."""
    if below is None or below.i < token.i or below.dep_ not in ("acl", "ccomp", "advcl"):
        return None
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma in lexicon.STATED_NOUNS and token.dep_ == "dobj" \
            and token.head.pos_ == "VERB" and token.head.lemma_.lower() in lexicon.VOICING_VERBS:
        return token.head  # "made the point that", "expressed the hope that"
    if token.pos_ == "ADJ" and token.lower_ in lexicon.STATING_ADJECTIVES and token.head.pos_ == "VERB" \
            and token.head.lemma_.lower() == "make":
        return token.head  # "made it plain that"
    if token.pos_ == "VERB" and lemma in lexicon.VOICING_VERBS and below.dep_ == "ccomp" and any(
            c.i < below.i and ((c.dep_ == "dobj" and c.lemma_.lower() in lexicon.STATED_NOUNS and not any(
                k.dep_ in ("acl", "relcl") and _person_subject(context, k) for k in c.children))
                               or (lemma == "make" and c.lower_ in lexicon.STATING_ADJECTIVES))
            for c in token.children):
        return token  # "made clear that", "made the point, ..., that" (never "the point that Tom Gale had
        # promised ...", the parser's clause of the noun a named person's)
    return None


def _person_subject(context: _Context, verb: Any) -> bool:
    """``verb`` has a named person as its own subject ("that Tom Gale would keep his promise to “...”": the
    words may be his)."""
    return any(c.dep_ in SUBJECTS and (actor := context.named.actor_at(c.i)) is not None
               and actor.type == "person" for c in verb.children)


def _voiced(verb: Any) -> Any | None:
    """``verb``, unless it voices nothing yet: asked for, or under a modal ("asked her to make it clear
    “that ...”": the askers' words, not hers)."""
    return None if _unreal(children_of(verb), asked=True) else verb  # (nor "did not make clear whether")


def _animate(context: _Context, subject: Any) -> bool:
    """A subject that can speak: a name, a pronoun, a person or body noun (not a tweet or report)."""
    return context.named.actor_at(subject.i) is not None or subject.pos_ in ("PROPN", "PRON") \
        or subject.lower_ in lexicon.TITLE_WORDS or subject.lower_ in lexicon.AGENT_NOUNS \
        or subject.lower_ in lexicon.ANONYMOUS_NOUNS or subject.lower_ in lexicon.SPOKES_NOUNS \
        or subject.lemma_.lower() in lexicon.ORG_WORDS


def _body(context: _Context, subject: Any) -> bool:
    """An organisation, a country or a group, named or described ("the ministry")."""
    actor = context.named.actor_at(subject.i)
    if actor is not None:
        return actor.type in BODY_TYPES
    return subject.pos_ == "NOUN" and subject.lemma_.lower() in lexicon.ORG_WORDS


def _person(context: _Context, subject: Any) -> bool:
    """A person, named or as "he"/"she"."""
    actor = context.named.actor_at(subject.i)
    return (actor is not None and actor.type == "person") or subject.lower_ in ("he", "she")


def _own_subject(context: _Context, verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ in ANY_SUBJECTS and not context.in_quote(c)), None)


def _coordinated_only(quote: QuoteSpan, verb: Any) -> bool:
    """The quoted words hang on ``verb`` only as a second predicate with no subject of its own ("had written
    a letter and “will live every day with it”"): they are no words the verb reports, but more of what its
    reporter says (never "had written a letter and “I am deeply ashamed”": the letter's words)."""
    hanging = [c for c in verb.children if _inside(c, quote) and not c.is_punct]
    return bool(hanging) and all(c.dep_ == "conj" and not any(s.dep_ in SUBJECTS for s in c.children)
                                 for c in hanging) \
        and any(c.dep_ == "dobj" and not _inside(c, quote) for c in verb.children)


def _ancestors(token: Any) -> Iterable[Any]:
    """``token`` and its heads up to the root of its sentence."""
    seen = 0
    while seen < 40:
        yield token
        if token.head.i == token.i:
            return
        token = token.head
        seen += 1


def _distance(token: Any, quote: QuoteSpan) -> int:
    if token.idx >= quote.end:
        return token.idx - quote.end
    return max(quote.start - token.idx, 0)


#: Dependencies of a verb that shares its head's subject ("said ... and added", "noting ..., said")
_SHARES_SUBJECT = frozenset({"conj", "xcomp", "advcl", "pcomp", "parataxis"})


def _subject(context: _Context, verb: Any) -> Any | None:
    """The subject of a reporting verb, through "X said ... and added", "X shot back, saying",
    "X was quoted as saying", "X issued a statement saying" and an inverted "said X". Climbing never
    takes the subject of a verb inside what is reported ("said the bill was waylaid by voters, and
    argued ...": not "voters")."""
    quoted = _quoted_as(context, verb)
    if quoted is not None:
        fire(context.doc, QUOTED_AS_SAYING, quoted.idx, verb.idx + len(verb.text))
        return quoted  # "the statement quoted Mrs Adesina as saying": the one quoted
    token = verb
    for _ in range(8):
        skip = context.in_quote(token) or (token is not verb and _reported_outside(context, token))
        subjects = _subjects_outside_furniture(context, token)
        agents = [g for c in children_of(token) if c.dep_ == "agent"
                  for g in children_of(c) if g.dep_ == "pobj"]
        # "Ruiz was asked by host Tom Okafor, “...”": the asker speaks; but a verb that shares the subject
        # ("Ruiz was joined by Tom Okafor and joked, “...”") shares the subject, not the agent
        if agents and not skip and token is verb and not any(c.dep_ == "nsubj" for c in subjects):
            return agents[0]
        if subjects and not skip:
            # two subjects ("said Army Capt. Ana Ruiz", "The rejection ... signals “...”, said Ana Ruiz"):
            # the name, not the rank or the thing
            # (and one that can speak: "in Berea, OH, ... Gov. John Kasich (R-OH), said" parsed with "OH")
            # (or one a name is set beside: "Acme's co-founder, Ana Ruiz, said" split at the hyphen)
            subject = min(subjects, key=lambda t: (
                not any(c.dep_ == "appos" and _names_someone(context, c) for c in children_of(t)),
                is_title_word(t), context.named.actor_at(t.i) is None, not _names_someone(context, t)))
            if subject.pos_ == "ADP":  # "Of Hale, Ruiz, who ..., said" parsed with "Of" as the subject:
                return _speaker_after_topic(subject) or subject  # the topic is Hale, Ruiz speaks
            if _fronted_place(subject, token):
                named = _person_before(context, subject.i + 1, token)
                fire(context.doc, FRONTED_PLACE, subject.idx, subject.idx + len(subject.text))
                return named
            return subject
        before = _subject_before_cue(context, token) if token is verb else None
        if before is not None:
            return before  # "She paused, then added: ..."
        if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN") and token.head.head.i != token.head.i:
            token = token.head.head  # "issued a statement saying ...": who issued it
            continue
        controlled = token.dep_ == "xcomp" and not skip \
            and token.head.lemma_.lower() in lexicon.OBJECT_CONTROL_VERBS
        controller = next((c for c in children_of(token.head) if c.dep_ == "dobj" and not context.in_quote(c)
                           and _names_someone(context, c)), None) if controlled else None
        if controller is not None:
            return controller  # "prompted Ana Ruiz to state, “...”": the one prompted says it
        if (skip or token.dep_ in _SHARES_SUBJECT) and token.head.i != token.i:
            token = token.head  # "Roe, noting the size of the crowd, said": "said" hangs on "noting"
            continue
        if token.dep_ == "prep" and token.head.pos_ in ("VERB", "AUX"):
            token = token.head  # "rallied supporters by warning that ...": who rallied them
            continue
        if token.dep_ in ("pobj", "pcomp") and token.head.dep_ == "prep":
            token = token.head.head  # "drew boos upon saying ...": who drew them
            continue
        root = token.sent.root
        if token.tag_ == "VBG" and token.i > 0 and token.doc[token.i - 1].text == "," and root.i != token.i \
                and not context.in_quote(root) and not is_mark(root):
            token = root  # "shared the news, writing “...”" with "writing" misparsed: who shared it
            continue
        break
    return _lost_subject(context, verb) or _reporter_before(context, verb)


def _subject_before_cue(context: _Context, verb: Any) -> Any | None:
    """``PAUSED_THEN_CUE``: the subject of an object-less verb the parser made a clause of the cue
    ("She paused, then added:"), set before it with a comma between."""
    doc = context.doc
    clause = next((c for c in children_of(verb) if c.dep_ == "ccomp" and c.i < verb.i
                   and c.pos_ == "VERB" and not context.in_quote(c)), None)
    if clause is None and verb.dep_ == "dep" and verb.head.i < verb.i and verb.head.pos_ == "VERB" \
            and not context.in_quote(verb.head):
        clause = verb.head  # (or the cue hung on that verb as an unlabelled dependent)
    if clause is None or not any(t.text == "," for t in doc[clause.i + 1:verb.i]) \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in children_of(clause)):
        return None
    subject = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.lower_ in ("he", "she", "they") or _names_someone(context, subject)):
        return None
    fire(doc, PAUSED_THEN_CUE, subject.idx, verb.idx + len(verb.text))
    return subject


def _quoted_as(context: _Context, token: Any) -> Any | None:
    """``QUOTED_AS_SAYING``: the object of "quoted X as saying" when ``token`` is its "quoted" or its
    "saying"."""
    verb = token.head.head if token.dep_ in ("pcomp", "pobj") and token.head.lower_ == "as" else token
    if verb.lemma_.lower() not in lexicon.QUOTING_VERBS \
            or not any(c.dep_ == "prep" and c.lower_ == "as" for c in children_of(verb)):
        return None
    return next((c for c in children_of(verb) if c.dep_ == "dobj" and not context.in_quote(c)
                 and _names_someone(context, c)), None)


def _fronted_place(subject: Any, verb: Any) -> bool:
    """``FRONTED_PLACE``: the subject stands right after a preposition of the verb left with no object of
    its own ("In [Port Sudan], ... a spokesman, Ali Babiker, described")."""
    before = subject.left_edge.i - 1
    if before < 0:
        return False
    preposition = subject.doc[before]
    return preposition.dep_ == "prep" and preposition.head.i == verb.i \
        and preposition.lower_ in lexicon.LOCATIVE_PREPOSITIONS \
        and not any(c.dep_ in ("pobj", "pcomp") for c in preposition.children)


def _person_before(context: _Context, start: int, verb: Any) -> Any | None:
    """The last person named outside quotes from ``start`` up to the verb."""
    for token in reversed(context.doc[start:verb.i]):
        actor = context.named.actor_at(token.i)
        if actor is not None and actor.type == "person" and not context.in_quote(token):
            return token
    return None


def _reporter_before(context: _Context, verb: Any) -> Any | None:
    """For a participle that goes on opening its sentence with no subject ("Adding, “...”"): the subject
    of the last reporting verb of the sentence before, in the same paragraph."""
    sentence = sentence_of(verb)
    opening = next((t for t in sentence if not t.is_space and not t.is_punct), None)
    if verb.tag_ != "VBG" or verb.lower_ not in lexicon.CONTINUING_PARTICIPLES or opening is None \
            or opening.i != verb.i or sentence.start == 0:
        return None  # ("Explaining his decision, “...”" may be anyone's: only "Adding," goes on)
    previous = sentence_of(context.doc[sentence.start - 1])
    if any(t.is_space and "\n" in t.text for t in context.doc[previous.start:sentence.start]):
        return None  # another paragraph
    for token in reversed(previous):
        if is_cue_verb(token) and not context.in_quote(token):
            subjects = _subjects_outside_furniture(context, token)
            if subjects:
                return subjects[0]
    return None


def _speaker_after_topic(preposition: Any) -> Any | None:
    """In "Of Hale, Ruiz said", the name after the topic, as the parser hangs the two names on the
    preposition: the object's apposition ("Of [Hale], [Ruiz]"), else the object itself, which is then
    the speaker with the topic as its modifier ("Of [Hale] [Ruiz]")."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    if not objects:
        return None
    named = [c for c in objects[0].children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    return named[0] if named else objects[0]


def _subjects_outside_furniture(context: _Context, verb: Any) -> list[Any]:
    """The verb's subjects outside quotes, less a dateline the parser made one (see DATELINE_SUBJECT)."""
    subjects = [c for c in verb.children if c.dep_ in ANY_SUBJECTS and not context.in_quote(c)]
    layout = layout_of(context.doc)
    kept = [c for c in subjects if not layout.is_furniture(c.idx)]
    if kept and len(kept) < len(subjects):
        first = kept[0]
        fire(context.doc, DATELINE_SUBJECT, first.idx, first.idx + len(first.text))
    spoken = [c for c in kept if not _transcript_label(c)]
    if spoken and len(spoken) < len(kept):
        # "ODUYA: Hungary's foreign minister, Gábor Tóth, said ...": the label is who reads it out
        return spoken
    before = [c for c in kept if c.i < verb.i]
    if len(before) >= 2 and all(any(t.text == "," for t in context.doc[c.i + 1:d.left_edge.i])
                                for c, d in pairwise(before)):
        fire(context.doc, NEAREST_SUBJECT, before[-1].idx, before[-1].idx + len(before[-1].text))
        return [before[-1]] + [c for c in kept if c.i > verb.i]  # "..., City TV, Pryce-Llewelyn said"
    return kept


def _transcript_label(token: Any) -> bool:
    """A transcript's speaker label the parser made a subject: a capitalised name opening its
    paragraph right before a colon."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].text == ":" and token.text[:1].isupper() \
        and (token.i == 0 or (doc[token.i - 1].is_space and "\n" in doc[token.i - 1].text))


def _reported_outside(context: _Context, token: Any) -> bool:
    """Whether ``token`` stands in what a reporting verb of the frame reports. A "said" inside the
    quote reports nothing of the frame's (“A lot of people said ...” after "Roe, telling reporters"),
    nor does a denied one ("“...,” Lewandowski added" hung under "Comey cannot say")."""
    reporter = tree_of(context.doc).reporter(token)
    return reporter is not None and not context.in_quote(reporter) and is_cue_verb(reporter)


def is_title_word(token: Any) -> bool:
    return token.lower_ in lexicon.TITLE_WORDS or token.lower_ + "." in lexicon.TITLE_WORDS


def _lost_subject(context: _Context, verb: Any) -> Any | None:
    """The parser lost the subject (quotes confuse it: "“...,” Gene Roe, a Clinton adviser, said" with
    "Roe" made part of the quote's clause, "And Roe called ..." with "Roe" read as an adverb, "said
    Rep. Ana Ruiz (D-Md.)"): the first name between the quote and the verb, else right after it (the
    thing a possessor owns: "exhorted Clinton's introducer, actress ..."). A name that owns what follows
    ("Qatar's Minister of State, Khalid ..., told") yields to a named actor after it."""
    doc = context.doc
    sentence = sentence_of(verb)
    left = [t for t in doc[max(sentence.start, verb.i - _AFTER_MARK):verb.i] if not context.in_quote(t)]
    marks = [k for k, t in enumerate(left) if is_mark(t) and t.idx not in context.term_marks]
    # after a closing mark the name may carry a long apposition ("“...,” Roe, the party's candidate
    # for ... since 2019, said"); with no mark in reach, only the words right before the verb count
    left = left[marks[-1] + 1:] if marks else left[-_BEFORE_VERB:]
    beside = _name_set_before(context, left)
    owners = []
    for token in left:
        if _names_someone(context, token):
            end = token.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1  # ("Ana Roe's ...": the whole name owns it)
            if end < len(doc) and doc[end].text in POSSESSIVE_MARKS:
                owners.append(token)  # "Qatar's Minister of State, Khalid Al-Thani, told": the minister
                continue
            if owners and context.named.actor_at(token.i) is None:
                continue  # (the words of the office owned: "Minister of [State] for [Foreign Affairs]")
            if owners:
                fire(doc, OWNER_NOT_SPEAKER, owners[0].idx, token.idx + len(token.text))
            elif beside is not None and beside.i > token.i:
                fire(doc, NAME_SET_BEFORE_VERB, token.idx, beside.idx + len(beside.text), beside.text)
                return beside
            return token
    if owners:
        return owners[0]
    for token in doc[verb.i + 1:min(verb.i + 8, sentence.end)]:
        titled = token.tag_ == "VBG" and token.i + 1 < sentence.end and token.nbor().pos_ == "PROPN"
        if context.in_quote(token) or is_mark(token) \
                or (token.pos_ in ("VERB", "AUX", "SCONJ") and not titled):
            break  # (but "said Oversight ranking Democrat Ana Ruiz": a title the parser read as a verb)
        if _names_someone(context, token) and token.lower_ not in lexicon.TITLE_WORDS:
            if token.dep_ == "poss" and token.head.i > token.i:
                return token.head  # "exhorted Clinton's introducer, actress Jamie Lee Curtis": the one owned
            return _phrase_head(token, set(range(sentence.start, sentence.end)))
    return None


#: How far back from a verb the closing mark of its quote is looked for, and how many words before
#: the verb are read when there is none.
_AFTER_MARK = 40


def _name_set_before(context: _Context, left: list[Any]) -> Any | None:
    """For ``NAME_SET_BEFORE_VERB``: a person's full name set off by commas right before the verb (",
    Gloria Mayfield, said"), described by the words before it rather than in a clause, with an earlier name
    before it."""
    if len(left) < 4 or left[-1].text != ",":
        return None
    last = left[-2]
    if last.ent_type_ != "PERSON" or last.ent_iob_ == "B" or context.named.actor_at(last.i) is None:
        return None  # (a full name: two words at least)
    start = last.i
    while start > 0 and context.doc[start].ent_iob_ == "I":
        start -= 1
    earlier = [t for t in left if t.i < start and _names_someone(context, t)]
    if not earlier or context.doc[start - 1].text != ",":
        return None
    # the words set before it describe it ("Mayfield's mother, Gloria Mayfield,"), not a clause it is part
    # of ("Roe, who met Ana Ruiz, said")
    before = list(takewhile(lambda t: t.text != ",", reversed([t for t in left if t.i < start - 1])))
    if any(t.pos_ in ("VERB", "AUX") or t.tag_ in ("WP", "WDT") for t in before):
        return None
    return last
_BEFORE_VERB = 14


def _names_someone(context: _Context, token: Any) -> bool:
    actor = context.named.actor_at(token.i)
    if actor is not None:
        return actor.type in ("person", "organization", "group", "country")
    return token.pos_ == "PROPN" and token.is_title and token.lower_ not in lexicon.TITLE_WORDS


def _triple(context: _Context, quote: QuoteSpan, cue: str | None, source: Any | None,
            found_by: Rule) -> QuoteTriple:
    fire(context.doc, found_by, quote.start, quote.end, cue or "")
    return QuoteTriple(quote, cue, source.i if source is not None else None, found_by)


def _nearby_cue(context: _Context, quote: QuoteSpan) -> QuoteTriple | None:
    frame = _frame(context, quote)
    trailing = context.text[quote.end:quote.end + 3].lstrip("”\"'’ ").startswith(",") \
        or context.text[quote.end - 1:quote.end] == ","
    candidates = []
    for token in frame:
        if not is_cue_verb(token):
            if refused(token) and token.lemma_.lower() in lexicon.REPORTING_VERBS:
                fire(context.doc, REFUSED_COMMENT, token.head.idx, token.idx + len(token.text))
            continue
        if token.idx >= quote.end and _introduces_another(context, quote, token):
            continue
        if token.idx >= quote.end:
            between = [t for t in frame if quote.end <= t.idx < token.idx]
            commas = [k for k, t in enumerate(between) if t.text == ","]
            if len(commas) >= 2:  # "“...,” Tom Okafor, wearing a cap and pins, said": the aside is no gap
                between = between[:commas[0]] + between[commas[-1]:]
            gap = len(between)
            score = gap * (0.5 if trailing else 1.0)
        else:
            gap = sum(1 for t in frame if token.idx < t.idx < quote.start)
            score = gap + 0.5
        if gap <= _NEARBY:
            candidates.append((score, token))
    for _, verb in sorted(candidates, key=lambda pair: pair[0]):
        subject = _subject(context, verb) or _name_by(context, verb, frame)
        if subject is not None:
            return _triple(context, quote, verb.text, subject, NEARBY_CUE)
    return None


def _introduces_another(context: _Context, quote: QuoteSpan, verb: Any) -> bool:
    """A verb after the quote, in the sentence after its own, that leads into a quote of that sentence
    ("... the Ledger: “...” Pollsters agree - Karl Brand: “...”") or says something of its own (an
    object: "announced a kind of solidarity"): its cue, not this one's."""
    sentence = sentence_of(verb)
    if sentence.start_char <= quote.start:
        return False
    if verb.lemma_.lower() not in lexicon.ADDRESSEE_VERBS and any(
            c.dep_ == "dobj" and not context.in_quote(c) and _new_content(context, c) for c in verb.children):
        return True  # "“...” Trump has also announced a kind of solidarity with ...": it says that
    return any(verb.idx < other.start < sentence.end_char
               and not _is_term(context.text, other, context.paragraphs) for other in context.quotes)


def _new_content(context: _Context, obj: Any) -> bool:
    """An object that is something new said, not the listener ("warned fans", "told ITV"), the words
    themselves ("repeated the warning", "posted those words", "wrote that") or a text ("tweeted the
    message")."""
    word = obj.lemma_.lower()
    if obj.tag_ in ("WP", "WDT"):
        return True  # "You know what they say": a clause of its own
    return not (is_mark(obj) or obj.pos_ in ("PRON", "DET", "PROPN")
                or context.named.actor_at(obj.i) is not None or word in lexicon.PEOPLE_WORDS
                or word in lexicon.DOCUMENT_NOUNS or word in lexicon.SPEECH_NOUNS)


def _name_by(context: _Context, verb: Any, frame: list[Any]) -> Any | None:
    """The parse lost the verb's subject (quotes confuse it): a name or pronoun right by the verb."""
    ids = {t.i for t in frame}
    doc = context.doc
    for token in doc[verb.i + 1:min(verb.i + 6, len(doc))]:
        if token.i not in ids or token.pos_ in ("VERB", "AUX", "SCONJ") or token.lower_ == "that":
            break
        if context.named.actor_at(token.i) is not None or token.lower_ in ("he", "she"):
            return _phrase_head(token, ids)
    for token in reversed(doc[max(verb.i - 5, 0):verb.i]):
        if token.i not in ids or (token.is_punct and token.text not in ("'s", "’s")):
            break
        if context.named.actor_at(token.i) is not None or token.lower_ in ("he", "she", "it", "they"):
            return token
    return None


def _phrase_head(token: Any, ids: set[int]) -> Any:
    """The head of the name phrase ``token`` opens ("Harbour Board spokesman Ana Ruiz": "Ruiz", not the
    body that qualifies her)."""
    while token.dep_ == "compound" and token.head.i > token.i and token.head.i in ids:
        token = token.head
    return token


def _according_to(context: _Context, quote: QuoteSpan) -> QuoteTriple | None:
    own = context.sentence_at(max(quote.end - 1, quote.start))
    for token in _frame(context, quote):
        if own is not None and token.idx >= own.end_char and token.idx > quote.end + 3:
            break  # "“...?” Dalton Brody is a store, according to its website": the next sentence's
        source = according_to(token)
        if source is not None:
            return _triple(context, quote, "according to", source, ACCORDING_TO)
    return None


def _as_put_it(context: _Context, quote: QuoteSpan) -> QuoteTriple | None:
    for token in _frame(context, quote):
        children = list(token.children)
        if token.lemma_.lower() != "put" or not any(c.lower_ == "it" and c.dep_ == "dobj" for c in children) \
                or not any(c.lower_ == "as" and c.dep_ in ("mark", "advmod", "prep") for c in children):
            continue
        subject = next((c for c in token.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return _triple(context, quote, "put it", subject, AS_PUT_IT)
    return None


def _came_from(context: _Context, quote: QuoteSpan) -> QuoteTriple | None:
    """``CAME_FROM``: the sentence right after a quote says whose words they were ("That warning came
    from Chileshe Phiri, an agronomist ...", "The remark ... came from ... Gabriel Deng Atem")."""
    k = bisect_right(context.sentence_starts, quote.end)
    if k >= len(context.sentences):
        return None
    sentence = context.sentences[k]
    if context.text[quote.end:sentence.start_char].strip(" \n\t.,!?\"”’'") or context.in_quote(sentence.root):
        return None  # (not right after the quote)
    verb = sentence.root
    said = [c for c in verb.children if c.dep_ in SUBJECTS and c.lemma_.lower() in lexicon.SPEECH_NOUNS
            and any(d.lower_ in lexicon.DEMONSTRATIVES or d.lower_ == "the" for d in c.children)]
    came = verb.lemma_.lower() == "come"  # "That warning came from X"; "That concern was raised by X"
    source = next((o for c in verb.children if (c.dep_ == "prep" and c.lower_ == "from" and came)
                   or (c.dep_ == "agent" and verb.lemma_.lower() in lexicon.VOICING_VERBS
                       and any(s.dep_ == "nsubjpass" for s in said))
                   for o in c.children if o.dep_ == "pobj"), None)
    if not said or source is None or source.ent_type_ in ("GPE", "LOC") \
            or (not came and context.named.actor_at(source.i) is None):
        return None  # ("This warning came from Washington": a capital, no speaker; "delivered by courier")
    return _triple(context, quote, "came from" if came else f"{verb.text} by", source, CAME_FROM)


def _lead_in(context: _Context, quote: QuoteSpan) -> list[Any]:
    """The paragraph's tokens before the quote when they end in a colon (the colon excluded); for a
    quote that opens its paragraph, the paragraph before when it ends in one ("... described itself
    this way:" then the quote as a paragraph of its own)."""
    found = context.lead_ins.get(quote.start)
    if found is None:
        found = context.lead_ins[quote.start] = _find_lead_in(context, quote)
    return found


def _find_lead_in(context: _Context, quote: QuoteSpan) -> list[Any]:
    para = [t for t in context.paragraph_tokens[quote.paragraph] if t.idx < quote.start]
    while para and (is_mark(para[-1]) or para[-1].is_space):  # the quote's own opening mark
        para.pop()
    # after the paragraph's last earlier quote ("“...” [Post.] Turnout up - Ana Ruiz: “...”"); a nickname
    # quoted inside a name is the name's ('Kenrick "Stumpy" Alleyne, 58, fisherman:')
    named = context.named.actor_at
    last = max((k for k, t in enumerate(para) if (context.in_quote(t) or is_mark(t)) and named(t.i) is None),
               default=-1)
    before = [t for t in para[last + 1:] if not t.is_space]
    if not para and quote.paragraph > 0:
        before = [t for t in context.paragraph_tokens[quote.paragraph - 1] if not t.is_space]
    if not before or before[-1].text != ":" \
            or any(context.in_quote(t) and named(t.i) is None for t in before):
        return []
    sentence_start = sentence_of(before[-1]).start
    return [t for t in before[:-1] if t.i >= sentence_start or t.text.isupper()]


def _speaker_label(context: _Context, quote: QuoteSpan) -> QuoteTriple | None:
    para = context.paragraph_tokens[quote.paragraph]
    # the words since the paragraph began or the last quote closed: "Ruiz: “...” Reyes: “...”"
    before = [t for t in para if t.idx < quote.start and not t.is_space]
    while before and is_mark(before[-1]):
        before.pop()  # the quote's own opening mark
    marks = [k for k, t in enumerate(before) if context.in_quote(t) or is_mark(t)]
    lead = [t for t in before[marks[-1] + 1 if marks else 0:] if not is_mark(t)]
    if lead and lead[0].idx in layout_of(lead[0].doc).interview_labels \
            and "".join(t.text for t in lead).rstrip(".:") in ("Q", "A"):
        return _triple(context, quote, ":", lead[0], SPEAKER_LABEL)  # "A. The numbers were built ..."
    if not lead or lead[-1].text != ":":
        return None
    lead = lead[:-1]
    if not lead or len(lead) > 5 or (not marks and lead[0] is not next(t for t in para if not t.is_space)):
        return None
    if not all(t.pos_ == "PROPN" or t.text[:1].isupper() or t.text in (".", "-") for t in lead):
        return None
    return _triple(context, quote, ":", _head_of(lead), SPEAKER_LABEL)


def _quoted_label(context: _Context, quote: QuoteSpan) -> QuoteTriple | None:
    """ "“RAMOS: Secretary Clinton, did you ...": a transcript turn set inside quotation marks, its words
    after its speaker's label (layout.find_quote_spans)."""
    if not quote.labelled:
        return None
    label = [t for t in context.paragraph_tokens[quote.paragraph]
             if t.idx < quote.start and not t.is_space and not is_mark(t) and t.text != ":"]
    return _triple(context, quote, ":", _head_of(label), QUOTED_LABEL) if 0 < len(label) <= 4 else None


def _transcript_intro(context: _Context, quote: QuoteSpan) -> QuoteTriple | None:
    """A quote opening its paragraph after "Transcript as follows:" (quoted paragraphs between them
    allowed): the speech of the one reported speaking last before that intro ("Kasich said ...")."""
    if not _opens_paragraph(context, quote):
        return None
    paragraph = quote.paragraph - 1
    while paragraph >= 0 and any(is_mark(t) for t in context.paragraph_tokens[paragraph][:2]):
        paragraph -= 1  # the transcript's earlier turns
    if paragraph < 1:
        return None
    intro = [t for t in context.paragraph_tokens[paragraph] if not t.is_space]
    if not intro or intro[-1].text != ":" or len(intro) > 8 \
            or not any(t.lower_ in lexicon.TRANSCRIPT_NOUNS for t in intro):
        return None
    for before in range(paragraph - 1, max(paragraph - 3, -1), -1):
        for token in reversed(context.paragraph_tokens[before]):  # (the paragraph may quote them too)
            if context.in_quote(token) or not is_cue_verb(token):
                continue
            subject = _subject(context, token)
            if subject is not None and _names_someone(context, subject):
                return _triple(context, quote, None, subject, TRANSCRIPT_INTRO)
    return None


def _head_of(tokens: list[Any]) -> Any:
    names = [t for t in tokens if t.pos_ == "PROPN"]
    return (names or tokens)[-1]


_CREDIT = re.compile(r"^[”\"’']?\s*[,.]?\s*[—–-]{1,2}\s*")


def _dash_credit(context: _Context, quote: QuoteSpan) -> QuoteTriple | None:
    paragraph = quote.paragraph
    para_end = context.paragraphs[paragraph][1]
    rest = context.text[quote.end:para_end]
    match = _CREDIT.match(rest)
    start = quote.end + match.end() if match is not None else 0
    if match is None and rest.strip(" ”\"’'\n") == "" and paragraph + 1 < len(context.paragraphs):
        # the credit on a line of its own under the quote ("“...”\n\n- Ana Ruiz.")
        paragraph += 1
        entry = context.paragraph_tokens[paragraph]
        quoted = next((k for k, t in enumerate(entry) if context.in_quote(t)), None)
        if quoted is not None \
                and not any(t.lemma_.lower() in lexicon.REPORTING_VERBS for t in entry[:quoted]):
            return None  # the next entry of a list, with its own quote ("— Kofi Mensah, a driver: “...”"),
            # not a credit that goes on ("— Maria Costa, a shopper, who added: “...”")
        line = context.text[context.paragraphs[paragraph][0]:context.paragraphs[paragraph][1]]
        match = _CREDIT.match(line.lstrip())
        if match is not None:
            start = context.paragraphs[paragraph][0] + len(line) - len(line.lstrip()) + match.end()
    if match is None:
        return None
    tokens = [t for t in context.paragraph_tokens[paragraph] if t.idx >= start and not t.is_space][:7]
    names = []
    for token in tokens:
        if (token.pos_ != "PROPN" and not token.text[:1].isupper()) or token.ent_type_ in ("DATE", "TIME"):
            break  # "“...” -Tuesday, 4 March.": a dateline, no credit
        names.append(token)
    after = tokens[len(names)] if len(names) < len(tokens) else None
    # a credit is a name and its particulars ("— Ana Ruiz, 34, Tucson"), not a sentence ("-- Figures show");
    # a headline's may say what the speaker spoke on ("‘Judge me by results’ – Minister Okafor on tariffs")
    if not names or (after is not None and after.text not in (",", ".", "(", ";")
                     and not (quote.paragraph == 0 and after.lower_ == "on")):
        return None
    return _triple(context, quote, "—", names[-1], DASH_CREDIT)


HEADLINE_COLON_NAME = rule(
    "quotes.headline-colon-name", "A headline's quote followed by a colon and a name (“‘What changed is the "
    "numbers’: Kowalchuk defends sale as Sidhu vows a fight”) is that name's: the way headlines credit.",
    examples=[("‘What changed is the numbers’: Kowalchuk defends stake sale as Sidhu vows a fight\n\n"
               "REGINA — Premier Dana Kowalchuk defended the sale on Tuesday. Opposition leader Amrita "
               "Sidhu called it a fire sale.",
               {"quote": "What changed is the numbers", "speaker": "Dana Kowalchuk"})],
    counter=[("Ferry fares rise\n\nThe board's plan has one aim: “cut the queues at the pier.” Ana Ruiz "
              "said it would work.", {"quote": "cut the queues", "speaker": "Ana Ruiz"}),
             ("‘He lied to us for years’: Ruiz accused by former aide\n\nFormer aide Tom Vale said on "
              "Monday that Governor Ana Ruiz had concealed the audit.",
              {"quote": "He lied to us", "speaker": None})])

#: A quote's closing mark and a colon: "‘...’: Name".
_HEADLINE_COLON = re.compile(r"[’'\"”]?\s*:\s+")


def _headline_colon_name(context: _Context, quote: QuoteSpan) -> QuoteTriple | None:
    """``HEADLINE_COLON_NAME``: the name that opens what follows a headline quote's colon."""
    if quote.paragraph != 0:
        return None
    match = _HEADLINE_COLON.match(context.text, quote.end)
    if match is None:
        return None
    tokens = [t for t in context.paragraph_tokens[0] if t.idx >= match.end()][:4]
    if not tokens or context.named.actor_at(tokens[0].i) is None or tokens[0].pos_ != "PROPN":
        return None
    name = tokens[0]
    for token in tokens[1:]:  # the name's last word ("Dana Kowalchuk")
        if context.named.actor_at(token.i) is not context.named.actor_at(name.i):
            break
        name = token
    verb = context.doc[name.i + 1] if name.i + 1 < len(context.doc) else None
    if verb is None or verb.tag_ == "VBN" or name.dep_ == "nsubjpass":
        return None  # "‘He lied to us’: Ruiz accused by former aide": the one accused
    return _triple(context, quote, ":", name, HEADLINE_COLON_NAME)


def _colon_credit(context: _Context, quote: QuoteSpan) -> QuoteTriple | None:
    """A digest's credit before the colon ("Pollsters agree - Ana Ruiz: “...”") beats the verb before it."""
    lead = _lead_in(context, quote)
    credited = _credit_before_colon(context, lead) if lead else None
    return _triple(context, quote, ":", credited, COLON_INTRO) if credited is not None else None


def _colon_intro(context: _Context, quote: QuoteSpan) -> QuoteTriple | None:
    lead = _lead_in(context, quote)
    if not lead:
        return None
    inside = {t.i for t in lead}
    # the lead's own main clause: its verb hangs outside the lead (on the quote, when the parser made
    # the quoted words the sentence's root), never "what" of "apologized for what happened:"
    main = [t for t in lead if t.head.i not in inside or t.head.i == t.i]
    named = [t for t in lead if t.dep_ in ANY_SUBJECTS and t.tag_ not in ("WDT", "WP")]
    subjects = [t for t in named if t.head in main] or named
    source = subjects[-1] if subjects else None
    if source is not None and source.pos_ == "NOUN":
        source = _possessor(source) or source
    if source is None or (source.pos_ not in ("PROPN", "PRON") and context.named.actor_at(source.i) is None
                          and source.lower_ not in lexicon.TITLE_WORDS):
        # "The timing of Sanders’ surge doesn't surprise pollster Daron Shaw:": a thing that cannot
        # speak as the subject, so the one person named outside it
        outside: set[int] = set()
        if source is not None and not _animate(context, source) and not any(
                c.dep_ in ("appos", "compound", "nmod") and context.named.actor_at(c.i) is not None
                for c in source.children):  # (never "the cleric Anwar al-Awlaki is shown lecturing:")
            outside = {t.i for t in source.subtree}
        names = [t for t in lead if context.named.actor_at(t.i) is not None and t.i not in outside
                 and context.named.actor_at(t.i).type == "person"]
        if len({context.named.actor_at(t.i).name for t in names}) == 1:
            source = names[-1]
    if source is None:
        return None
    return _triple(context, quote, ":", source, COLON_INTRO)


def _credit_before_colon(context: _Context, lead: list[Any]) -> Any | None:
    """The name a lead-in ends on after a dash or "from" ("Ferries late again - Ana Ruiz:", "More from
    Ruiz:", "... - Ana Ruiz and Tomas Reyes:" the first of them): the credit line of a digest."""
    k = len(lead)
    while k > 0 and (name_word(lead[k - 1]) or lead[k - 1].lower_ in ("and", "&", ",", ".")):
        k -= 1
    tail = lead[k:]
    if not tail or k == 0 or lead[k - 1].lower_ not in ("-", "—", "–", "from"):
        return None
    if lead[k - 1].lower_ == "from" and any(context.named.actor_at(t.i) is not None for t in lead[:k - 1]):
        return None  # "Ruiz, after a question from Tomas Reyes:": Ruiz answers
    named = [(t, a) for t in tail if (a := context.named.actor_at(t.i)) is not None]
    people = [t for t, a in named if a.type == "person"]
    # a person first; else a named body ("Polls overstated the surge - Pew Research:")
    return people[0] if people else named[-1][0] if named else None


def _possessor(noun: Any) -> Any | None:
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _clause_subject(context: _Context, quote: QuoteSpan) -> QuoteTriple | None:
    for token, governs in _attachments(context, quote):
        if not governs:
            continue
        for candidate in _ancestors(token):
            if context.in_quote(candidate):
                break
            if candidate.pos_ not in ("VERB", "AUX"):
                continue
            subject = _subject(context, candidate)
            if subject is None:
                continue
            if subject.pos_ == "NOUN" and _possessor(subject) is not None \
                    and context.named.actor_at(subject.i) is None:
                return _triple(context, quote, candidate.text, _possessor(subject), POSSESSOR)
            if subject.lower_ in lexicon.DEMONSTRATIVES and subject.head.dep_ != "relcl":
                break  # "But that's not the same as “...”": nobody acts; the quote may continue a speaker
            if _thing_relative(context, subject, candidate):
                fire(context.doc, THING_RELATIVE, subject.idx, candidate.idx + len(candidate.text))
                continue  # "defended the decision, which added 4 euros to bills, as “...”": the defender
            if subject.pos_ in ("PROPN", "PRON") or context.named.actor_at(subject.i) is not None \
                    or subject.lower_ in lexicon.TITLE_WORDS:
                return _triple(context, quote, candidate.text, subject, CLAUSE_SUBJECT)
            break
    return None


THING_RELATIVE = rule(
    "quotes.thing-relative", "A quote in a relative clause about a thing (“defended the decision, which "
    "added 4.20 euros to bills, as ‘...’”) is not the thing's: the clause subject is whoever the clause "
    "hangs under; a relative clause about a body or a person speaks for them.",
    examples=[("Tariffs\n\nAna Ruiz defended the decision, which added 4.20 euros to monthly bills, as “the "
               "only lawful option we had.”", {"quote": "the only lawful option", "speaker": "Ana Ruiz"})],
    counter=[("Fine\n\nAna Ruiz, the commissioner, fined Kestrel Media, which rejected the findings as "
              "“deeply flawed and based on a misreading of the law.”",
              {"quote": "deeply flawed", "speaker": "Kestrel Media"}),
             ("Strike\n\nTom Gale met leaders of the union, which has threatened “all-out action across "
              "every plant in the region” if the mills close.", {"quote": "all-out action"})])


def _thing_relative(context: _Context, subject: Any, verb: Any) -> bool:
    """``THING_RELATIVE``: ``subject`` is the "which" of a relative clause about no actor, body or
    person ("the decision, which ...")."""
    if subject.lower_ != "which" or verb.dep_ != "relcl":
        return False
    noun = verb.head
    return context.named.actor_at(noun.i) is None and noun.pos_ == "NOUN" \
        and noun.lemma_.lower() not in lexicon.ORG_WORDS and noun.lemma_.lower() not in lexicon.PERSON_HEADS \
        and noun.lemma_.lower() not in lexicon.BODY_HEADS


def _follower(context: _Context, quotes: list[QuoteSpan], triples: list[QuoteTriple | None],
              k: int, paragraph_numbers: list[int]) -> QuoteTriple | None:
    """A quote with no cue of its own: the quote or person it continues (``paragraph_numbers``: each
    quote's paragraph)."""
    quote = quotes[k]
    doc = context.doc
    first = bisect_left(paragraph_numbers, quote.paragraph)
    stop = bisect_right(paragraph_numbers, quote.paragraph)
    same = [j for j in range(first, stop) if j != k and (t := triples[j]) is not None and t.follows is None]
    before = [j for j in same if j < k]
    after = [j for j in same if j > k]
    if before and not _named_between(context, quotes[before[-1]].end, quote.start, triples[before[-1]]):
        return _follow(doc, quote, before[-1], SAME_PARAGRAPH)
    if after and not before \
            and not _named_between(context, quote.end, quotes[after[0]].start, triples[after[0]]):
        return _follow(doc, quote, after[0], SAME_PARAGRAPH)
    if quote.open_end and k + 1 < len(quotes) and quotes[k + 1].paragraph == quote.paragraph + 1 \
            and triples[k + 1] is not None:
        return _follow(doc, quote, k + 1, RUNS_ON)
    before_quote = takewhile(lambda t: t.idx < quote.start, context.paragraph_tokens[quote.paragraph])
    opening = next((t for t in before_quote if not context.in_quote(t) and not is_mark(t)
                    and not t.is_space and not t.is_punct), None)  # the frame's first word before it
    if opening is None and _pull_quote(context, quote):
        fire(doc, PULL_QUOTE, quote.start, quote.end)
        return None
    if opening is None and quote.paragraph > 0:
        previous = [j for j in range(bisect_left(paragraph_numbers, quote.paragraph - 1), first)
                    if triples[j] is not None]
        start = context.paragraphs[quote.paragraph - 1][0]
        if previous and not _named_between(context, quotes[previous[-1]].end, quote.start,
                                           triples[previous[-1]]):
            asker = _asker(context, quotes, triples, paragraph_numbers, previous[-1], quote)
            if asker is not None:
                return _follow(doc, quote, asker, QUESTION_TURN)
            return _follow(doc, quote, previous[-1], PREVIOUS_PARAGRAPH)
        reporter = _last_reporter(context, quote.paragraph - 1)
        if reporter is not None:
            verb, subject = reporter
            return _triple(context, quote, verb.text, subject, REPORTED_BEFORE)
        subject = _last_subject(context, start, quote.start)
        if subject is not None:
            return _triple(context, quote, None, subject, INTRODUCED_BEFORE)
        return None
    if opening is not None:
        subject = _last_subject(context, opening.idx, quote.start)
        if subject is not None:
            return _triple(context, quote, None, subject, SENTENCE_SUBJECT)
    return None


#: A question put to someone: it addresses them.
_YOU = re.compile(r"\byou(?:r|rs|rself)?\b", re.IGNORECASE)


def _asker(context: _Context, quotes: list[QuoteSpan], triples: list[QuoteTriple | None],
           paragraph_numbers: list[int], answer: int, quote: QuoteSpan) -> int | None:
    """``QUESTION_TURN``: for a question after an answer, the question the answer replied to (the last
    quote of the paragraph before the answer's, itself a question)."""
    def asks(span: QuoteSpan) -> bool:
        return span.text_of(context.text).rstrip(" ”\"’'").endswith("?")

    addressed = bool(_YOU.search(quote.text_of(context.text)))  # (the answerer's own "How could we ...?")
    if not asks(quote) or not addressed or asks(quotes[answer]) or quotes[answer].paragraph == 0:
        return None
    earlier = bisect_left(paragraph_numbers, quotes[answer].paragraph)
    asked = [j for j in range(bisect_left(paragraph_numbers, quotes[answer].paragraph - 1), earlier)
             if triples[j] is not None]
    return asked[-1] if asked and asks(quotes[asked[-1]]) else None


def _pull_quote(context: _Context, quote: QuoteSpan) -> bool:
    """A paragraph that is only a quote opening on an ellipsis and ending without a sentence's stop
    (“… prevent the evacuation of the camp”): a heading or pull quote set between sections."""
    words = quote.text_of(context.text).strip()
    para_end = context.paragraphs[quote.paragraph][1]
    after = context.text[quote.end:para_end].strip(" ”\"’'")
    return words[:1] in ("…", ".") and words[-1:] not in (".", "!", "?", ",", "…") and not after


def _opens_paragraph(context: _Context, quote: QuoteSpan) -> bool:
    return layout_of(context.doc).opens_paragraph(quote)


def _follow(doc: Any, quote: QuoteSpan, j: int, found_by: Rule) -> QuoteTriple:
    fire(doc, found_by, quote.start, quote.end)
    return QuoteTriple(quote, None, None, found_by, follows=j)


def _named_between(context: _Context, start: int, end: int, leader: QuoteTriple | None) -> bool:
    """Whether someone other than the leader's speaker is named outside quotes between two characters,
    other than in the sentence that attributes the leader ("“A,” said Air Force Lt. Ana Ruiz, a Maine
    native. “B.”": all of that sentence is the leader's attribution)."""
    skip = range(0)
    speaker = None
    if leader is not None:
        anchor = context.doc[leader.source] if leader.source is not None else None
        sentence = sentence_of(anchor) if anchor is not None else context.sentence_at(leader.quote.end - 1)
        if sentence is not None:
            skip = range(sentence.start, sentence.end)
        speaker = context.named.actor_at(leader.source) if leader.source is not None else None
    for token in context.doc.char_span(start, end, alignment_mode="expand") or []:
        actor = context.named.actor_at(token.i)
        if token.i in skip or context.in_quote(token) or actor is None or actor is speaker:
            continue  # (the leader's own speaker named again is nobody else)
        if actor.type in ("person", "organization", "group") and not _named_by_the_same(token):
            return True
    return False


def _named_by_the_same(token: Any) -> bool:
    """A name that a "he"/"she" sentence only mentions ("she plans to vote for Hillary Clinton"): the
    sentence goes on about the speaker, so nobody else has spoken."""
    sentence = sentence_of(token)
    subject = next((t for t in sentence if t.dep_ in ("nsubj", "nsubjpass") and t.head == sentence.root),
                   None)
    return subject is not None and subject.lower_ in ("he", "she") and token.dep_ not in ANY_SUBJECTS \
        and token.head.dep_ not in ANY_SUBJECTS and token.dep_ != "poss"


def _last_reporter(context: _Context, paragraph: int) -> tuple[Any, Any] | None:
    """The reporting verb of the last sentence of a paragraph that quotes nothing, and its named
    subject ("Ruiz argued in her email that ..." or "the board issued a statement ...", then the quote
    as a paragraph of its own): the verb in the sentence's main clause, never one inside a relative or
    participle clause ("... emails from staff suggesting ...")."""
    tokens = [t for t in context.paragraph_tokens[paragraph] if not t.is_space]
    if not tokens or any(context.in_quote(t) or is_mark(t) for t in tokens):
        return None
    last = sentence_of(tokens[-1])
    tree = tree_of(context.doc)
    for token in reversed([t for t in tokens if t.i >= last.start]):
        issued = token.lemma_.lower() in lexicon.ISSUING_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lexicon.DOCUMENT_NOUNS for c in token.children)
        if not (is_cue_verb(token) or issued) or tree.subordinate(token):
            continue
        subject = _subject(context, token)
        if subject is None:
            continue  # "issued a statement apologizing to ...": the participle has no subject of its own
        if _names_someone(context, subject):
            return token, subject
        return None
    return None


def _reporter_of(context: _Context, subject: Any) -> Any | None:
    """The subject of the reporting verb, before it and outside any quote, whose reported clause holds
    ``subject`` ("Monroe told the court that Vail had used the money": Monroe), or None."""
    clause = subject.head
    for _ in range(4):
        if clause.dep_ not in ("ccomp", "conj") or clause.head is clause:
            return None
        clause = clause.head
        if is_cue_verb(clause):
            if clause.i > subject.i or context.in_quote(clause):
                return None
            return next((c for c in clause.children if c.dep_ in SUBJECTS and not context.in_quote(c)), None)
    return None


def _last_subject(context: _Context, start: int, end: int) -> Any | None:
    """The subject of the last main clause between two characters, when it names or stands for a person."""
    span = context.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    subjects = [t for t in span if t.dep_ in SUBJECTS and not context.in_quote(t)
                and t.tag_ not in ("WDT", "WP")]
    for subject in reversed(subjects):
        reporter = _reporter_of(context, subject)
        if reporter is not None and (reporter.lower_ in ("he", "she") or (
                (named := context.named.actor_at(reporter.i)) is not None and named.type == "person")):
            subject = reporter  # ("Monroe told the court that Vail had ...": Monroe goes on)
        actor = context.named.actor_at(subject.i)
        if actor is not None and actor.type == "person":
            return subject
        if subject.lower_ in ("he", "she"):
            return subject
        if subject.pos_ in ("NOUN", "PROPN") and is_cue_verb(subject.head) and subject.head.dep_ == "ROOT":
            return subject  # "The foreign secretary said the deal holds. “...”": resolved as a description
        if subject.pos_ in ("NOUN", "PROPN") and subject.lower_ in lexicon.TITLE_WORDS \
                and subject.head.dep_ == "ROOT" and any(c.lower_ == "the" for c in children_of(subject)):
            return subject  # "..., the Governor was categorical. “...”": the office's holder
        if subject.head.dep_ == "ROOT":
            return None  # the last main clause is about something else
    return None
