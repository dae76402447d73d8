"""Claims: direct quotes with their speaker, and reported speech as paraphrases.

Quoted spans come from ``quotes.find_quote_spans`` (found once, shared with actors). Each quote is
attributed from the text around it in its paragraph: the nearest reporting verb outside quotation
marks ("said", "says", "added", "according to"), whose subject (a name, a pronoun, "the minister",
"it") the ``ActorIndex`` resolves to a canonical actor. A paragraph that is only a quote continues
the previous speaker; an unattributed quote that repeats an attributed one takes its speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from reportgen.brief import Actor, Claim
from reportgen.extract import lexicon
from reportgen.extract.actors import ActorIndex
from reportgen.extract.quotes import QuoteSpan, paragraphs

_WORD = re.compile(r"\w+")
_PRONOUN_GENDER = {"he": "m", "she": "f", "i": None, "we": None}
_THEY_REACH = 30
_MIN_QUOTE_WORDS = 4
_NOT_SAID = re.compile(r"(?:\bso-called|\bas if to say|\bas if saying|\bknown as|\bdubbed|\btitled"
                       r"|\bentitled)\s*[\"“‘']$", re.IGNORECASE)
_POSSESSIVE_MARKS = frozenset({"'s", "’s"})
_MAX_CUE_DISTANCE = 40
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_RELATIVE = frozenset({"WDT", "WP", "WP$"})


def find_claims(doc: Any, index: ActorIndex) -> list[Claim]:
    """Every direct quote (speaker, words, cue, sentence) and every reported statement."""
    text = index.text
    paras = paragraphs(text)
    tokens_by_para = _tokens_by_paragraph(doc, paras)
    sentences = [(s.start_char, s.end_char) for s in doc.sents]  # Token.sent rescans the doc: once here
    claims: list[Claim] = []
    spoken_by: list[tuple[Claim, QuoteSpan]] = []
    previous: Claim | None = None
    previous_para = -1
    for span in index.quotes:
        words = _WORD.findall(span.text_of(text))
        if len(words) < _MIN_QUOTE_WORDS and not _standalone(text, span, paras):
            continue
        if _NOT_SAID.search(text, max(span.start - 40, 0), span.start):
            continue  # "so-called 'x'", "as if to say 'y'": a label or an imagined line, not a statement
        para_tokens = tokens_by_para[span.paragraph]
        frame = [t for t in para_tokens if not index.in_quote(t.idx) and not _is_mark(t)]
        first_quoted = next((t.i for t in para_tokens if t.idx >= span.start), None)
        cue, speaker = _attribute(doc, span, frame, index, first_quoted)
        if cue is None and speaker is None:
            start = para_tokens[0].i if para_tokens else 0
            speaker = _speaker_without_cue(doc, span, start, frame, paras, index, previous, previous_para)
        claim = Claim(
            speaker=speaker.name if speaker else None,
            text=span.text_of(text).rstrip(",").rstrip(),
            kind="quote",
            cue=cue.text if cue is not None else None,
            context=_context(text, span, para_tokens, sentences),
            speaker_role=speaker.role if speaker else None,
        )
        claims.append(claim)
        spoken_by.append((claim, span))
        previous, previous_para = claim, span.paragraph
    _attribution_further_on(spoken_by, index)
    _borrow_speakers(claims, index)
    claims.extend(_paraphrases(doc, index))
    return claims


def _speaker_without_cue(doc: Any, span: QuoteSpan, first: int, frame: list[Any],
                         paras: list[tuple[int, int]], index: ActorIndex, previous: Claim | None,
                         previous_para: int) -> Actor | None:
    """A quote with no reporting verb: the quote it continues, or the person the text is about.

    A paragraph that is only a quote right after another quote continues that speaker; after a
    paragraph without quotes it is the person that paragraph named last ("Jones disagreed.
    / “We need this road.”"); a quote after a sentence about someone ("Smith was blunt.") is theirs.
    """
    before = [t for t in frame if t.idx < span.start]
    if len(before) >= 2 and before[-1].text == ":" and index.actor_at(before[-2].i) is not None:
        return index.actor_at(before[-2].i)  # "Kalvaitis: 'Nobody is blockading anyone'"
    if span.paragraph == 0:
        return None  # a headline quote with no name: it may borrow the speaker of the same words later
    last_speaker = index.resolve(previous.speaker) if previous is not None and previous.speaker else None
    if _quote_only(frame):
        if last_speaker is not None and span.paragraph - previous_para <= 1:
            return last_speaker
        person = index.person_before(first)
        if person is not None:
            seen = index.first_seen_before(person, first)
            if seen is not None and doc[seen].idx >= paras[max(span.paragraph - 1, 0)][0]:
                return person
        return last_speaker if span.paragraph - previous_para <= 2 else None
    subjects = [t for t in before if t.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        actor = _resolve_phrase(doc, subjects[-1], index)
        if actor is not None and actor.type == "person":
            return actor
    # "She pauses, looking out at the rigs that line the road. “He said, ‘...’”": the subject of the
    # main clause, not of a relative clause after it
    main = [t for t in before if t.dep_ in _SUBJECTS and t.head.dep_ == "ROOT" and t.tag_ not in _RELATIVE]
    if main and main[-1] is not subjects[-1]:
        actor = _resolve_phrase(doc, main[-1], index)
        if actor is not None and actor.type == "person":
            return actor
    return None


def _tokens_by_paragraph(doc: Any, paras: list[tuple[int, int]]) -> list[list[Any]]:
    out: list[list[Any]] = [[] for _ in paras]
    k = 0
    for token in doc:
        while k < len(paras) and token.idx >= paras[k][1]:
            k += 1
        if k < len(paras) and token.idx >= paras[k][0]:
            out[k].append(token)
    return out


def _is_mark(token: Any) -> bool:
    return token.is_quote or token.text in ("“", "”", "‘", "’", '"', "'", "«", "»")


def _standalone(text: str, span: QuoteSpan, paras: list[tuple[int, int]]) -> bool:
    """A short quote that is a whole utterance (“Absolutely not,” she said) rather than a scare quote."""
    words = span.text_of(text).rstrip()
    if not words or words[-1] not in ",.!?":
        return False
    para_start = paras[span.paragraph][0]
    before = text[para_start:span.start - 1].rstrip()
    return not before or before[-1] in ".!?:”\""


def _quote_only(frame: list[Any]) -> bool:
    return all(t.is_punct or t.is_space for t in frame)


def _attribute(doc: Any, span: QuoteSpan, frame: list[Any], index: ActorIndex,
               first_quoted: int | None = None) -> tuple[Any, Actor | None]:
    """The reporting verb that governs the quote ("Amazon said that it offered 'x' and that staff
    had reported ..."), else the nearest one, and who it says spoke."""
    cues = [t for t in frame if _is_cue(t)]
    if not cues:
        return None, None
    text = index.text
    after = text[span.end:span.end + 3].lstrip("”\"'’ ")
    trailing = after.startswith(",") or text[span.end - 1:span.end] == ","

    def distance(token: Any) -> float:
        if token.idx >= span.end:
            gap = sum(1 for t in frame if span.end <= t.idx < token.idx)
            return gap * (0.5 if trailing else 1.0)
        gap = sum(1 for t in frame if token.idx < t.idx < span.start)
        return gap + 0.5

    ranked = [c for c in sorted(cues, key=distance) if distance(c) <= _MAX_CUE_DISTANCE]
    if first_quoted is not None:
        governing = [c for c in ranked if c.left_edge.i <= first_quoted <= c.right_edge.i]
        if governing:
            deepest = min(governing, key=lambda c: c.right_edge.i - c.left_edge.i)
            ranked = [deepest] + [c for c in ranked if c is not deepest]
    for cue in ranked:
        speaker, named_subject = _speaker_of(doc, cue, frame, index)
        if speaker is not None or named_subject:
            return cue, speaker  # a subject that names no actor ("Residents warned") ends the search
    return (ranked[0], None) if ranked else (None, None)


def _is_cue(token: Any) -> bool:
    if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
        return True
    if token.pos_ != "VERB" or token.lemma_.lower() not in lexicon.REPORTING_VERBS:
        return False
    # A gerund or participle modifier ("after reporting the bug", "Asked about it, she laughed") is
    # not the attribution.
    participle = token.tag_ == "VBN" or (token.tag_ == "VBD" and token.is_sent_start)  # "Asked ..., he"
    if participle and token.dep_ in ("advcl", "acl") \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in token.children):
        return False
    return token.tag_ != "VBG" or any(c.dep_ in ("aux", "nsubj") for c in token.children)


def _speaker_of(doc: Any, cue: Any, frame: list[Any], index: ActorIndex) -> tuple[Actor | None, bool]:
    """Who the cue says spoke, and whether the cue has a subject at all (even an unnamed one)."""
    if cue.lower_ == "according":
        for token in doc[cue.i + 2:min(cue.i + 10, len(doc))]:
            actor = index.actor_at(token.i)
            if actor is not None:
                return actor, True
            if token.is_punct:
                break
        return None, True
    verb = cue
    if verb.dep_ == "ccomp" and _is_cue(verb.head) and not index.in_quote(verb.head.idx):
        # "X warned that Russia would respond ...": X is the one speaking (not a "said" quoted
        # inside the quote: “He came and said, ‘...’,” Olsen said)
        verb = cue = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    while not subjects and verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
        verb = verb.head  # "X said ... but insisted": the subject of the first verb
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for subject in subjects:
        if index.in_quote(subject.idx):
            continue
        return _resolve_phrase(doc, subject, index), True
    # The parse lost the subject (quotes confuse it): the nearest name or pronoun by the verb.
    frame_ids = {t.i for t in frame}
    for token in doc[cue.i + 1:min(cue.i + 8, len(doc))]:
        if token.i not in frame_ids or (token.is_punct and token.text != "-") \
                or token.pos_ in ("VERB", "AUX", "SCONJ") or token.lower_ == "that":
            break
        actor = index.actor_at(token.i) or _resolve_pronoun(token, index)
        if actor is not None:
            return actor, True
    for token in reversed(doc[max(cue.i - 8, 0):cue.i]):
        if token.i not in frame_ids or (token.is_punct and token.text not in _POSSESSIVE_MARKS):
            break
        actor = index.actor_at(token.i) or _resolve_pronoun(token, index)
        if actor is not None:
            return actor, True
    return None, False


def _resolve_phrase(doc: Any, head: Any, index: ActorIndex) -> Actor | None:
    """A subject phrase -> actor: a named mention, a pronoun, or a description ("the ministry")."""
    if head.lower_ in ("who", "which", "that") and head.head.dep_ == "relcl":
        head = head.head.head  # "Jane Roe, who said ...": the noun the clause hangs on
        while head.dep_ == "appos" and head.head is not head:
            head = head.head  # "Carla Mendes, an engineer, who said": the name the apposition explains
    actor = index.actor_at(head.i)
    if actor is not None:
        return actor
    pronoun = _resolve_pronoun(head, index)
    if pronoun is not None:
        return pronoun
    for child in head.children:
        named = index.actor_at(child.i) if child.dep_ == "appos" else None
        if named is not None and named.type == "person":
            return named  # "Hale's son, Peter Hale, said": the apposition, not the possessor
    inside = [a for t in doc[head.left_edge.i:head.right_edge.i + 1] for a in [index.actor_at(t.i)] if a]
    people = [a for a in inside if a.type == "person"]
    if people:
        return people[0]
    # "the coast guard said": the model may tag a lower-case description as a name; it is still one.
    if head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.is_lower):
        phrase = doc[head.left_edge.i:head.i + 1].text
        if doc[head.left_edge.i].lower_ in ("a", "an", "one", "another"):
            # "a spokesman for Acme Corp said": the organisation speaks; "a resident said": nobody named
            return _organisation_of(doc, head, inside, index)
        titled = index.titled_person(head.lower_, head.i)
        unnamed = index.unnamed_before(head.i)
        if unnamed is not None and unnamed.lower_ != head.lower_:
            unnamed = None
        seen = index.first_seen_before(titled, head.i) if titled is not None else None
        if titled is not None and (unnamed is None or (seen is not None and seen > unnamed.i)):
            return titled  # "the spokeswoman" after "spokeswoman Jane Doe" (and no unnamed one since)
        if unnamed is not None:
            # "a spokeswoman for the board said ... the spokeswoman said": the same unnamed person
            # (or the body they speak for), however many people are named in between
            subtree = doc[unnamed.left_edge.i:unnamed.right_edge.i + 1]
            named = [a for t in subtree for a in [index.actor_at(t.i)] if a]
            return _organisation_of(doc, unnamed, named, index)
        return index.by_title(phrase, head.i)
    return None


