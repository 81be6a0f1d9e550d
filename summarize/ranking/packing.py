"""Packing the rest of a cluster's budget once the greedy cover has chosen its openings.

The greedy cover (concepts.cover: the most new concept weight per length**0.5, in turn) takes the
articles' openings that references copy, but past them it packs the syllable cap loosely: on the
ViMs dev clusters it covers 25.9 of the 27.3 weight that an exact packing of the same syllables
holds. The exact packing (an ILP, or a branch-and-bound) costs 10 to 250 ms a cluster, many times
the whole pipeline's; partial enumeration (Khuller, Moss and Naor 1999) reaches the optimum on
123 of 150 ViMs clusters for about 3 ms: the greedy again from every one-sentence start, by two
costs, and the run that covers the most weight wins (bench/README.md, "Packing the rest").

Every start is a row of one array, so a step of all the runs is a few numpy operations; each
candidate's new weight is kept by subtracting what a step covers (no matrix product: no BLAS
threads, the same sums in the same order on every run, cheap on a busy machine).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .concepts import COST_EXPONENT, MIN_WEIGHT, Selection

# At most this many one-sentence starts, those with the most new weight per length**0.5: a bound
# on time only (a 1,000-sentence cluster), above the candidates of every dev cluster but a few.
STARTS = 64
# The greedy's own cost, then the knapsack's (new weight per syllable): each start runs both.
EXPONENTS = (COST_EXPONENT, 1.0)
_NONE, _GONE = -1, -2  # antecedent codes: none (or already fixed); not a candidate


def openings(chosen: Sequence[int], part: np.ndarray, needs: np.ndarray) -> list[int]:
    """The chosen sentences that lead-rr quotes at this budget (`part`, concepts.lead_rounds)
    and the sentences they lean on: what the packing keeps of the greedy's choice."""
    fixed = [j for j in chosen if part[j] == 1]
    for j in list(fixed):
        a = int(needs[j])
        while a >= 0 and a not in fixed:
            fixed.append(a)
            a = int(needs[a])
    return fixed


def pack(
    rows: np.ndarray,
    concept: np.ndarray,
    weights: np.ndarray,
    length: np.ndarray,
    allowed: Selection,
    fixed: Sequence[int],
    start: Sequence[int],
) -> list[int]:
    """`fixed`, then the sentences that cover the most weight (concepts.cover's: a concept
    counts once, from MIN_WEIGHT) in what is left of the syllable cap. `start`, the greedy's own
    choice past `fixed`, stays unless a run covers strictly more; ties go to the earlier run.
    Same limits as the cover: one sentence of a group of repeats, quotable ones only, and a
    sentence that leans on another only after it."""
    cap = allowed.budget.syllables
    n = len(length)
    taken = np.zeros(n, dtype=bool)
    taken[list(fixed)] = True
    value = np.where(weights >= MIN_WEIGHT, weights, 0.0)
    value[concept[taken[rows]]] = 0.0  # what the openings cover counts no more
    left = (cap or 0) - int(length[taken].sum())
    pair = value[concept]
    gain = np.bincount(rows, weights=pair, minlength=n)
    shut = np.isin(allowed.group, allowed.group[taken])
    index = np.flatnonzero(allowed.quotable & ~shut & (length <= left) & (gain > 0))
    if cap is None or not len(index):
        return [*fixed, *start]
    rest = _Rest(rows, concept, value, length, allowed, taken, index, left)
    floor = rest.covered(start)
    best, covered = _best_run(rest, floor)
    if covered <= floor + _TINY:
        return [*fixed, *start]
    return [*fixed, *(int(index[t]) for t in best)]


