// GraphML, GEXF, CSV and JSON exports.
import ArmsnetGraph
