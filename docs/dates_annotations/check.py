#!/usr/bin/env python3
"""Check the blind news time-expression files against the corpora (stdlib only).

Same checks as ../shared/data/dates/news_dev/check.py, over three corpora: every line has exactly
the keys docno/start/end/text/type/value/reference, text == article_text[start:end], no outer
whitespace, reference == the article's publication date, value well formed for its type, no
overlapping spans, every docno listed in articles.txt and every listed article annotated.
SaudiNewsNet has no docno: its articles are named SNN-<source>-<line number in the .jsonl.gz>.
Nine sets are checked: news_blind_timex.jsonl / articles.txt (first blind set),
news_blind2_timex.jsonl / articles2.txt, news_blind3_timex.jsonl / articles3.txt,
news_blind4_timex.jsonl / articles4.txt, news_blind5_timex.jsonl / articles5.txt and
news_blind6_timex.jsonl / articles6.txt, news_blind7_timex.jsonl / articles7.txt,
news_blind8_timex.jsonl / articles8.txt, news_blind9_timex.jsonl / articles9.txt (each annotated after
the previous set was used for tuning; set 9 for evaluation only);
no article may be in two sets, nor in news_dev.
Usage: python3 docs/dates_annotations/check.py [path/to/shared/data/corpora]
"""

import collections
import datetime
import gzip
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPORA = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "data", "corpora"))
SETS = [
    (os.path.join(HERE, "news_blind_timex.jsonl"), os.path.join(HERE, "articles.txt")),
    (os.path.join(HERE, "news_blind2_timex.jsonl"), os.path.join(HERE, "articles2.txt")),
    (os.path.join(HERE, "news_blind3_timex.jsonl"), os.path.join(HERE, "articles3.txt")),
    (os.path.join(HERE, "news_blind4_timex.jsonl"), os.path.join(HERE, "articles4.txt")),
    (os.path.join(HERE, "news_blind5_timex.jsonl"), os.path.join(HERE, "articles5.txt")),
    (os.path.join(HERE, "news_blind6_timex.jsonl"), os.path.join(HERE, "articles6.txt")),
    (os.path.join(HERE, "news_blind7_timex.jsonl"), os.path.join(HERE, "articles7.txt")),
    (os.path.join(HERE, "news_blind8_timex.jsonl"), os.path.join(HERE, "articles8.txt")),
    (os.path.join(HERE, "news_blind9_timex.jsonl"), os.path.join(HERE, "articles9.txt")),
]

# news_dev's formats, plus TMI (midday), clock times on no particular day (a daily schedule),
# centuries ("19" = the 20th century) and day-precision ranges for Hijri years and months
FORMATS = {
    "date": r"\d{4}(-\d\d(-\d\d(T(MO|MI|AF|EV|NI))?)?)?|\d{4}-W\d\d|\d{4}-Q[1-4]|\d{3}X|\d\d",
    "time": r"(\d{4}-\d\d-\d\d|XXXX-XX-XX)T\d\d:\d\d",
    "datetime": r"\d{4}-\d\d-\d\dT\d\d:\d\d",
    "duration": r"P(\d+|X)(?:[YMWD]|DE|CE)|PT(\d+|X)H|P\d+Y\d+M",
    "daterange": r"\((\d{4}(-\d\d(-\d\d)?)?),(\d{4}(-\d\d(-\d\d)?)?)\)",
    "set": r"P\d+[YMWD]",
}
FORMATS = {k: re.compile("^(?:" + v + ")$") for k, v in FORMATS.items()}


def pub_date(raw):
    """YYYY-MM-DD from the three corpora's date fields (RFC 2822, ISO, dd/mm/yyyy)."""
    m = re.search(r"(\d{1,2}) (\w{3}) (\d{4})", raw)
    if m:
        return datetime.datetime.strptime(" ".join(m.groups()), "%d %b %Y").strftime("%Y-%m-%d")
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", raw)
    if m:
        return "-".join(m.groups())
    m = re.match(r"(\d\d)/(\d\d)/(\d{4})", raw)
    if m:
        return "%s-%s-%s" % (m.group(3), m.group(2), m.group(1))
    return None


