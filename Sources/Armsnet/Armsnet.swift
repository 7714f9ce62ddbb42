// The jobs behind the commands: build, rank, compare, timeline.
import ArmsnetGraph
