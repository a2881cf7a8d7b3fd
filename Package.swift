// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "crmgit",
  products: [
    .executable(name: "crmgit", targets: ["crmgit"])
  ],
  targets: [
    // libgit2 as Debian ships it (libgit2-dev, 1.5 on bookworm).
    .systemLibrary(
      name: "CLibgit2",
      pkgConfig: "libgit2",
      providers: [.apt(["libgit2-dev"])]
    ),
    // libxlsxwriter as Debian ships it, for the .xlsx export.
    .systemLibrary(
      name: "CXlsxWriter",
      pkgConfig: "xlsxwriter",
      providers: [.apt(["libxlsxwriter-dev"])]
    ),
    // The record format, parser, serializer, rules and merge: bytes in, values out. No git, no I/O.
    .target(name: "CRMCore"),
    // The only place that touches libgit2.
    .target(name: "CRMGit", dependencies: ["CLibgit2", "CRMCore"]),
    // The only place that touches libxlsxwriter.
    .target(name: "CRMSpreadsheet", dependencies: ["CXlsxWriter"]),
    // Argument parsing, the command table, help and everything printed.
    .target(name: "CRMCommandLine", dependencies: ["CRMCore", "CRMGit", "CRMSpreadsheet"]),
    .executableTarget(name: "crmgit", dependencies: ["CRMCommandLine"]),
    // Helpers the test targets share: fixtures, scratch folders, running processes and git.
    .target(name: "CRMTestSupport", path: "Tests/Support", exclude: ["Servers"]),
    .testTarget(name: "CRMCoreTests", dependencies: ["CRMCore", "CRMTestSupport"]),
    .testTarget(name: "CRMGitTests", dependencies: ["CRMGit", "CRMCore", "CRMTestSupport"]),
    .testTarget(
      name: "CRMCommandLineTests",
      dependencies: ["CRMCommandLine", "CRMCore", "crmgit", "CRMTestSupport"]
    ),
  ]
)
