"""EDGE: read raw inputs (text, HTML, JSON/JSONL, RSS/Atom, WARC, stdin) into RawRecords."""

from marsad.ingest.encoding import decode_bytes
from marsad.ingest.readers import FieldMap, ReadOptions, html_fragment_to_text, json_record, read_inputs

__all__ = ["FieldMap", "ReadOptions", "decode_bytes", "html_fragment_to_text", "json_record", "read_inputs"]