@dataclass(frozen=True, slots=True)
class _Rest:
    """What is left to pack once the openings are fixed: the (sentence, concept) pairs (`rows`,
    `concept`), each concept's weight with what the openings cover zeroed (`value`), each
    sentence's syllables, the cover's limits (`allowed`), the openings (`fixed`, a mask), the
    candidates (`index`, sentence positions) and the syllables left of the cap."""

    rows: np.ndarray
    concept: np.ndarray
    value: np.ndarray
    length: np.ndarray
    allowed: Selection
    fixed: np.ndarray
    index: np.ndarray
    left: int

    def covered(self, chosen: Sequence[int]) -> float:
        """The weight that `chosen` covers."""
        held = np.zeros(len(self.value), dtype=bool)
        held[self.concept[np.isin(self.rows, list(chosen))]] = True
        return float(self.value[held].sum())


def _best_run(rest: _Rest, floor: float) -> tuple[np.ndarray, float]:
    """The greedy from every start (none, then each candidate that is ready), by each cost, as
    rows run together: the candidates (positions in `rest.index`) of the run that covers the
    most.

    A run stops early once it cannot cover more than `floor` (the greedy's own choice) or than
    another run already covers: what it covers can grow by at most what is left of the cap
    times the best new weight per syllable among its candidates (concepts count once), so the
    run that wins is the same."""
    left = rest.left
    runs = _started(rest)
    done: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []  # (run ids, covered, taken)
    while len(runs.id):
        ok = runs.open_candidates()
        room = left - runs.used
        reach = runs.covered + room * np.where(ok, runs.gain / runs.size, 0.0).max(axis=1)
        over = ~ok.any(axis=1)
        done.append((runs.id[over], runs.covered[over], runs.taken[over]))
        lower = max(floor, float(runs.covered.max()))
        go = ~over & (reach > floor + _TINY) & (reach >= lower - _TINY)
        if not go.all():
            runs.keep(go)
            ok = ok[go]
        if len(runs.id):
            pick = _first_best(np.where(ok, runs.gain / runs.cost, -np.inf))
            runs.take(np.arange(len(pick)), pick)
    ids, covered, taken = (np.concatenate(part) for part in zip(*done, strict=True))
    if not len(ids):  # every run stopped early: none covers more than `floor`
        return ids, floor
    order = np.argsort(ids, kind="stable")
    best = order[int(_first_best(covered[order][None, :])[0])]
    return np.flatnonzero(taken[best]), float(covered[best])


def _started(rest: _Rest) -> _Runs:
    """Every run, each with its start taken: the candidates (`rest.index`), the concepts they
    hold that still count, and their antecedents among them."""
    rows, concept, value, length = rest.rows, rest.concept, rest.value, rest.length
    allowed, fixed, index = rest.allowed, rest.fixed, rest.index
    where = np.full(len(length), -1)
    where[index] = np.arange(len(index))
    live = (where[rows] >= 0) & (value[concept] > 0)
    columns, column = np.unique(concept[live], return_inverse=True)
    holds = _Holds(where[rows[live]], column.ravel(), len(index), len(columns))
    v = value[columns]
    size = length[index].astype(np.float64)
    needs = allowed.needs[index]
    ante = np.where(where[needs] >= 0, where[needs], _GONE)
    ante = np.where((needs < 0) | fixed[needs], _NONE, ante)
    gain = np.bincount(holds.row, weights=v[holds.column], minlength=len(index))
    seeds = np.flatnonzero(ante == _NONE)
    if len(seeds) > STARTS:
        ratio = gain[seeds] / np.maximum(1.0, size[seeds]) ** COST_EXPONENT
        seeds = np.sort(seeds[np.argsort(-ratio, kind="stable")[:STARTS]])
    first = np.tile(np.concatenate([[-1], seeds]), len(EXPONENTS))
    cost = np.repeat(
        np.maximum(1.0, size)[None, :] ** np.array(EXPONENTS)[:, None], len(seeds) + 1, axis=0
    )
    runs = _Runs(holds, v, gain, allowed.group[index], cost, size, rest.left, ante)
    started = np.flatnonzero(first >= 0)
    runs.take(started, first[started])
    return runs


# Sums kept by subtraction drift by a few ulps: a gain below this is none (a concept weighs
# MIN_WEIGHT or nothing), and values this close are a tie, which goes to the earlier.
_TINY = 1e-9


