import Foundation

/// Turns plain text into Graphviz attribute values and checks identifiers.
///
/// Graphviz treats most text attributes as "escStrings" (`\N`, `\G`, `\n`, `\l` … are expanded)
/// and passes `&…;` entities through to SVG; in 2.42 tooltips are expanded twice. The functions
/// here make any text display exactly as given (`graphviz-swift.md` §5).
enum GraphvizText {
    /// A `label` value: `\` → `\\`, `&` → `&amp;`, line feed → `\n` (a centred line break),
    /// tab → space, other control characters dropped.
    static func label(_ text: String) -> String { escString(text, backslash: "\\\\") }

    /// A `tooltip` value: like `label`, with each literal backslash written as four because
    /// Graphviz 2.42 expands tooltips twice.
    static func tooltip(_ text: String) -> String { escString(text, backslash: "\\\\\\\\") }

    private static func escString(_ text: String, backslash: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += backslash
            case "&": out += "&amp;"
            case "\n": out += "\\n"
            case "\t": out += " "
            case _ where isDropped(scalar): continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text inside an HTML-like label: `& < > " '` as entities, control characters dropped.
    static func html(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out += " "
            case _ where isDropped(scalar): continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Characters XML 1.0 does not allow, or that only cause trouble in SVG: C0 and C1 controls,
    /// DEL, and the non-characters U+FFFE/U+FFFF.
    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF
    }

    /// A number as Graphviz reads it: fixed notation, at most `digits` decimals, no trailing zeros.
    static func number(_ value: Double, digits: Int = 2) -> String {
        guard value.isFinite else { return "0" }
        var text = String(format: "%.\(digits)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }
}

/// What may be used as a diagram node/edge id or CSS class: an ASCII letter, then ASCII letters,
/// digits, `-`, `_` or `.`; at most 200 characters. These go into Graphviz and SVG unescaped.
public enum DiagramIdentifier {
    public static func isValid(_ text: String) -> Bool {
        guard let first = text.utf8.first, text.utf8.count <= 200, isLetter(first) else { return false }
        return text.utf8.allSatisfy { isLetter($0) || (0x30...0x39).contains($0) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
}
