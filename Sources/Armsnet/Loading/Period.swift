/// A span of years chosen on the command line: one year, or a range open at either end.
public struct Period: Sendable, Hashable, CustomStringConvertible {
    public var from: Int
    public var to: Int

    public init(from: Int, to: Int) {
        self.from = from
        self.to = to
    }

    /// The period of `--year Y` or `--from A --to B` (either may be missing); nil when none is given.
    public init?(year: Int?, from: Int?, to: Int?) {
        if let year {
            self.init(from: year, to: year)
        } else if from != nil || to != nil {
            self.init(from: from ?? Int.min, to: to ?? Int.max)
        } else {
            return nil
        }
    }

    /// Parses `2019` or `2015-2018`.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 1, let year = Int(parts[0]) {
            self.init(from: year, to: year)
        } else if parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), a <= b {
            self.init(from: a, to: b)
        } else {
            return nil
        }
    }

    public var years: ClosedRange<Int> { from...to }

    public var description: String {
        if from == to { return String(from) }
        switch (from == Int.min, to == Int.max) {
        case (true, true): return "all years"
        case (true, false): return "…–\(to)"
        case (false, true): return "\(from)–…"
        case (false, false): return "\(from)–\(to)"
        }
    }
}
