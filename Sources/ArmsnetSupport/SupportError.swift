import Foundation

/// Errors of the shared helpers; each message names the file or value at fault.
public enum SupportError: LocalizedError, Equatable {
    case cannotWrite(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case let .cannotWrite(path, reason): return "\(path): cannot write: \(reason)"
        }
    }
}
