/// One-mode centralities of the country–firm graph: each function takes a `CSRGraph` and returns
/// one score per dense id. Two-mode normalisations and two-mode rankings live in `TwoMode`.
public enum Centrality {}
