#!/usr/bin/env python3
"""python-igraph side of scripts/bench_analytics.sh: times the same steps as armsnet-bench on the
same edge-list CSV and prints one `step seconds [extra]` line per step.

Steps: build (read the CSV with the csv module, map names to ids, sum duplicate pairs, create the
undirected weighted Graph), strength, pagerank (weighted), betweenness (weighted, length 1/weight;
exact, or from the same sampled pivot sources as armsnet with --pivot-file), leiden (modularity
objective, weighted, resolution 1, n_iterations=2 as armsnet's default; prints Q) and
leiden-converged (n_iterations=-1: until the partition stops changing).

Usage: igraph_bench.py FILE.csv [--pivot-file FILE] [--skip-betweenness]
Exit status 3 when python-igraph is not installed.
"""
import argparse
import csv
import sys
import time

try:
    import igraph
except ImportError:
    print("igraph_bench.py: python-igraph is not installed (python3 -m venv /tmp/armsnet-venv && "
          "/tmp/armsnet-venv/bin/pip install python-igraph)", file=sys.stderr)
    sys.exit(3)


def timed(label, fn, extra=None):
    start = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - start
    line = f"{label} {elapsed:.4f}"
    if extra:
        line += " " + extra(result)
    print(line, flush=True)
    return result


def build(path):
    countries, firms = {}, {}
    weights = {}
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        ci, fi, wi = header.index("country"), header.index("firm"), header.index("weight")
        for row in reader:
            c = countries.setdefault(row[ci], len(countries))
            f = firms.setdefault(row[fi], len(firms))
            key = (c, f)
            weights[key] = weights.get(key, 0.0) + float(row[wi])
    # Dense ids as armsnet: countries sorted by code, then firms sorted by name.
    country_rank = {c: i for i, c in enumerate(sorted(countries))}
    firm_rank = {f: i for i, f in enumerate(sorted(firms))}
    country_id = {v: country_rank[k] for k, v in countries.items()}
    firm_id = {v: len(countries) + firm_rank[k] for k, v in firms.items()}
    edges = [(country_id[c], firm_id[f]) for (c, f) in weights]
    graph = igraph.Graph(n=len(countries) + len(firms), edges=edges, directed=False)
    graph.es["weight"] = list(weights.values())
    graph.vs["type"] = [i >= len(countries) for i in range(graph.vcount())]
    return graph


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--pivot-file", help="file with one source id per line (armsnet's sample)")
    parser.add_argument("--skip-betweenness", action="store_true")
    args = parser.parse_args()

    graph = timed("build", lambda: build(args.file))
    weights = graph.es["weight"]
    timed("strength", lambda: graph.strength(weights="weight"))
    timed("pagerank", lambda: graph.pagerank(weights="weight", damping=0.85))
    if not args.skip_betweenness:
        lengths = [1.0 / w for w in weights]
        if args.pivot_file:
            with open(args.pivot_file) as handle:
                sources = [int(line) for line in handle if line.strip()]
            timed("betweenness", lambda: graph.betweenness(directed=False, weights=lengths, sources=sources),
                  lambda r: f"pivots={len(sources)}")
        else:
            timed("betweenness", lambda: graph.betweenness(directed=False, weights=lengths), lambda r: "exact")
    quality = lambda r: f"Q={graph.modularity(r.membership, weights='weight'):.6f} communities={len(r)}"
    timed("leiden", lambda: graph.community_leiden(objective_function="modularity", weights="weight",
                                                   resolution=1.0, n_iterations=2), quality)
    timed("leiden-converged", lambda: graph.community_leiden(objective_function="modularity", weights="weight",
                                                             resolution=1.0, n_iterations=-1), quality)


if __name__ == "__main__":
    main()
