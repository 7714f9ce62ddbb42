// DOT, SVG and PNG through the Graphviz C library.
import ArmsnetGraph
