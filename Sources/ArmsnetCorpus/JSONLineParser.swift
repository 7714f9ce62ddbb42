import ArmsnetSupport

/// The fields of one JSONL corpus line: `{"id","date","text"}` with an optional `url`.
struct JSONLRecord: Equatable {
    var id: String
    var date: String?
    var text: String
    var url: String?
}

/// Why a JSONL line was rejected; the reader adds the file and line.
struct JSONLineFailure: Error, Equatable {
    var reason: String
}

/// A strict, allocation-light parser for one JSON object per line (RFC 8259). Only the corpus
/// fields are decoded; other keys are checked for syntax and skipped. `id` and `text` must be
/// strings (`text` not blank), `date` a `YYYY-MM-DD` string or null, `url` a string or null (kept
/// only when it is an `http://` or `https://` URL). Strings are validated as UTF-8 once, when they
/// become `String`s.
struct JSONLineParser {
    /// Decoded bytes of escaped strings, reused across lines.
    private var scratch: [UInt8] = []

    /// Parses one line (without its line break).
    mutating func parse(_ line: UnsafeBufferPointer<UInt8>) throws(JSONLineFailure) -> JSONLRecord {
        var cursor = Cursor(bytes: line)
        var id: String?, date: String?, text: String?, url: String?
        cursor.skipWhitespace()
        try cursor.expect(UInt8(ascii: "{"))
        cursor.skipWhitespace()
        if !cursor.consume(UInt8(ascii: "}")) {
            while true {
                cursor.skipWhitespace()
                guard cursor.peek == UInt8(ascii: "\"") else { throw cursor.failure("expected a key") }
                let key = try string(&cursor)
                cursor.skipWhitespace()
                try cursor.expect(UInt8(ascii: ":"))
                cursor.skipWhitespace()
                switch key {
                case "id": id = try requiredString(&cursor, key)
                case "text": text = try requiredString(&cursor, key)
                case "date":
                    date = try optionalString(&cursor, key)
                    if let value = date, !DateLine.isDate(value) {
                        throw JSONLineFailure(reason: "\"date\" must be YYYY-MM-DD or null, not \(value.debugDescription)")
                    }
                case "url": url = try optionalString(&cursor, key)
                default: try skipValue(&cursor, depth: 0)
                }
                cursor.skipWhitespace()
                if cursor.consume(UInt8(ascii: ",")) { continue }
                try cursor.expect(UInt8(ascii: "}"))
                break
            }
        }
        cursor.skipWhitespace()
        guard cursor.atEnd else { throw cursor.failure("unexpected text after the object") }
        guard let id else { throw JSONLineFailure(reason: "no \"id\"") }
        guard let text else { throw JSONLineFailure(reason: "no \"text\"") }
        guard text.utf8.contains(where: { !DateLine.isWhitespace($0) }) else { throw JSONLineFailure(reason: "\"text\" is empty") }
        let web = url.flatMap { $0.hasPrefix("https://") || $0.hasPrefix("http://") ? $0 : nil }
        return JSONLRecord(id: id, date: date, text: text, url: web)
    }

    private mutating func requiredString(_ cursor: inout Cursor, _ key: String) throws(JSONLineFailure) -> String {
        guard cursor.peek == UInt8(ascii: "\"") else { throw cursor.failure("\"\(key)\" must be a string") }
        return try string(&cursor)
    }

    private mutating func optionalString(_ cursor: inout Cursor, _ key: String) throws(JSONLineFailure) -> String? {
        if cursor.consumeLiteral("null") { return nil }
        guard cursor.peek == UInt8(ascii: "\"") else { throw cursor.failure("\"\(key)\" must be a string or null") }
        return try string(&cursor)
    }

