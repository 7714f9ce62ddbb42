/// An sRGB colour with opacity, written as `#rrggbb` (or `#rrggbbaa` when translucent).
public struct DiagramColor: Sendable, Hashable {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8
    public var alpha: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8 = 255) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// A colour from `0xRRGGBB`.
    public init(hex: UInt32, alpha: UInt8 = 255) {
        self.init(red: UInt8((hex >> 16) & 0xFF), green: UInt8((hex >> 8) & 0xFF), blue: UInt8(hex & 0xFF), alpha: alpha)
    }

    /// The same colour with another opacity.
    public func withAlpha(_ alpha: UInt8) -> DiagramColor {
        DiagramColor(red: red, green: green, blue: blue, alpha: alpha)
    }

    public static let white = DiagramColor(hex: 0xFFFFFF)
    public static let black = DiagramColor(hex: 0x000000)

    /// `#rrggbb` (`#rrggbbaa` when not opaque), lower case.
    public var hexString: String {
        let digits = Array("0123456789abcdef")
        var text = "#"
        for byte in alpha == 255 ? [red, green, blue] : [red, green, blue, alpha] {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0xF)])
        }
        return text
    }
}

/// Node outlines that every Graphviz renderer draws.
public enum NodeShape: String, Sendable, Hashable, CaseIterable {
    case ellipse
    case box
    case circle
    case diamond
    case hexagon
}

/// Edge line styles.
public enum LineStyle: String, Sendable, Hashable, CaseIterable {
    case solid
    case dashed
    case dotted
}

/// One row of a diagram's legend: a sample (a node shape, a line or a colour swatch) and its meaning.
public struct LegendEntry: Sendable, Hashable {
    public enum Sample: Sendable, Hashable {
        case shape(NodeShape)
        case line(LineStyle, DiagramColor)
        case swatch(DiagramColor)
        /// Text only (for encodings such as "node size: betweenness").
        case none
    }

    public var sample: Sample
    public var text: String

    public init(_ sample: Sample, _ text: String) {
        self.sample = sample
        self.text = text
    }
}