def _first_best(values: np.ndarray) -> np.ndarray:
    """For each row, the first column within _TINY of the row's largest value."""
    return np.asarray(np.argmax(values >= values.max(axis=1, keepdims=True) - _TINY, axis=1))


class _Holds:
    """Which candidate holds which concept, both ways (numpy only: a cluster never imports
    scipy, terms.DENSE_ROWS)."""

    def __init__(self, row: np.ndarray, column: np.ndarray, n: int, k: int) -> None:
        pairs = np.unique(row.astype(np.int64) * k + column)
        self.row, self.column = pairs // k, pairs % k  # by candidate, then concept
        self.row_start = np.searchsorted(self.row, np.arange(n + 1))
        by_column = np.argsort(self.column, kind="stable")
        self.holder = self.row[by_column]
        self.column_start = np.searchsorted(self.column[by_column], np.arange(k + 1))


def _spans(start: np.ndarray, items: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each i, the positions start[items[i]] .. start[items[i] + 1] - 1, flat, and how many."""
    counts = start[items + 1] - start[items]
    offsets = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    return np.repeat(start[items], counts) + offsets, counts


class _Runs:
    """The state of the greedy runs still going: each one's id (its start and cost), what it
    has taken, the weight it covers, the concepts it leaves open, each candidate's new weight
    for it (kept by subtracting what each step covers, so a step costs what it covers, not a
    product), and the candidates it may still take (not taken, group open, within what is
    left, adding weight: each only ever closes)."""

    def __init__(
        self,
        holds: _Holds,
        v: np.ndarray,
        gain: np.ndarray,
        group: np.ndarray,
        cost: np.ndarray,
        size: np.ndarray,
        left: int,
        ante: np.ndarray,
    ) -> None:
        count = len(cost)
        self.holds, self.v, self.size, self.left = holds, v, size, left
        self.ante, self.leaning = ante, np.flatnonzero(ante != _NONE)
        self.same = group[:, None] == group[None, :]
        self.id = np.arange(count)
        self.cost = cost
        self.taken = np.zeros((count, len(gain)), dtype=bool)
        self.used = np.zeros(count)
        self.covered = np.zeros(count)
        self.open = np.ones((count, len(v)), dtype=bool)
        self.gain = np.tile(gain, (count, 1))
        self.alive = np.tile((size <= left) & (gain > _TINY), (count, 1))

    def open_candidates(self) -> np.ndarray:
        """What each run may take now: `alive`, and a leaning candidate only once its
        antecedent is taken (never when that is no candidate)."""
        if not len(self.leaning):
            return self.alive
        ok = self.alive.copy()
        ante = self.ante[self.leaning]
        ok[:, self.leaning] &= (ante >= 0) & self.taken[:, np.maximum(ante, 0)]
        return ok

    def keep(self, runs: np.ndarray) -> None:
        """Only `runs` (a mask) go on."""
        for name in ("id", "cost", "taken", "used", "covered", "open", "gain", "alive"):
            setattr(self, name, getattr(self, name)[runs])

    def take(self, runs: np.ndarray, chosen: np.ndarray) -> None:
        """Run runs[i] (a position among those going) takes candidate chosen[i]."""
        h = self.holds
        self.taken[runs, chosen] = True
        self.used[runs] += self.size[chosen]
        at, counts = _spans(h.row_start, chosen)
        run, column = np.repeat(runs, counts), h.column[at]
        newly = self.open[run, column]
        run, column = run[newly], column[newly]
        self.open[run, column] = False
        count, n = self.gain.shape
        self.covered += np.bincount(run, weights=self.v[column], minlength=count)
        at, counts = _spans(h.column_start, column)
        lost = np.bincount(
            np.repeat(run, counts) * n + h.holder[at],
            weights=np.repeat(self.v[column], counts),
            minlength=count * n,
        )
        self.gain -= lost.reshape(count, n)
        fits = self.used[runs][:, None] + self.size[None, :] <= self.left
        self.alive[runs] &= ~self.same[chosen] & fits & (self.gain[runs] > _TINY)
