// swift-tools-version:6.0
import PackageDescription

let strict: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "Kader",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Kader", targets: ["Kader"]),
        .library(name: "KaderReports", targets: ["KaderReports"]),
        .library(name: "KaderFiles", targets: ["KaderFiles"]),
        .executable(name: "kader", targets: ["KaderCLI"]),
        .executable(name: "kader-benchmark", targets: ["KaderBenchmarks"])
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", exact: "2.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", exact: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", exact: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift.git", exact: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", exact: "0.9.20"),
        .package(url: "https://github.com/apple/swift-http-types.git", exact: "1.8.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", exact: "1.33.2"),
        // bcrypt for the accounts of a hosted installation (`kader serve --hosted`).
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", exact: "2.5.0"),
        // Hummingbird's own service lifecycle: the masterclass room's event stream ends on Ctrl-C.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", exact: "2.13.0")
    ],
    targets: [
        // The core: model, loader, expressions, engine, plugins. No files, no terminals.
        .target(
            name: "Kader",
            dependencies: ["CKaderJSON", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict
        ),
        // JSON string escaping with SSE2, for the result lines of large batches.
        .target(name: "CKaderJSON"),
        // Renderers: turn a result into text people or programs read (and a Word file: a ZIP).
        .target(
            name: "KaderReports",
            dependencies: ["Kader", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strict
        ),
        // The file system: reading with limits, finding frameworks, atomic writes, batches.
        .target(name: "KaderFiles", dependencies: ["Kader"], swiftSettings: strict),
        // Answers from survey tools: CSV exports into responses.
        .target(name: "KaderImport", dependencies: ["Kader", .product(name: "CSV", package: "CSV.swift")], swiftSettings: strict),
        // The browser self-scan (`kader serve`): HTTP routes, pages, and the stores (SQLite, PostgreSQL).
        .target(
            name: "KaderServer",
            dependencies: [
                "Kader", "KaderReports", "KaderFiles", "KaderImport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "_ConnectionPoolModule", package: "postgres-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth")
            ],
            swiftSettings: strict
        ),
        // The thin command-line tool.
        .executableTarget(
            name: "KaderCLI",
            dependencies: [
                "Kader", "KaderReports", "KaderFiles", "KaderImport", "KaderServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ],
            swiftSettings: strict
        ),
        // Benchmarks with targets: `swift run -c release kader-benchmark` (README, Performance).
        .executableTarget(
            name: "KaderBenchmarks",
            dependencies: ["Kader", "KaderFiles", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict
        ),
        .target(name: "KaderTestSupport", dependencies: ["Kader", "KaderFiles"], swiftSettings: strict),
        .testTarget(
            name: "KaderTests",
            dependencies: ["Kader", "KaderReports", "KaderFiles", "KaderImport", "KaderTestSupport"],
            exclude: ["Fixtures", "Golden"],
            swiftSettings: strict
        ),
        // `kader serve` over HTTP with Hummingbird's test client: every route, every bad input.
        .testTarget(
            name: "KaderServerTests",
            dependencies: [
                "KaderServer", "KaderTestSupport", "KaderFiles", "KaderReports",
                .product(name: "HummingbirdTesting", package: "hummingbird"), .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HTTPTypes", package: "swift-http-types"), .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "PostgresNIO", package: "postgres-nio")
            ],
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
        // Examples/CustomPlugin: a custom function, aggregator, question kind and rule effect, with tests.
        .target(name: "CustomPluginExample", dependencies: ["Kader"], path: "Examples/CustomPlugin/Sources", swiftSettings: strict),
        .testTarget(
            name: "CustomPluginTests", dependencies: ["CustomPluginExample", "KaderTestSupport", "KaderReports", "KaderImport"],
            path: "Examples/CustomPlugin/Tests", swiftSettings: strict),
        // The engine's promises, checked on generated frameworks and answers.
        .testTarget(
            name: "KaderPropertyTests",
            dependencies: ["Kader", "KaderReports", "KaderTestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "KaderCLITests",
            dependencies: ["KaderTestSupport", "KaderCLI"],
            exclude: ["Golden"],
            swiftSettings: strict
        )
    ]
)
