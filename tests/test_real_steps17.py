"""Session 17: what real news showed — long demanded phrases and a title that ends a text.

Every sentence here was invented for the test in the manner of wire copy or a Chinese daily, and
each case pins the exact claims it gives, near misses beside the cases that must change.
"""

from __future__ import annotations

import pytest
from conftest import facts

CN, US = "state/china", "state/us"
MOFCOM = "org/mofcom"


# -- a phrase still as long as a sentence is cut before what is attached to its item -------------------
# things.trim_adjunct: after the adjuncts (en-phrase-adjunct), a phrase of an issue that is still longer
# than a thing is cut before the last attachment word (en-phrase-attachment: under, by, over, that …)
# that leaves it short, so its own words name the demanded thing.
ATTACHED = [
    ("The Commerce Ministry on Monday urged the United States to lift the export controls imposed on "
     "Chinese firms by the Commerce Department over the past five years.",
     {(MOFCOM, "lift the export controls imposed on Chinese firms", "export-controls")}),
    ("The Commerce Ministry on Monday urged the United States to stop interfering in the internal "
     "affairs of China under the pretext of human rights.",
     {(MOFCOM, "stop interfering in the internal affairs of China", "human-rights")}),
    # near miss: after "demanded that" comes the demand itself, not an attachment: the clause stays
    ("Washington demanded that Beijing cut the tariffs imposed on American farm goods under the "
     "pretext of protecting its own growers.",
     {(US, "Washington demanded that Beijing cut the tariffs imposed on American farm goods under the "
       "pretext of protecting its own growers", "tariffs")}),
    # near miss: a short phrase names its thing already and is left whole
    ("The Commerce Ministry urged the United States to lift the export controls by June.",
     {(MOFCOM, "lift the export controls by June", "export-controls")}),
]


@pytest.mark.parametrize(("text", "expected"), ATTACHED)
def test_long_phrase_cut_before_its_attachment(claims_of, text: str, expected: set[tuple[str | None, ...]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(claims_of(text), ("Demand",), "actor", "phrase", "issue") == expected


# -- a title word at the very end of a Chinese text ------------------------------------------------------
# zh_actors._match_titles looked one character past a title to tell 委員|會 from a title: at the end of
# the text there is none, and the build stopped with an IndexError.
def test_title_at_the_end_of_a_chinese_text(extraction_of) -> None:  # type: ignore[no-untyped-def]
    ex = extraction_of("中國商務部長王文濤會見美國財政部長")
    assert sorted(ex.actors) == ["person/wang-wentao", "state/china", "state/us"]
    assert [(r.title, r.of) for r in ex.actors["person/wang-wentao"].roles] == [("商務部長", CN)]
