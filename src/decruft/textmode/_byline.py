"""Text mode's name for the byline line reader, which lives in ``decruft.metadata._byline_line``
(both modes read bylines printed as lines); kept for the passes that import it from here."""

from __future__ import annotations

from ..metadata._byline_line import byline_names

__all__ = ["byline_names"]