def _organisation_of(doc: Any, head: Any, inside: list[Actor], index: ActorIndex) -> Actor | None:
    """The organisation an unnamed speaker speaks for: named in the phrase, or "for the board".
    An official or source is someone unnamed, not the body's voice ("a senior official at the
    ministry, who asked not to be named")."""
    if head.lower_ in lexicon.ANONYMOUS_NOUNS:
        return None
    named = next((a for a in inside if a.type in ("organization", "country", "group")), None)
    if named is not None:
        return named
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at", "from"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                    found = index.by_title(doc[obj.left_edge.i:obj.i + 1].text, head.i)
                    if found is not None and found.type != "person":
                        return found
    if head.lower_ in lexicon.SPOKES_NOUNS:
        for mod in head.children:
            # "a company spokesman said", "a ministry official said": the body the text is about
            if mod.dep_ in ("compound", "nmod") and mod.pos_ == "NOUN" and mod.i < head.i:
                found = index.by_title(mod.lower_, head.i)
                if found is not None and found.type != "person":
                    return found
    return None


def _resolve_pronoun(token: Any, index: ActorIndex) -> Actor | None:
    word = token.lower_
    if word in ("he", "she"):
        person = index.antecedent(token.i) or index.person_before(token.i, _PRONOUN_GENDER[word])
        if _unnamed_is_nearer(index, token.i, person):
            return None  # "a nurse who asked not to be named ... she said": nobody the text names
        return person
    if word == "it":
        return index.org_before(token.i)
    if word == "they":
        # "they said" is often a group of people; only a body named just before is meant
        return index.org_before(token.i, within=_THEY_REACH)
    return None


