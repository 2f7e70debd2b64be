"""Stage 4 — main content: find the article in what the cruft rules left.

Two passes, after Readability and jusText:

1. *Choose.* Semantic hints first (``itemprop=articleBody``, a single
   ``<article>``, well-known body classes) when they hold most of the page's
   paragraph text that is not in side blocks (``<aside>``, comment threads,
   sidebar widgets and profile boxes by their class names), with their
   same-class twins; otherwise score containers by
   the paragraphs they hold (length, commas, class weight, link density),
   climb to the ancestor when it holds much more prose (an article split into
   CMS blocks; never out of an ``<article>`` or ``hentry`` post), take the cell
   holding a layout table's prose rather than the table, and take the best with
   the siblings that score close to it (so an archive page keeps all its posts); when the
   page names one block as its post body and the scoring's choice holds it, a short post
   beside prose sidebars, that block. A lead printed above the body joins it.
   Scoring leaves out the paragraphs in side blocks (comment threads, sidebar
   widgets, by their class names) when enough text lies outside them.
2. *Prune.* Inside the choice, drop blocks that look like leftovers: link
   lists (unless they are a link roundup, the post itself), teaser lists (linked headlines
   with a date and a summary, repeated),
   image galleries without text, charts whose labels are text placed over their
   picture, empty shells, ``<aside>`` boxes, author
   boxes, the side blocks the scoring left out. Each pruned block is recorded under the
   rule name ``prune``.

Modules: ``_choose`` (posts, hints, paragraphs), ``_score`` (Readability's scoring and
climbing), ``_siblings`` (what joins the choice: siblings, twins, cousins, the lead),
``_sides`` (side blocks), ``_prune`` (with ``_charts``: chart labels), and ``_measure`` (class/id verdicts, text lengths,
link density) under them all.
"""

from ._choose import choose
from ._measure import class_weight, link_density, names_body, text_len
from ._prune import prune
from ._sides import is_side_block

__all__ = ["choose", "class_weight", "is_side_block", "link_density", "names_body", "prune", "text_len"]
