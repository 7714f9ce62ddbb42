import Foundation

/// Runs Python scripts that load exports with networkx. Tests that need it are disabled, with a
/// message, where `python3` or networkx is missing: networkx is a check, not a dependency.
enum Networkx {
    static let isAvailable: Bool = (try? python("import networkx"))?.status == 0

    /// Runs `script` with `arguments` (as `sys.argv[1...]`) and decodes its standard output as JSON.
    static func json(_ script: String, _ arguments: [String]) throws -> Any {
        let result = try python(script, arguments)
        guard result.status == 0 else { throw ScriptError(message: result.stderr) }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    struct ScriptError: Error, CustomStringConvertible {
        var message: String
        var description: String { "python3 failed: \(message)" }
    }

    private static func python(_ script: String, _ arguments: [String] = []) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
