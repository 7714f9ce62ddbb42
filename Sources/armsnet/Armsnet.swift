import ArgumentParser

@main
struct ArmsnetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "armsnet",
        abstract: "Turn defence-industry news articles into a country–firm network.",
        version: "0.1.0",
        subcommands: [
            BuildCommand.self, ExtractCommand.self, RankCommand.self, ClustersCommand.self, RenderCommand.self,
            CompareCommand.self, TimelineCommand.self, ExportCommand.self, EvalCommand.self,
        ]
    )
}
