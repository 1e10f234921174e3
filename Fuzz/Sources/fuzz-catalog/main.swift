import Foundation
import CFuzzDriver
import PlannerEngine

/// The built-in catalog, loaded once: custom catalogs are laid over it.
let builtIn: Catalog = {
    guard case .loaded(let catalog) = Catalog.embedded() else { fatalError("the built-in catalog does not load") }
    return catalog
}()

/// One input as a catalog, both ways it can be used: a complete catalog on
/// its own, and a custom catalog over the built-in one. Each either loads or
/// is refused with problems that each name the file; a crash, a trap or a
/// memory error stops the fuzzer. Each is read twice, with the fast reader
/// first and only the careful way, and the two must give the same result.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCatalog(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    let loaded = CatalogLoader.load(data, file: "fuzz.json")
    switch (loaded, CatalogLoader.load(data, file: "fuzz.json", fast: false)) {
    case (.loaded(let fast), .loaded(let careful)) where fast == careful: break
    case (.invalid(let fast), .invalid(let careful)) where fast.map(\.description) == careful.map(\.description): break
    case (let fast, let careful): fatalError("the fast and careful catalog readers disagree: \(fast) against \(careful)")
    }
    if case .invalid(let problems) = loaded {
        guard !problems.isEmpty, problems.allSatisfy({ "\($0)".hasPrefix("fuzz.json") }) else {
            fatalError("a refusal that does not name the file: \(problems)")
        }
    }
    let location = CatalogLocation(path: "fuzz.json", origin: .commandLine)
    let overlaid = Result { () throws(CatalogFailure) in try CatalogInEffect.assemble(builtIn: builtIn, customData: data, from: location) }
    let carefully = Result { () throws(CatalogFailure) in
        try CatalogInEffect.assemble(builtIn: builtIn, customData: data, from: location, fast: false)
    }
    switch (overlaid, carefully) {
    case (.success(let fast), .success(let careful)) where fast.catalog == careful.catalog: break
    case (.failure(let fast), .failure(let careful)) where "\(fast)" == "\(careful)": break
    default: fatalError("the fast and careful catalog readers disagree over the built-in one: \(overlaid) against \(carefully)")
    }
    if case .failure(let error) = overlaid, !"\(error)".contains("fuzz.json") {
        fatalError("a refusal that does not name the file: \(error)")
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzCatalog($0, $1) })
