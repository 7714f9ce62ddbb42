/// How a report is printed: an aligned table for people, or csv/json/markdown for machines.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table
    case csv
    case json
    case markdown
}
