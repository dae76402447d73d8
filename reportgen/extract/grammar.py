"""Facts about a Doc's parse tree that several layers ask of many tokens, found once per Doc in
linear time (:func:`tree_of`).

Climbing from a token to the root is cheap in a news sentence and quadratic in a list of thousands
of names the parser chained as conjuncts (a roll of honour, a signatories' list): each question here
is answered for every token in one pass that reuses its head's answer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any, TypeVar

from spacy.strings import get_string_id

from reportgen.extract import lexicon
from reportgen.extract.layout import children_of, layout_of

T = TypeVar("T")

#: A clause's subjects, active and passive ("Ruiz said", "Ruiz was asked").
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Subjects, also a clause standing as one ("What she said was ...").
ANY_SUBJECTS = SUBJECTS | {"csubj"}
#: Who acts or owns: a subject, possessor or passive agent.
AGENTS = SUBJECTS | {"poss", "agent"}
#: The possessive endings the tokenizer splits off ("Putin's", "players'").
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})

#: Clauses that background a name: "the aide [who wrote it with Tom Ray]", "a man [named Tom Ray]".
SUBORDINATE_CLAUSES = frozenset({"relcl", "acl"})

TREE_KEY = "reportgen_tree"


def complement(token: Any) -> bool:
    """A clause that is its verb's object: a ``ccomp``, or an ``advcl`` opened by "that", as the parser
    sometimes labels one after a date or place ("recalled in 2008 [that ... Obama wasn't treated]");
    never a purpose or a result ("so that he could rest", "was so angry that ...")."""
    if token.dep_ not in ("ccomp", "advcl"):
        return False  # (asked of every token: the cheap test first)
    marks = [c.lower_ for c in children_of(token) if c.dep_ == "mark"]
    if (token.dep_ == "advcl" and "that" not in marks) \
            or "so" in marks:
        return False
    result = any(c.lower_ in ("so", "such") for c in children_of(token.head) if c.i < token.i)
    return not result or "whether" in marks or "if" in marks


def according_to(token: Any) -> Any | None:
    """The source's head in "according to X" when ``token`` is its "according" (the object of "to",
    else the word after it), else None; quotes and reported speech both read sources this way."""
    doc = token.doc
    if token.lower_ != "according" or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return None
    objects = [c for c in children_of(doc[token.i + 1]) if c.dep_ == "pobj"]
    return objects[0] if objects else doc[token.i + 2]


def cited(token: Any) -> bool:
    """The source of "according to X" (``token`` is X): who speaks, like a subject; the reverse of
    :func:`according_to`."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "to" and head.i > 0 \
        and token.doc[head.i - 1].lower_ == "according"


def possessive_apostrophe(token: Any) -> bool:
    """An apostrophe glued to a word ending in s, with a space after it and no single quote opened
    before it in its sentence: a plural or s-final possessive ("the crews’ pay", "Sanders’ faith"),
    whatever the tagger made of it, never a closing quotation mark."""
    doc = token.doc
    if token.text not in ("’", "'") or token.i == 0 or doc[token.i - 1].whitespace_ \
            or not doc[token.i - 1].text.endswith(("s", "S")) or not token.whitespace_:
        return False
    return not any(t.text in ("‘", "'") and (t.i == 0 or doc[t.i - 1].whitespace_ or doc[t.i - 1].is_punct)
                   for t in doc[token.sent.start:token.i])


def inherit(heads: list[int], own: list[T | None], root_value: T) -> list[T]:
    """For each token, its own value, else its nearest ancestor's (``root_value`` at a root).

    Each token is visited once: a climb stops at the first token already answered, and every token
    it passed gets that answer.
    """
    value: list[T | None] = list(own)
    done = [v is not None for v in own]
    for i in range(len(heads)):
        if done[i]:
            continue  # (most tokens: answered on an earlier climb)
        path: list[int] = []
        j = i
        while not done[j]:
            path.append(j)
            if heads[j] == j:
                value[j], done[j] = root_value, True
                path.pop()
                break
            j = heads[j]
        answer = value[j]
        for k in path:
            value[k] = answer
            done[k] = True
    return value  # type: ignore[return-value]


