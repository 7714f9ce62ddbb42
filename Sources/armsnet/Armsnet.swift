import ArgumentParser

@main
struct ArmsnetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "armsnet",
        abstract: "Turn defence-industry news articles into a country–firm network.",
        subcommands: [ExtractCommand.self, BuildCommand.self, CompareCommand.self, TimelineCommand.self, ExportCommand.self]
    )
}
