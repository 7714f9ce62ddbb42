/// XML 1.0 text from untrusted strings: markup characters escaped, characters XML 1.0 forbids removed.
public enum XMLText {
    /// `s` safe inside an element or a double- or single-quoted attribute: `&`, `<`, `>`, `"` and
    /// `'` become entities; tab, line feed and carriage return become character references (so
    /// attribute-value normalisation keeps them); other characters illegal in XML 1.0 (C0 controls,
    /// U+FFFE, U+FFFF) are dropped.
    public static func escaped(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default:
                if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Whether XML 1.0 allows the character: `#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`
    /// (Swift strings hold no surrogates, so only the C0 controls and U+FFFE/U+FFFF are excluded).
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0..<0x20, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }
}
