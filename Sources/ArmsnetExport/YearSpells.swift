/// Runs of consecutive years, for GEXF spells: `[2019, 2020, 2021, 2023]` → `[2019...2021, 2023...2023]`.
enum YearSpells {
    /// - Parameter years: ascending, without duplicates.
    static func runs(_ years: [Int]) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        for year in years {
            if let last = runs.last, last.upperBound + 1 == year {
                runs[runs.count - 1] = last.lowerBound...year
            } else {
                runs.append(year...year)
            }
        }
        return runs
    }
}