def _unnamed_is_nearer(index: ActorIndex, token_i: int, person: Actor | None) -> bool:
    """True when an unnamed person ("a nurse who ...") came after the last mention of ``person``."""
    unnamed = index.unnamed_before(token_i)
    if unnamed is None:
        return False
    if person is None:
        return True
    seen = index.first_seen_before(person, token_i)
    return seen is None or seen < unnamed.i


def _context(text: str, span: QuoteSpan, para_tokens: list[Any], sentences: list[tuple[int, int]]) -> str:
    """The sentence(s) the quote stands in, within its paragraph."""
    inside = [t for t in para_tokens if span.start <= t.idx < span.end] or para_tokens
    if not inside:
        return ""
    starts = [s for s, _ in sentences]
    first = sentences[bisect_right(starts, inside[0].idx) - 1]
    last = sentences[bisect_right(starts, inside[-1].idx) - 1]
    start = max(first[0], para_tokens[0].idx)
    end = min(last[1], para_tokens[-1].idx + len(para_tokens[-1].text))
    return text[start:end].strip()


def _attribution_further_on(spoken_by: list[tuple[Claim, QuoteSpan]], index: ActorIndex) -> None:
    """A quote running over paragraphs whose attribution comes in a later paragraph
    (“First part.⏎“Second part,” she said.) is the attributed speaker's from its start."""
    for k in range(len(spoken_by) - 2, -1, -1):
        claim, span = spoken_by[k]
        following, next_span = spoken_by[k + 1]
        if span.open_end and claim.cue is None and following.speaker \
                and next_span.paragraph == span.paragraph + 1:
            claim.speaker = following.speaker
            actor = index.resolve(following.speaker)
            claim.speaker_role = actor.role if actor else None


