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
/// memory error stops the fuzzer.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCatalog(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    if case .invalid(let problems) = CatalogLoader.load(data, file: "fuzz.json") {
        guard !problems.isEmpty, problems.allSatisfy({ "\($0)".hasPrefix("fuzz.json") }) else {
            fatalError("a refusal that does not name the file: \(problems)")
        }
    }
    do {
        _ = try CatalogInEffect.assemble(builtIn: builtIn, customData: data,
                                         from: CatalogLocation(path: "fuzz.json", origin: .commandLine))
    } catch {
        guard "\(error)".contains("fuzz.json") else { fatalError("a refusal that does not name the file: \(error)") }
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzCatalog($0, $1) })
