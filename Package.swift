// swift-tools-version:6.0
import Foundation
import PackageDescription

/// `INTERCO_FUZZ=1` adds the libFuzzer targets, with coverage instrumentation of the library
/// (see docs/fuzzing.md); a normal build does not see them.
let fuzzing = ProcessInfo.processInfo.environment["INTERCO_FUZZ"] == "1"
let fuzzFlags: [SwiftSetting] = fuzzing ? [.unsafeFlags(["-sanitize=fuzzer,address"])] : []

let package = Package(
    name: "interco",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "interco", targets: ["IntercoCLI"]),
        .library(name: "Interco", targets: ["Interco"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // Pure Swift: model, YAML reading (libyaml events), validation, queries and DOT text.
        // Builds and tests without Graphviz.
        .target(
            name: "Interco",
            dependencies: [
                "CLibYAML",
                .product(name: "CSV", package: "CSV.swift"),
            ],
            swiftSettings: fuzzFlags,
            plugins: ["EmbedModelPlugin"]
        ),
        // The system libyaml, which the reading layer streams model files through.
        .systemLibrary(
            name: "CLibYAML",
            path: "Sources/CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // Turns data/ into Swift source so that an installed binary carries the shipped model.
        .executableTarget(name: "EmbedModel"),
        .plugin(name: "EmbedModelPlugin", capability: .buildTool(), dependencies: ["EmbedModel"]),
        .systemLibrary(
            name: "CGraphviz",
            path: "Sources/CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // The only target that touches Graphviz's C libraries.
        .target(name: "IntercoRender", dependencies: ["CGraphviz"]),
        .executableTarget(
            name: "IntercoCLI",
            dependencies: [
                "Interco",
                "IntercoRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "IntercoTests",
            dependencies: ["Interco", .product(name: "CSV", package: "CSV.swift")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "IntercoRenderTests", dependencies: ["IntercoRender", "Interco"]),
        // Questions with their expected answers on the shipped model, each citing the sources or rights behind it.
        .testTarget(
            name: "ShippedModelTests",
            dependencies: ["Interco", .product(name: "Yams", package: "Yams")],
            resources: [.copy("questions.yaml")]
        ),
        // Runs the built binary; fixtures are read from the source tree.
        .testTarget(name: "IntercoCLITests", dependencies: ["Interco"], exclude: ["Fixtures", "Checkers"]),
    ],
    swiftLanguageModes: [.v6]
)

if fuzzing {
    // The driver hand-over and the input loading the targets share.
    package.targets.append(.target(
        name: "FuzzSupport",
        dependencies: ["Interco"],
        swiftSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
    ))
    for name in ["FuzzLoader", "FuzzQuery", "FuzzOutput"] {
        package.targets.append(.executableTarget(
            name: name,
            dependencies: ["Interco", "FuzzSupport"],
            swiftSettings: [.unsafeFlags(["-sanitize=fuzzer,address", "-parse-as-library"])],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"])]
        ))
    }
}
