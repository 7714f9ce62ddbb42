import Foundation

/// Errors of `armsnet rank` and `armsnet clusters`; each names what was not found.
public enum RankingError: LocalizedError, Equatable {
    case unknownCountry(String)
    case unknownFirm(String)

    public var errorDescription: String? {
        switch self {
        case let .unknownCountry(text): return "no country '\(text)' in the network (give an ISO code such as TUR, or a name)"
        case let .unknownFirm(text): return "no firm '\(text)' in the network (give its canonical name as in `armsnet rank` output)"
        }
    }
}
