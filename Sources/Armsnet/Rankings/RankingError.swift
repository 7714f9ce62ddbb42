import Foundation

/// Errors of `armsnet rank` and `armsnet clusters`; each names what was not found.
public enum RankingError: LocalizedError, Equatable {
    case unknownCountry(String)
    case unknownFirm(String)
    /// The name fits several firms (their canonical ids, sorted).
    case ambiguousFirm(String, candidates: [String])

    public var errorDescription: String? {
        switch self {
        case let .unknownCountry(text): return "no country '\(text)' in the network (give an ISO code such as TUR, or a name)"
        case let .unknownFirm(text): return "no firm '\(text)' in the network (give its name as in `armsnet rank` output, or an alias from the gazetteer or the articles)"
        case let .ambiguousFirm(text, candidates):
            return "firm '\(text)' is ambiguous: it may be " + candidates.map { "'\($0)'" }.joined(separator: ", ") + " (give one of these ids)"
        }
    }
}
