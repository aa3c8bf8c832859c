"""Round 65 (session 51): a state's planned signing told with its signers ("is to be signed by X and Y") joins the
signing reported done; a port call put off and "now expected" in a later month, then made, is one visit whose
history keeps the plan and the new time, and a report's own "had been postponed from late April" is that visit's past.
Sentences and names are our own. March 10, 2025 and April 21, 2025 are Mondays.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask

from ..stored import stored


@pytest.mark.slow
def test_round65_a_states_signing_with_its_signers_joins_the_signing_done(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("MANILA, March 10 (Wire) - The Philippines and Japan will sign a coast guard cooperation pact on Thursday, the "
         "Philippine foreign ministry said on Monday. The pact is to be signed by Philippine Foreign Secretary Lourdes "
         "Magno and Japanese Foreign Minister Daichi Ono, who will be in Manila for the ceremony.", date(2025, 3, 10)),
        ("MANILA, March 13 (Wire) - The Philippines and Japan signed a coast guard cooperation pact on Thursday. The "
         "pact was signed in Manila by Lourdes Magno and Daichi Ono.", date(2025, 3, 13)),
    ])
    signings = [e for e in store.events() if e.action == "sign"]
    assert [(e.actor.name, e.status, e.date.value, [h.status for h in e.history]) for e in signings] == \
        [("Lourdes Magno", "happened", "2025-03-13", ["planned", "happened"])]


@pytest.mark.slow
def test_round65_a_port_call_put_off_then_made_is_one_visit(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("CHITTAGONG, April 21 (Wire) - The Turkish navy corvette Heybeliada will call at Chittagong next Monday for a "
         "four-day visit, Bangladesh's navy said on Monday.", date(2025, 4, 21)),
        ("DHAKA, April 24 (Wire) - Bangladesh has asked Turkey to delay the port call by the corvette Heybeliada, an "
         "official said on Thursday. The visit is now expected in mid-May, the official said.", date(2025, 4, 24)),
        ("CHITTAGONG, May 16 (Wire) - The Turkish corvette Heybeliada docked in Chittagong on Thursday for a four-day "
         "visit, the navy said on Friday. The visit had been postponed from late April.", date(2025, 5, 16)),
    ])
    events = store.events()
    assert len(events) == 1
    assert (events[0].status, events[0].date.value, len({v.article_id for v in events[0].evidence})) == \
        ("happened", "2025-05-15", 3)
    early = ask(store, "Will the Heybeliada visit Chittagong by April 30?", as_of=date(2025, 4, 25))
    assert early.probability is not None and early.probability < 0.3
    late = ask(store, "Will the Heybeliada visit Chittagong?", as_of=date(2025, 5, 17))
    assert (late.answer, late.resolution) == ("yes", "yes")
