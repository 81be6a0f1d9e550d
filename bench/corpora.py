"""The two development corpora, read in place from ../shared/data (never copied into the repo).

Both use one line per item: `{"id", "documents": [{"id", "title", "text"}], "summaries": [...]}`.
ViMs items are clusters of 5-10 articles with 2-4 human summaries; VietNews items are one article
whose reference is the journalist's lead paragraph (sapo).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@dataclass(frozen=True, slots=True)
class Corpus:
    name: str
    path: Path
    #: Items the --check gate scores: the first N lines of the file (all of them: ours takes a
    #: few seconds on both corpora, and the gate compares ours with the peers' full figures).
    check_items: int

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


VIMS = Corpus("vims", DATA / "vims_dev.jsonl", check_items=150)
VIETNEWS = Corpus("vietnews", DATA / "vietnews_dev.jsonl", check_items=1000)
CORPORA = {c.name: c for c in (VIMS, VIETNEWS)}
