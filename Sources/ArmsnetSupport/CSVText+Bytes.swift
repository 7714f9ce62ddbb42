extension CSVText {
    /// The fields of one CSV row as unescaped UTF-8 bytes, valid only inside the `scanRows` callback.
    public struct ByteFields {
        fileprivate var bytes: [UInt8] = []
        fileprivate var ends: [Int] = []

        /// Number of fields in the row.
        public var count: Int { ends.count }

        /// The bytes of field `i` (quotes removed, doubled quotes unescaped), passed to `body`.
        public func withField<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
            let start = i == 0 ? 0 : ends[i - 1]
            return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<ends[i]])) }
        }

        /// Field `i` as a string (invalid UTF-8 is repaired with U+FFFD).
        public func string(_ i: Int) -> String {
            withField(i) { String(decoding: $0, as: UTF8.self) }
        }

        /// Whether field `i` equals `other` byte for byte.
        public func field(_ i: Int, equals other: UnsafeBufferPointer<UInt8>) -> Bool {
            withField(i) { $0.elementsEqual(other) }
        }
    }

    /// Streams CSV rows out of UTF-8 bytes without building one string per line (RFC 4180: quoted
    /// fields may hold commas, doubled quotes and newlines; CRLF or LF line ends; a leading UTF-8 BOM
    /// and blank lines are skipped).
    /// - Parameters:
    ///   - bytes: the whole file.
    ///   - body: called once per row with the 1-based line the row starts on and its fields.
    /// - Returns: `nil` when the text is well-formed, else the line of an unterminated quote.
    /// - Complexity: O(n) in the number of bytes.
    @discardableResult
    public static func scanRows(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (_ line: Int, _ fields: ByteFields) throws -> Void) rethrows -> Int? {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var fields = ByteFields()
        fields.bytes.reserveCapacity(256)
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        let n = bytes.count
        while i < n {
            let rowLine = line
            fields.bytes.removeAll(keepingCapacity: true)
            fields.ends.removeAll(keepingCapacity: true)
            var rowDone = false
            while !rowDone {
                if i < n && bytes[i] == quote {
                    i += 1
                    var closed = false
                    while i < n {
                        let c = bytes[i]
                        if c == quote {
                            if i + 1 < n && bytes[i + 1] == quote {
                                fields.bytes.append(quote)
                                i += 2
                            } else {
                                i += 1
                                closed = true
                                break
                            }
                        } else {
                            if c == newline { line += 1 }
                            fields.bytes.append(c)
                            i += 1
                        }
                    }
                    if !closed { return rowLine }
                    // Text after the closing quote up to the separator belongs to the field (lenient).
                    while i < n && bytes[i] != comma && bytes[i] != newline {
                        if bytes[i] != cr { fields.bytes.append(bytes[i]) }
                        i += 1
                    }
                } else {
                    let start = i
                    while i < n && bytes[i] != comma && bytes[i] != newline { i += 1 }
                    var end = i
                    if end > start && bytes[end - 1] == cr && (i == n || bytes[i] == newline) { end -= 1 }
                    fields.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                }
                fields.ends.append(fields.bytes.count)
                if i < n && bytes[i] == comma {
                    i += 1
                } else {
                    if i < n { i += 1; line += 1 }
                    rowDone = true
                }
            }
            if fields.ends.count == 1 && fields.bytes.isEmpty { continue }
            try body(rowLine, fields)
        }
        return nil
    }
}
