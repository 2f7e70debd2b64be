"""Stage 6 — render: the article's blocks as text, Markdown and clean HTML.

The chosen elements are walked once into a list of :class:`Block` (heading,
paragraph, list item, quote, code, table row, caption); each output format is
a plain function of that list. Identical blocks are kept once, so a caption
or pull quote repeating the body does not appear twice.

Modules: ``_walk`` (elements to blocks), ``_block`` (the :class:`Block` record, the builder,
escaping), ``_formats`` (text, Markdown, HTML).
"""

from ._block import Block, md_escape, safe_href
from ._formats import to_html, to_markdown, to_text
from ._walk import REPEAT_CHARS, blocks_of

__all__ = ["REPEAT_CHARS", "Block", "blocks_of", "md_escape", "safe_href", "to_html", "to_markdown", "to_text"]
