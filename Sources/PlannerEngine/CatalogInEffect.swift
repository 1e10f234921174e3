import FoundationEssentials

/// The catalog a run works with: the built-in one, with the custom catalog
/// (if there is one) over it or in its place, and which files made it.
public struct CatalogInEffect: Equatable, Sendable {
    public var catalog: Catalog
    /// The custom catalog that was used, if any.
    public var custom: CatalogLocation?
    /// The custom catalog says `"replace": true`: the built-in one is not used.
    public var replacesBuiltIn: Bool

    public init(catalog: Catalog, custom: CatalogLocation? = nil, replacesBuiltIn: Bool = false) {
        self.catalog = catalog
        self.custom = custom
        self.replacesBuiltIn = replacesBuiltIn
    }

    /// `builtIn` with the custom catalog at `location` over it, or in its
    /// place when the file says `"replace": true`. The result is validated as
    /// a whole, and every problem names the custom file, even one in a record
    /// that came from the built-in catalog: only the custom file can have
    /// caused it. A file in the config folder that does not exist means no
    /// custom catalog; one named on the command line or in the environment
    /// has to exist.
    public static func assemble(builtIn: Catalog, custom location: CatalogLocation?) throws(CatalogFailure)
        -> CatalogInEffect {
        guard let location, let data = try read(location) else { return CatalogInEffect(catalog: builtIn) }
        return try assemble(builtIn: builtIn, customData: data, from: location)
    }

    /// The built-in catalog with the custom catalog `data`, read from `location`, over it or in its place.
    /// `fast: false` reads it only the careful way, as the tests do to compare the two.
    public static func assemble(builtIn: Catalog, customData data: Data, from location: CatalogLocation, fast: Bool = true)
        throws(CatalogFailure) -> CatalogInEffect {
        let (overlay, formProblems) = CatalogLoader.readOverlay(data, file: location.path, complete: false, fast: fast)
        guard let overlay else { throw .invalid(file: location.path, problems: formProblems) }
        let catalog = overlay.catalog(over: builtIn)
        let problems = formProblems + CatalogValidator.problems(in: catalog, file: location.path)
        guard problems.isEmpty else { throw .invalid(file: location.path, problems: problems) }
        return CatalogInEffect(catalog: catalog, custom: location, replacesBuiltIn: overlay.replace)
    }

    /// The file's bytes, or nil when a file that need not exist does not.
    private static func read(_ location: CatalogLocation) throws(CatalogFailure) -> Data? {
        switch FileBytes.read(location.path) {
        case .success(let data): return data
        case .failure(.missing):
            if location.mustExist { throw .notFound(location) }
            return nil
        case .failure(.folder): throw .unreadable(path: location.path, reason: "it is a folder, not a file")
        case .failure(.notPlain): throw .unreadable(path: location.path, reason: "it is not a plain file (a pipe or a device?)")
        case .failure(.failed(let reason)): throw .unreadable(path: location.path, reason: reason)
        }
    }
}