@dataclass
class Tree:
    """Per-token answers about one Doc's parse, each computed on first use."""

    doc: Any

    @cached_property
    def _tokens(self) -> list[Any]:
        return layout_of(self.doc).tokens

    @cached_property
    def _heads(self) -> list[int]:
        """Each token's head's index (:attr:`Layout.heads`)."""
        return layout_of(self.doc).heads

    @cached_property
    def _deps(self) -> list[int]:
        """Each token's dependency label as a vocabulary id (``get_string_id`` of ``Token.dep_``)."""
        return self.doc.to_array("DEP").tolist()

    def _answer(self, own: Callable[[Any], T | None], root_value: T, deps: frozenset[str]) -> list[T]:
        """:func:`inherit` of ``own``, asked only of the tokens labelled one of ``deps`` (``own`` is None
        for the others)."""
        tokens, ids = self._tokens, _dep_ids(deps)
        found = [own(tokens[i]) if dep in ids else None for i, dep in enumerate(self._deps)]
        return inherit(self._heads, found, root_value)

    @cached_property
    def _first_conjuncts(self) -> list[int]:
        heads, conj = self._heads, get_string_id("conj")
        found = [None if dep == conj and heads[i] != i else i for i, dep in enumerate(self._deps)]
        return inherit(heads, found, 0)

    @cached_property
    def _subordinate(self) -> list[bool]:
        ids = _dep_ids(SUBORDINATE_CLAUSES)
        return inherit(self._heads, [True if dep in ids else None for dep in self._deps], False)

    @cached_property
    def _reporters(self) -> list[int]:
        return self._answer(lambda t: t.head.i if complement(t) and t.head.i != t.i
                            and t.head.lemma_.lower() in lexicon.REPORTING_VERBS else None, -1,
                            _COMPLEMENT_DEPS)

    @cached_property
    def _complement_heads(self) -> list[int]:
        layout = layout_of(self.doc)

        def head(t: Any) -> int | None:
            if not complement(t) or t.head.i == t.i:
                return None
            if t.head.lemma_.lower() in lexicon.REPORTING_VERBS:
                return int(t.head.i)
            # any other verb's only as written ("pledged [that ...]"), not as the parser may hang a
            # set-up sentence under a quotation's verb
            if t.head.pos_ not in ("VERB", "AUX", "ADJ") or t.head.i > t.i or layout.in_quote(t.head.idx):
                return None
            return int(t.head.i)

        return self._answer(head, -1, _COMPLEMENT_DEPS)

    def complement_head(self, token: Any) -> Any | None:
        """The verb whose complement clause ``token`` stands in (the nearest): a reporting verb's, or any
        verb's written before it ("pledged [that Trump is ...]")."""
        i = self._complement_heads[token.i]
        return self._tokens[i] if i >= 0 else None

    def first_conjunct(self, token: Any) -> Any:
        """The head of a coordination ``token`` belongs to ("Oslo" for "Bergen" in "Oslo, Bergen and
        Tromsø"); the token itself outside one."""
        return self._tokens[self._first_conjuncts[token.i]]

    def subordinate(self, token: Any) -> bool:
        """Whether ``token`` stands inside a relative or participle clause."""
        return self._subordinate[token.i]

    def reported(self, token: Any) -> bool:
        """Whether ``token`` stands inside the clause a reporting verb reports ("said [the bill was
        waylaid]")."""
        return self._reporters[token.i] >= 0

    def reporter(self, token: Any) -> Any | None:
        """The reporting verb whose reported clause ``token`` stands in (the nearest), if any."""
        i = self._reporters[token.i]
        return self._tokens[i] if i >= 0 else None


#: The labels of a clause :func:`complement` can take for its verb's object.
_COMPLEMENT_DEPS = frozenset({"ccomp", "advcl"})


@lru_cache(maxsize=16)
def _dep_ids(labels: frozenset[str]) -> frozenset[int]:
    """The vocabulary ids of dependency labels."""
    return frozenset(get_string_id(label) for label in labels)


def tree_of(doc: Any) -> Tree:
    """The Doc's :class:`Tree`, made once and kept on the Doc."""
    found = doc.user_data.get(TREE_KEY)
    if found is None:
        found = doc.user_data[TREE_KEY] = Tree(doc)
    return found