def load_articles(corpora, wanted):
    docs = {}
    for name, body, when in (
        ("ant_multisource_v2.1.jsonl.gz", "text", "time"),
        ("ant_jawharafm_v1.1.jsonl.gz", "text", "time"),
        ("saudinewsnet.jsonl.gz", "content", "date_extracted"),
    ):
        with gzip.open(os.path.join(corpora, name), "rt", encoding="utf-8") as f:
            for i, line in enumerate(f):
                d = json.loads(line)
                docno = d.get("docno") or "SNN-%s-%d" % (d.get("source"), i)
                if docno in wanted:
                    docs[docno] = {"text": d[body], "date": pub_date(d.get(when) or ""), "src": name}
    return docs


def main():
    corpora = sys.argv[1] if len(sys.argv) > 1 else CORPORA
    failed = False
    seen = set()
    for data, arts in SETS:
        print("==", os.path.basename(data))
        listed = [a.strip() for a in open(arts, encoding="utf-8") if a.strip()]
        if seen & set(listed):
            print("ERROR: articles in two sets: %s" % sorted(seen & set(listed)))
            failed = True
        seen |= set(listed)
        failed |= check(corpora, data, arts)
    sys.exit(1 if failed else 0)


def check(corpora, DATA, ARTS):
    errors = []
    listed = [a.strip() for a in open(ARTS, encoding="utf-8") if a.strip()]
    if len(set(listed)) != len(listed):
        errors.append("duplicate docno in articles.txt")
    docs = load_articles(corpora, set(listed))
    dev = os.path.join(corpora, "..", "dates", "news_dev", "articles.txt")
    if os.path.exists(dev):
        overlap = set(listed) & {a.strip() for a in open(dev, encoding="utf-8")}
        if overlap:
            errors.append("articles also in news_dev: %s" % sorted(overlap))
    for a in listed:
        if a not in docs:
            errors.append("not in corpora: " + a)
    rows = []
    keys = {"docno", "start", "end", "text", "type", "value", "reference"}
    for n, line in enumerate(open(DATA, encoding="utf-8"), 1):
        r = json.loads(line)
        rows.append(r)
        if set(r) != keys:
            errors.append("line %d: keys %s" % (n, sorted(r)))
            continue
        d = docs.get(r["docno"])
        if d is None:
            errors.append("line %d: docno not listed/found %s" % (n, r["docno"]))
            continue
        if not (0 <= r["start"] < r["end"] <= len(d["text"])):
            errors.append("line %d: offsets out of range" % n)
        if d["text"][r["start"] : r["end"]] != r["text"]:
            errors.append("line %d: text[start:end] != text %r" % (n, r["text"]))
        if r["text"] != r["text"].strip():
            errors.append("line %d: outer whitespace" % n)
        if r["reference"] != d["date"]:
            errors.append("line %d: reference %s != publication date %s" % (n, r["reference"], d["date"]))
        fmt = FORMATS.get(r["type"])
        if fmt is None:
            errors.append("line %d: unknown type %s" % (n, r["type"]))
        elif not fmt.match(r["value"]):
            errors.append("line %d: value %r malformed for %s" % (n, r["value"], r["type"]))
    per_doc = collections.defaultdict(list)
    for r in rows:
        per_doc[r["docno"]].append(r)
    for dn, rs in per_doc.items():
        rs.sort(key=lambda x: x["start"])
        for a, b in zip(rs, rs[1:]):
            if b["start"] < a["end"]:
                errors.append("overlap in %s: %r / %r" % (dn, a["text"], b["text"]))
    for a in listed:
        if a not in per_doc:
            errors.append("article without annotations: " + a)

    print("articles:", len(listed), " with annotations:", len(per_doc), " expressions:", len(rows))
    print("corpora (articles):", dict(collections.Counter(docs[a]["src"] for a in listed if a in docs)))
    print("types:", dict(collections.Counter(r["type"] for r in rows).most_common()))
    print("per article:")
    for a in listed:
        print("  %-36s %s %3d" % (a, docs.get(a, {}).get("date"), len(per_doc.get(a, []))))
    if errors:
        print("ERRORS: %d" % len(errors))
        for e in errors:
            print("  " + e)
        return True
    print("ERRORS: 0 (all offsets verified against the corpora)")
    return False


if __name__ == "__main__":
    main()
