"""Load a dataset in the shared format: ``pages/<id>.html.gz`` + ``truth.jsonl``."""

from __future__ import annotations

import dataclasses
import gzip
import json
from pathlib import Path
from typing import Any


@dataclasses.dataclass(frozen=True, slots=True)
class Page:
    id: str
    raw: bytes  # the page's bytes (plain UTF-8 text for *-text datasets)
    truth: dict[str, Any]

    @property
    def url(self) -> str | None:
        url = self.truth.get("url")
        return url if isinstance(url, str) and url.startswith("http") else None


def is_text_dataset(path: Path) -> bool:
    return path.name.endswith("-text")


def load(path: Path, limit: int | None = None) -> list[Page]:
    """Pages of the dataset at ``path``, in truth.jsonl order."""
    pages = []
    with (path / "truth.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            truth = json.loads(line)
            raw = gzip.decompress((path / "pages" / f"{truth['id']}.html.gz").read_bytes())
            pages.append(Page(str(truth["id"]), raw, truth))
            if limit is not None and len(pages) >= limit:
                break
    return pages
