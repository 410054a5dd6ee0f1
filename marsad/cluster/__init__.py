"""Story clustering: the pairwise similarity model and online story assignment.

- :mod:`marsad.cluster.similarity`: per-article features, pair features, the packaged combiners.
- :mod:`marsad.cluster.online`: :class:`OnlineStoryClusterer`, one article at a time, with merges.
- :mod:`marsad.cluster.train` / :mod:`marsad.cluster.evaluation`: fitting and scoring (used by the CLI).
"""

from marsad.cluster.online import ClusterSettings, OnlineStoryClusterer
from marsad.cluster.similarity import ArticleFeatures, featurize, pair_features, semeval_model, story_model

__all__ = [
    "ArticleFeatures",
    "ClusterSettings",
    "OnlineStoryClusterer",
    "featurize",
    "pair_features",
    "semeval_model",
    "story_model",
]
