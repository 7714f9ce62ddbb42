#!/usr/bin/env python3
"""Country–firm edge list from a JSONL corpus on Apache Spark.

The map step runs the armsnet binary itself on the executors: each partition of the corpus
(one {"id","date","text"} object per line) is piped through `armsnet extract --format jsonl -`
(RDD.pipe), which answers one JSON result per article. Spark then turns each result's pairs into
((country, firm_id, relation, year), (1, 1)) and reduces them by key, as `GraphBuilder` does: every
pair an article states weighs 1 and counts 1 article. The reduced links are few (countries × firms
× relations × years), so the driver collects them and writes the CSV that `armsnet build --edges`
reads, in the order `armsnet extract --format edges` writes it:

    country,firm,relation,year,weight,articles

Local run:   python3 scripts/spark_extract.py corpus.jsonl edges.csv --master 'local[2]' --armsnet .build/release/armsnet
Cluster run: see the README's Scale section (ship the binary with --archives and pass --armsnet).
"""

import argparse
import json
import os
import shlex
import sys
import unicodedata

HEADER = "country,firm,relation,year,weight,articles"


def links(line):
    """The ((country, firm_id, relation, year), (weight, articles)) of one armsnet result line."""
    result = json.loads(line)
    year = result.get("year")
    for pair in result["pairs"]:
        yield (pair["country"], pair["firm_id"], pair["relation"], year), (1, 1)


def add(a, b):
    return a[0] + b[0], a[1] + b[1]


def csv_field(text):
    """RFC 4180 field, quoted only where needed (as armsnet's CSVText.field)."""
    if any(c in text for c in ',"\r\n') or text.startswith(" ") or text.endswith(" "):
        return '"' + text.replace('"', '""') + '"'
    return text


def order(item):
    """armsnet's edge order: country ISO, firm id (Unicode scalar order of the NFC form, as Swift
    compares strings), relation name, year with undated first."""
    (country, firm, relation, year), _ = item
    nfc = unicodedata.normalize
    return nfc("NFC", country), nfc("NFC", firm), relation, (0, 0) if year is None else (1, year)


def csv_text(edges):
    rows = [HEADER]
    for (country, firm, relation, year), (weight, articles) in sorted(edges, key=order):
        year_text = "" if year is None else str(year)
        rows.append(",".join([csv_field(country), csv_field(firm), relation, year_text, str(weight), str(articles)]))
    return "\n".join(rows) + "\n"


def write_atomically(path, text):
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    temporary = os.path.join(folder, "." + os.path.basename(path) + ".%d.tmp" % os.getpid())
    with open(temporary, "w", encoding="utf-8", newline="") as out:
        out.write(text)
    os.replace(temporary, path)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSONL corpus: a path or URL Spark can read (file, folder, glob, hdfs://, s3a://)")
    parser.add_argument("output", help="edge-list CSV to write on the driver")
    parser.add_argument("--armsnet", default="armsnet",
                        help="the armsnet binary as the executors see it (default: 'armsnet' on their PATH)")
    parser.add_argument("--master", help="Spark master, e.g. 'local[2]' (default: what spark-submit sets)")
    parser.add_argument("--partitions", type=int, default=None, help="minimum number of input partitions")
    parser.add_argument("--jobs", type=int, default=1,
                        help="extraction threads per armsnet process (default 1: Spark runs one task per core)")
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("armsnet-extract")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        context = spark.sparkContext
        articles = context.textFile(args.input, minPartitions=args.partitions)
        command = shlex.join([args.armsnet, "extract", "--format", "jsonl", "--jobs", str(args.jobs), "-"])
        results = articles.pipe(command, env={"LC_ALL": "C.UTF-8"}, checkCode=True)
        edges = results.flatMap(links).reduceByKey(add).collect()
    finally:
        spark.stop()
    write_atomically(args.output, csv_text(edges))
    print("%s: %d edge rows" % (args.output, len(edges)), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
