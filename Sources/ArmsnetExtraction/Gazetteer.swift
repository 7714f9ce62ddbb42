import Foundation

/// Known countries, firms and non-entities: the bundled data files (`Resources/gazetteer/*.json`)
/// plus any user overlays. An overlay entry replaces the entry with the same ISO3 code (countries)
/// or name (firms, non-entities; case-insensitive) and adds the rest.
public struct Gazetteer: Sendable {
    public private(set) var countries: [CountryEntry]
    public private(set) var firms: [FirmEntry]
    public private(set) var nonEntities: [NonEntityEntry]
    /// Where the data comes from, as the files name it.
    public private(set) var sources: [String]

    public init(countries: [CountryEntry] = [], firms: [FirmEntry] = [], nonEntities: [NonEntityEntry] = [], sources: [String] = []) {
        self.countries = countries
        self.firms = firms
        self.nonEntities = nonEntities
        self.sources = sources
    }

    /// ISO3 → country name.
    public var countryNames: [String: String] {
        Dictionary(countries.map { ($0.iso3, $0.name) }, uniquingKeysWith: { _, last in last })
    }

    /// The gazetteer shipped with armsnet. Files that are not there yet count as empty.
    public static func bundled() throws -> Gazetteer {
        var g = Gazetteer()
        for file in ["countries", "firms", "nonentities"] {
            guard let url = Bundle.module.url(forResource: file, withExtension: "json", subdirectory: "gazetteer") else { continue }
            g = try g.overlaid(with: url)
        }
        return g
    }

    /// This gazetteer with the entries of a JSON file (same top-level keys as the bundled files) added or overriding.
    /// - Throws: `GazetteerError` naming the file when it cannot be read or decoded.
    public func overlaid(with fileURL: URL) throws -> Gazetteer {
        let data: Data
        do { data = try Data(contentsOf: fileURL) } catch { throw GazetteerError.unreadable(path: fileURL.path, reason: error.localizedDescription) }
        let file: GazetteerFile
        do { file = try JSONDecoder().decode(GazetteerFile.self, from: data) } catch {
            throw GazetteerError.malformed(path: fileURL.path, reason: Self.describe(error))
        }
        return overlaid(with: file)
    }

    func overlaid(with file: GazetteerFile) -> Gazetteer {
        var g = self
        g.sources += file.sources ?? []
        g.countries = Self.merge(g.countries, file.countries ?? [], key: { $0.iso3.uppercased() })
        g.firms = Self.merge(g.firms, file.firms ?? [], key: { $0.name.lowercased() })
        g.nonEntities = Self.merge(g.nonEntities, file.entries ?? [], key: { $0.name.lowercased() })
        return g
    }

    /// `base` with `overlay` entries replacing those with the same key in place and the others appended, in file order.
    private static func merge<T>(_ base: [T], _ overlay: [T], key: (T) -> String) -> [T] {
        var result = base
        var index: [String: Int] = [:]
        for (i, e) in result.enumerated() { index[key(e)] = i }
        for e in overlay {
            if let i = index[key(e)] { result[i] = e } else {
                index[key(e)] = result.count
                result.append(e)
            }
        }
        return result
    }

    private static func describe(_ error: any Error) -> String {
        guard let e = error as? DecodingError else { return error.localizedDescription }
        switch e {
        case let .keyNotFound(key, ctx): return "missing key '\(key.stringValue)' at \(path(ctx.codingPath))"
        case let .typeMismatch(_, ctx), let .valueNotFound(_, ctx): return "\(ctx.debugDescription) at \(path(ctx.codingPath))"
        case let .dataCorrupted(ctx): return ctx.debugDescription
        @unknown default: return "\(e)"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}

/// Problems loading gazetteer data; messages name the file.
public enum GazetteerError: LocalizedError, Equatable {
    case unreadable(path: String, reason: String)
    case malformed(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case let .unreadable(path, reason): return "\(path): cannot read gazetteer (\(reason))"
        case let .malformed(path, reason): return "\(path): not a gazetteer file: \(reason)"
        }
    }
}
