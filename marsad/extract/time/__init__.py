"""Arabic (and English) temporal expressions: detection, TIMEX3 normalisation, resolution.

``extract_times(text, reference)`` returns :class:`marsad.types.TimeExpr` records whose ``value``
follows the Recognizers-Text TIMEX conventions (``XXXX-WXX-1``, ``PRESENT_REF``,
``(start,end,duration)``) and whose ``resolved_start``/``resolved_end`` are ISO bounds for the
timeline.  ``extract_resolved`` adds the fully resolved TIMEX value of each expression, and
``timeline_value(expr)`` gives the point a timeline places it at (``2024-12-08TMO``), or None.
"""

from marsad.extract.time.extract import Found, extract_resolved, extract_times, timeline_value

__all__ = ["Found", "extract_resolved", "extract_times", "timeline_value"]
