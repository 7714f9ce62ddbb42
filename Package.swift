// swift-tools-version:6.0
import PackageDescription

/// Stages flow one way: Support → Corpus → Extraction → Graph → Analytics → Render / Export → Armsnet → armsnet (CLI).
let package = Package(
    name: "armsnet",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "armsnet", targets: ["armsnet"]),
        .library(name: "Armsnet", targets: ["Armsnet"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        .systemLibrary(name: "CGraphviz", pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),
        .target(name: "ArmsnetSupport"),
        .target(name: "ArmsnetCorpus", dependencies: ["ArmsnetSupport"]),
        .target(
            name: "ArmsnetExtraction",
            dependencies: ["ArmsnetCorpus", "ArmsnetSupport"],
            resources: [.copy("Resources/gazetteer")]
        ),
        .target(name: "ArmsnetGraph", dependencies: ["ArmsnetExtraction", "ArmsnetSupport"]),
        .target(
            name: "ArmsnetAnalytics",
            dependencies: ["ArmsnetGraph", .product(name: "Collections", package: "swift-collections")]
        ),
        .target(name: "ArmsnetRender", dependencies: ["ArmsnetGraph", "ArmsnetAnalytics", "CGraphviz"]),
        .target(name: "ArmsnetExport", dependencies: ["ArmsnetGraph", "ArmsnetAnalytics"]),
        .target(
            name: "Armsnet",
            dependencies: [
                "ArmsnetCorpus", "ArmsnetExtraction", "ArmsnetGraph", "ArmsnetAnalytics", "ArmsnetRender",
                "ArmsnetExport",
            ]
        ),
        .executableTarget(
            name: "armsnet",
            dependencies: [
                "Armsnet", "ArmsnetCorpus", "ArmsnetExtraction", "ArmsnetGraph", "ArmsnetAnalytics", "ArmsnetRender",
                "ArmsnetExport", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "armsnet-bench", dependencies: ["Armsnet"], path: "Sources/ArmsnetBenchmarks"),
        .testTarget(name: "ArmsnetSupportTests", dependencies: ["ArmsnetSupport"]),
        .testTarget(name: "ArmsnetCorpusTests", dependencies: ["ArmsnetCorpus"]),
        .testTarget(name: "ArmsnetExtractionTests", dependencies: ["ArmsnetExtraction"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ArmsnetGraphTests", dependencies: ["ArmsnetGraph"]),
        .testTarget(name: "ArmsnetAnalyticsTests", dependencies: ["ArmsnetAnalytics"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ArmsnetRenderTests", dependencies: ["ArmsnetRender"]),
        .testTarget(name: "ArmsnetExportTests", dependencies: ["ArmsnetExport"]),
        .testTarget(name: "ArmsnetTests", dependencies: ["Armsnet"]),
        .testTarget(name: "CLITests", dependencies: ["armsnet"]),
    ]
)
