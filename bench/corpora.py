"""The development collections, read in place from ../shared/data (never copied into the repo).

The one module that knows where the data lives. Every collection uses one line per item:
`{"id", "documents": [{"id", "title", "text"}], "summaries": [...]}`. ViMs items are clusters of
5-10 articles with 2-4 human summaries; VMDS items are clusters of 2-5 articles with two human
summaries, and each article also has its publisher's `lead` paragraph (sapo), which is not part
of `text`; VietNews items are one article whose reference is its sapo, cut out of the body.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
SEGMENTATION = DATA / "vtb_sentseg_dev.jsonl"


@dataclass(frozen=True, slots=True)
class Corpus:
    name: str
    path: Path

    def load(self, limit: int | None = None) -> list[dict[str, Any]]:
        rows = []
        with self.path.open(encoding="utf-8") as handle:
            for line in handle:
                rows.append(json.loads(line))
                if limit and len(rows) >= limit:
                    break
        return rows

    def sha256(self) -> str:
        return hashlib.sha256(self.path.read_bytes()).hexdigest()


VIMS = Corpus("vims", DATA / "vims_dev.jsonl")
VMDS = Corpus("vmds", DATA / "vmds_dev.jsonl")
VIETNEWS = Corpus("vietnews", DATA / "vietnews_dev.jsonl")
#: The collections a model is fitted on and left out of, one at a time (leave-one-collection-out).
COLLECTIONS = {c.name: c for c in (VIMS, VMDS, VIETNEWS)}
