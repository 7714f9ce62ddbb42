// Centralities, communities, projections, rankings and year diffs over BipartiteGraph.
import ArmsnetGraph