    /// Decodes the string literal at the cursor (which is on its opening quote).
    private mutating func string(_ cursor: inout Cursor) throws(JSONLineFailure) -> String {
        let bytes = cursor.bytes
        cursor.position += 1
        var runStart = cursor.position
        var escaped = false
        while true {
            cursor.position = JSONStringScan.special(in: bytes, from: cursor.position, separators: false)
            guard let byte = cursor.peek else { throw cursor.failure("unterminated string") }
            if byte == UInt8(ascii: "\"") {
                let result: String?
                if escaped {
                    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<cursor.position]))
                    result = String(validating: scratch, as: UTF8.self)
                } else {
                    result = String(validating: UnsafeBufferPointer(rebasing: bytes[runStart..<cursor.position]), as: UTF8.self)
                }
                guard let result else { throw cursor.failure("string is not UTF-8") }
                cursor.position += 1
                return result
            }
            if byte < 0x20 { throw cursor.failure("control character in a string") }
            // A backslash.
            if !escaped { scratch.removeAll(keepingCapacity: true); escaped = true }
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<cursor.position]))
            try unescape(&cursor)
            runStart = cursor.position
        }
    }

    /// Appends the escape sequence at the cursor (on its backslash) to `scratch`, decoded.
    private mutating func unescape(_ cursor: inout Cursor) throws(JSONLineFailure) {
        cursor.position += 1
        guard let letter = cursor.peek else { throw cursor.failure("unterminated string") }
        cursor.position += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(letter)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            var value = try cursor.hex4()
            if (0xD800..<0xDC00).contains(value) {
                guard cursor.consumeLiteral("\\u") else { throw cursor.failure("unpaired surrogate in \\u escape") }
                let low = try cursor.hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw cursor.failure("unpaired surrogate in \\u escape") }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(value) {
                throw cursor.failure("unpaired surrogate in \\u escape")
            }
            UTF8.encode(Unicode.Scalar(value)!) { scratch.append($0) }
        default:
            cursor.position -= 1
            throw cursor.failure("invalid escape")
        }
    }

    /// Checks and skips one JSON value (of a key the corpus does not use).
    private mutating func skipValue(_ cursor: inout Cursor, depth: Int) throws(JSONLineFailure) {
        guard depth < 64 else { throw cursor.failure("nested too deeply") }
        guard let byte = cursor.peek else { throw cursor.failure("expected a value") }
        switch byte {
        case UInt8(ascii: "\""): _ = try string(&cursor)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            cursor.position += 1
            cursor.skipWhitespace()
            if cursor.consume(close) { return }
            while true {
                cursor.skipWhitespace()
                if close == UInt8(ascii: "}") {
                    guard cursor.peek == UInt8(ascii: "\"") else { throw cursor.failure("expected a key") }
                    _ = try string(&cursor)
                    cursor.skipWhitespace()
                    try cursor.expect(UInt8(ascii: ":"))
                    cursor.skipWhitespace()
                }
                try skipValue(&cursor, depth: depth + 1)
                cursor.skipWhitespace()
                if cursor.consume(UInt8(ascii: ",")) { continue }
                try cursor.expect(close)
                return
            }
        default:
            if cursor.consumeLiteral("null") || cursor.consumeLiteral("true") || cursor.consumeLiteral("false") { return }
            try cursor.skipNumber()
        }
    }
}

/// A position in one line's bytes, with the primitive steps of the parser.
private struct Cursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    var atEnd: Bool { position >= bytes.count }
    var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    func failure(_ what: String) -> JSONLineFailure {
        JSONLineFailure(reason: "invalid JSON at column \(position + 1): \(what)")
    }

    mutating func skipWhitespace() {
        while position < bytes.count, DateLine.isWhitespace(bytes[position]) { position += 1 }
    }

    mutating func consume(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        position += 1
        return true
    }

    mutating func expect(_ byte: UInt8) throws(JSONLineFailure) {
        guard consume(byte) else { throw failure("expected '\(Character(Unicode.Scalar(byte)))'") }
    }

    mutating func consumeLiteral(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        let text = UnsafeBufferPointer(start: literal.utf8Start, count: count)
        for i in 0..<count where bytes[position + i] != text[i] { return false }
        position += count
        return true
    }

    mutating func hex4() throws(JSONLineFailure) -> UInt32 {
        guard position + 4 <= bytes.count else { throw failure("short \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[position]
            let digit: UInt8
            switch b {
            case 0x30...0x39: digit = b - 0x30
            case 0x41...0x46: digit = b - 0x41 + 10
            case 0x61...0x66: digit = b - 0x61 + 10
            default: throw failure("bad hex digit in \\u escape")
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    mutating func skipNumber() throws(JSONLineFailure) {
        let start = position
        _ = consume(UInt8(ascii: "-"))
        func digits(_ cursor: inout Cursor) -> Int {
            var count = 0
            while let b = cursor.peek, b >= 0x30, b <= 0x39 { cursor.position += 1; count += 1 }
            return count
        }
        let integer = position
        guard digits(&self) > 0 else { position = start; throw failure("expected a value") }
        if bytes[integer] == UInt8(ascii: "0"), position - integer > 1 { throw failure("leading zero in a number") }
        if consume(UInt8(ascii: ".")), digits(&self) == 0 { throw failure("expected digits after '.'") }
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            _ = consume(UInt8(ascii: "+")) || consume(UInt8(ascii: "-"))
            if digits(&self) == 0 { throw failure("expected digits in the exponent") }
        }
    }
}
