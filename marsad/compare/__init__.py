"""Cross-outlet source comparison: which statements outlets agree on, report alone, or contradict.

``compare_sentences`` judges one pair of statements (agreed / conflict / unrelated) and is what
``marsad compare`` runs; ``compare_story`` aligns the statements of a story's articles into
facts (agreed / unique / conflict) using that same pairwise judgement.
"""

from marsad.compare.sentences import Comparison, compare_sentences
from marsad.compare.story import Statement, compare_story, split_statements

__all__ = ["Comparison", "Statement", "compare_sentences", "compare_story", "split_statements"]
