/// The arguments of a run that opens the interface and names nothing but its
/// files: none, or `--file PATH` and `--catalog PATH`, each at most once, in
/// either order. Nil for anything else, which ArgumentParser then reads (and
/// explains, when it is a mistake).
struct InterfaceFiles: Equatable {
    var file: String?
    var catalog: String?

    init(file: String? = nil, catalog: String? = nil) {
        self.file = file
        self.catalog = catalog
    }

    init?(arguments: some Sequence<String>) {
        var iterator = arguments.makeIterator()
        while let name = iterator.next() {
            // A value that looks like an option is left to ArgumentParser, which refuses it.
            guard let value = iterator.next(), !value.hasPrefix("-") else { return nil }
            switch name {
            case "--file" where file == nil: file = value
            case "--catalog" where catalog == nil: catalog = value
            default: return nil
            }
        }
    }
}