def _borrow_speakers(claims: list[Claim], index: ActorIndex) -> None:
    """An unattributed quote (a headline, a teaser) that repeats an attributed one is the same speaker's."""
    spoken = [(set(_WORD.findall(c.text.lower())), c) for c in claims if c.speaker]
    for claim in claims:
        if claim.speaker:
            continue
        words = _WORD.findall(claim.text.lower())
        if not words:
            continue
        best = max(spoken, key=lambda pair: sum(w in pair[0] for w in words), default=None)
        if best is not None and sum(w in best[0] for w in words) >= 0.6 * len(words):
            claim.speaker = best[1].speaker
            speaker = index.resolve(best[1].speaker or "")
            claim.speaker_role = speaker.role if speaker else None


def _paraphrases(doc: Any, index: ActorIndex) -> list[Claim]:
    """Reported speech: "Moscow says it is not ..." with a known speaker and no quotation marks."""
    found: list[Claim] = []
    for sent in doc.sents:
        if any(index.in_quote(t.idx) for t in sent) or any(_is_mark(t) for t in sent):
            continue
        for token in sent:
            if token.lower_ == "according" and token.i + 2 < sent.end and doc[token.i + 1].lower_ == "to":
                claim = _according_to(doc, sent, token, index)
                if claim is not None:
                    found.append(claim)
                    break
                continue
            if token.pos_ != "VERB" or token.lemma_.lower() not in lexicon.PARAPHRASE_VERBS:
                continue
            content = [c for c in token.children if c.dep_ == "ccomp"]
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not content or not subjects:
                continue
            speaker = _resolve_phrase(doc, subjects[0], index)
            if speaker is None:
                continue
            clause = content[0]
            span = doc[clause.left_edge.i:clause.right_edge.i + 1]
            words = span.text
            words = re.sub(r"^that\s+", "", words)
            if len(_WORD.findall(words)) < 3:
                continue
            found.append(Claim(speaker=speaker.name, text=words, kind="paraphrase", cue=token.text,
                               context=sent.text.strip(), speaker_role=speaker.role))
            break
    return found


def _according_to(doc: Any, sent: Any, according: Any, index: ActorIndex) -> Claim | None:
    """"..., according to Jane Roe, a union official." -> what Jane Roe says, minus the attribution."""
    source = next((index.actor_at(t.i) for t in doc[according.i + 2:min(according.i + 8, sent.end)]
                   if index.actor_at(t.i) is not None), None)
    if source is None:
        return None
    objects = [c for c in doc[according.i + 1].children if c.dep_ == "pobj"]
    phrase_end = objects[0].right_edge.i + 1 if objects else according.i + 3  # with any appositive
    rest = [t for t in sent if not according.i <= t.i < phrase_end]
    words = re.sub(r"^[\s,;]+|[\s,.;]+$", "", "".join(t.text_with_ws for t in rest))
    if len(_WORD.findall(words)) < 3:
        return None
    return Claim(speaker=source.name, text=words, kind="paraphrase", cue="according to",
                 context=sent.text.strip(), speaker_role=source.role)
