"""Packing the rest of a cluster's budget (summarize/ranking/packing.py): examples, then
properties over real development clusters."""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarize.batch.clusters import cluster_candidates
from summarize.models import Budget
from summarize.ranking import learned
from summarize.ranking.concepts import MIN_WEIGHT, Selection, cover, lead_rounds
from summarize.ranking.packing import openings, pack
from summarize.ranking.select import standing
from summarize.ranking.weights import packaged_model
from summarize.text.words import syllable_count
from tests.test_contract import FEW, _lines

# Five concepts 0..4 of weight 1. Sentence 0 (6 syllables) holds 0, 1, 2; sentence 1 (5) holds 0
# and 3; sentence 2 (5) holds 2 and 4. Within 10 syllables the greedy takes 0 first (3 / 6**0.5
# beats 2 / 5**0.5) and then nothing fits; 1 and 2 together cover four concepts.
ROWS = np.array([0, 0, 0, 1, 1, 2, 2])
CONCEPT = np.array([0, 1, 2, 0, 3, 2, 4])
LENGTH = np.array([6, 5, 5])
WEIGHTS = np.ones(5)


def limits(syllables: int, **given: object) -> Selection:
    base: dict[str, object] = {
        "budget": Budget(None, syllables),
        "needs": np.full(3, -1),
        "group": np.arange(3),
        "scores": np.zeros(3),
        "quotable": np.ones(3, dtype=bool),
    }
    base.update(given)
    return Selection(**base)  # type: ignore[arg-type]


def test_packing_fills_the_cap_where_the_greedy_leaves_weight_uncovered() -> None:
    assert cover(ROWS, CONCEPT, WEIGHTS, LENGTH, limits(10)) == [0]
    assert pack(ROWS, CONCEPT, WEIGHTS, LENGTH, limits(10), [], [0]) == [1, 2]


def test_the_fixed_openings_stay_and_their_concepts_count_no_more() -> None:
    # Concept 1 weighs 0.5. Within 11 syllables the greedy takes 0 (2.5), then 1 (ties with 2:
    # the earlier); with 1 fixed, 0 adds only 1.5 (its concept 0 is covered) and 2 adds 2.
    weights = np.array([1.0, 0.5, 1.0, 1.0, 1.0])
    assert cover(ROWS, CONCEPT, weights, LENGTH, limits(11)) == [0, 1]
    assert pack(ROWS, CONCEPT, weights, LENGTH, limits(11), [1], [0]) == [1, 2]


def test_the_greedy_choice_stays_unless_a_packing_covers_strictly_more() -> None:
    weights = np.array([1.0, 1.0, 2.0, 1.0, 0.0])  # 0 alone covers 4; 1 and 2 together 4 too
    assert pack(ROWS, CONCEPT, weights, LENGTH, limits(10), [], [0]) == [0]


def test_packing_keeps_groups_antecedents_and_what_may_be_quoted() -> None:
    same = limits(10, group=np.array([0, 1, 1]))  # 2 repeats 1: never both
    assert pack(ROWS, CONCEPT, WEIGHTS, LENGTH, same, [], [0]) == [0]
    leaning = limits(10, needs=np.array([-1, -1, 1]))  # 2 points back to 1: only after it
    assert pack(ROWS, CONCEPT, WEIGHTS, LENGTH, leaning, [], [0]) == [1, 2]
    orphan = limits(10, needs=np.array([-1, 0, 0]))  # 1 and 2 lean on 0: no room for both
    assert pack(ROWS, CONCEPT, WEIGHTS, LENGTH, orphan, [], [0]) == [0]
    caption = limits(10, quotable=np.array([True, True, False]))
    assert pack(ROWS, CONCEPT, WEIGHTS, LENGTH, caption, [], [0]) == [0]


def test_openings_are_the_chosen_lead_round_sentences_with_their_antecedents() -> None:
    part = np.array([1.0, 0.0, 0.0, 0.0, 1.0, 1.0])
    needs = np.array([-1, -1, -1, -1, 3, 4])  # 5 leans on 4, which leans on 3
    assert openings([2, 0, 5, 4, 3], part, needs) == [0, 5, 4, 3]
    assert openings([2, 1], part, needs) == []


def test_a_cluster_cut_to_a_filling_budget_stops_at_its_packed_choice() -> None:
    # Bench's cut protocol (Budget.fill): the packing leaves a syllable or two, and a sentence
    # crossing the cap would have the cut fall on the reading-order last, packed, sentence.
    for documents in _clusters()[:3]:
        candidates = cluster_candidates(documents)
        filled = learned.summarize(candidates, Budget(None, 150, fill=True))
        assert filled == learned.summarize(candidates, Budget(None, 150))
        assert sum(syllable_count(s.text) for s in filled) <= 150


def _clusters() -> list[list[dict[str, object]]]:
    return [
        row["documents"] for row in [*_lines("vims_dev.jsonl", 4), *_lines("vmds_dev.jsonl", 4)]
    ]


@settings(max_examples=FEW, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(range(8)), st.integers(min_value=1, max_value=400))
def test_on_real_clusters_packing_covers_at_least_the_greedy_within_its_limits(
    which: int, syllables: int
) -> None:
    candidates = cluster_candidates(_clusters()[which])
    given = learned.learned_input(candidates)
    model = packaged_model()
    weighed = learned.weigh(given, candidates, model)
    length = np.array([syllable_count(s.text) for s in given.pool])
    budget = Budget(None, syllables)
    weights = learned._blended(given, weighed, length, budget, model)
    needs, quotable = standing(given.pool)
    allowed = Selection(budget, needs, given.group, weighed.scores, quotable)
    rows, concept = given.concepts.rows, weighed.concept
    greedy = cover(rows, concept, weights, length, allowed)
    fixed = openings(greedy, lead_rounds(_position(given), length, budget), needs)
    rest = [j for j in greedy if j not in fixed]
    chosen = pack(rows, concept, weights, length, allowed, fixed, rest)
    assert chosen == pack(rows, concept, weights, length, allowed, fixed, rest)
    assert chosen[: len(fixed)] == fixed and len(set(chosen)) == len(chosen)
    assert int(length[chosen].sum()) <= syllables
    assert len({int(given.group[j]) for j in chosen}) == len(chosen), "one of each group"
    assert all(quotable[j] for j in chosen)
    assert all(needs[j] < 0 or needs[j] in chosen for j in chosen), "antecedents come along"

    def covered(picked: list[int]) -> float:
        held = np.unique(concept[np.isin(rows, picked)])
        return float(np.where(weights >= MIN_WEIGHT, weights, 0.0)[held].sum())

    assert covered(chosen) >= covered(greedy) - 1e-9


@settings(max_examples=FEW, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(range(8)), st.integers(min_value=1, max_value=400))
def test_on_real_clusters_a_filling_budget_gives_the_summary_as_shipped(
    which: int, syllables: int
) -> None:
    candidates = cluster_candidates(_clusters()[which])
    filled = learned.summarize(candidates, Budget(None, syllables, fill=True))
    assert filled == learned.summarize(candidates, Budget(None, syllables))
    sizes = [syllable_count(s.text) for s in filled]
    assert sum(sizes) <= syllables or len(filled) == 1, "within the cap, or its one sentence"


def _position(given: learned.LearnedInput) -> np.ndarray:
    return np.asarray(given.rows[:, learned._COLUMN["position"]])
