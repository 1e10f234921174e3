import FoundationEssentials

/// Reads a catalog from JSON text. Everything wrong comes back at once, each
/// problem naming the file and the line/column or the record and field.
public enum CatalogLoader {
    /// The name the embedded catalog goes by in messages.
    public static let embeddedName = "catalog.json (built in)"

    public enum Outcome {
        case loaded(Catalog)
        case invalid([FileProblem])
    }

    /// A complete catalog on its own (every section required): decoded and
    /// validated. Unknown fields are problems too, so a typo in a custom
    /// catalog does not silently drop a value. `fast: false` reads it only
    /// the careful way, as the tests do to compare the two.
    public static func load(_ data: Data, file: String, fast: Bool = true) -> Outcome {
        let (overlay, formProblems) = readOverlay(data, file: file, complete: true, fast: fast)
        guard let overlay else { return .invalid(formProblems) }
        let problems = formProblems + CatalogValidator.problems(in: overlay.standalone, file: file)
        return problems.isEmpty ? .loaded(overlay.standalone) : .invalid(problems)
    }

    /// The file read as a custom catalog, with the problems in its form:
    /// syntax, types, missing and unknown fields, the format version. Every
    /// record is decoded on its own, so two bad records are two problems. The
    /// overlay is nil when a record or field could not be read at all; then
    /// checking how the records hang together would only report echoes.
    /// `complete` (or `"replace": true` in the file) requires every section.
    /// `FastCatalogReader` reads a file it is sure of first; it finds no
    /// problems, so anything it does not take is read here the careful way.
    static func readOverlay(_ data: Data, file: String, complete: Bool, fast: Bool = true) -> (CatalogOverlay?, [FileProblem]) {
        if fast, let overlay = FastCatalogReader.read(data, complete: complete) { return (overlay, []) }
        let draft: CatalogDraft
        do {
            try JSONProblemLocator.checkSyntax(of: data, file: file)
            draft = try JSONProblemLocator.decode(CatalogDraft.self, from: data, file: file)
        } catch {
            return (nil, [error])
        }
        let given = JSONValue.parse(data)?.members ?? [:]
        func isAbsent(_ field: String) -> Bool { given[field]?.isNull ?? true }

        var unreadable = draft.errors.map { JSONProblemLocator.problem(for: $0, in: data, file: file) }
        let required = ["formatVersion"] + (complete || draft.replace == true ? CatalogDraft.sectionNames : [])
        for field in required where isAbsent(field) {
            unreadable.append(FileProblem(file: file, field: field, message: "this field is missing"))
        }

        var problems = unreadable
        for field in given.keys.sorted() where !CatalogDraft.fieldNames.contains(field) && given[field]?.isNull == false {
            problems.append(FileProblem(file: file, field: field, message: "unknown field"))
        }
        problems += unknownFields(draft.sources, given: given["sources"], section: "sources", file: file)
        problems += unknownFields(draft.phases, given: given["phases"], section: "phases", file: file)
        problems += unknownFields(draft.categories, given: given["categories"], section: "categories", file: file)
        problems += unknownFields(draft.skills, given: given["skills"], section: "skills", file: file)
        problems += unknownFields(draft.roles, given: given["roles"], section: "roles", file: file)
        if let version = draft.formatVersion, version != Catalog.currentFormatVersion {
            problems.append(FileProblem(
                file: file, field: "formatVersion",
                message: "this program reads catalog format \(Catalog.currentFormatVersion), found \(version)"))
        }
        guard unreadable.isEmpty, let formatVersion = draft.formatVersion else { return (nil, problems) }
        let overlay = CatalogOverlay(
            replace: draft.replace ?? false, formatVersion: formatVersion,
            sources: draft.sources?.compactMap(\.record) ?? [], phases: draft.phases?.compactMap(\.record) ?? [],
            categories: draft.categories?.compactMap(\.record) ?? [], skills: draft.skills?.compactMap(\.record) ?? [],
            roles: draft.roles?.compactMap(\.record) ?? [])
        return (overlay, problems)
    }

    /// Fields in the records of one section that the model has no place for.
    /// A record that did not decode is reported for that alone.
    static func unknownFields<Record: Encodable>(_ records: [DecodedRecord<Record>]?, given: JSONValue?, section: String,
                                                 file: String) -> [FileProblem] {
        guard let records, let given = given?.elements else { return [] }
        var problems: [FileProblem] = []
        func walk(_ given: JSONValue, _ model: JSONValue, _ path: String) {
            if let members = given.members {
                let model = model.members ?? [:]
                for key in members.keys.sorted() {
                    let value = members[key]!
                    if let modelValue = model[key] {
                        walk(value, modelValue, "\(path).\(key)")
                    } else if !value.isNull {
                        problems.append(FileProblem(file: file, field: "\(path).\(key)", message: "unknown field"))
                    }
                }
            } else if let elements = given.elements, let model = model.elements {
                for (index, value) in elements.enumerated() where index < model.count {
                    walk(value, model[index], "\(path)[\(value.name(at: index))]")
                }
            }
        }
        // Whether a field is unknown depends only on the names and nesting of
        // the fields, so a shape found clean once (say, the 10,000th skill with
        // the same fields as the first) is not encoded and walked again.
        var cleanShapes: Set<[String]> = []
        for (index, (element, decoded)) in zip(given, records).enumerated() {
            let shape = fieldPaths(of: element)
            guard !cleanShapes.contains(shape) else { continue }
            guard let record = decoded.record, let encoded = try? JSONEncoder().encode(record),
                  let model = JSONValue.parse(encoded) else { continue }
            let before = problems.count
            walk(element, model, "\(section)[\(element.name(at: index))]")
            if problems.count == before { cleanShapes.insert(shape) }
        }
        return problems
    }

    /// Every field path in a JSON value, sorted, with list positions left out
    /// (`pay[].min`); fields whose value is null are left out, as the check ignores them.
    static func fieldPaths(of value: JSONValue) -> [String] {
        var paths: [String] = []
        func collect(_ value: JSONValue, _ path: String) {
            if let members = value.members {
                for (key, child) in members where !child.isNull {
                    paths.append(path + "." + key)
                    collect(child, path + "." + key)
                }
            } else if let elements = value.elements {
                for child in elements { collect(child, path + "[]") }
            }
        }
        collect(value, "")
        return Array(Set(paths)).sorted()
    }
}

extension Catalog {
    /// The default catalog compiled into the binary from Resources/catalog.json.
    public static func embedded() -> Outcome {
        guard var text = EmbeddedResources.files["catalog.json"] else { return notEmbedded }
        // Read by the fast reader, in place, and not validated: the checks that name problems run on
        // this very text in the test suite (DefaultCatalogTests), and they cost most of a start-up.
        if let overlay = text.withUTF8({ FastCatalogReader.read($0, complete: true) }) { return .loaded(overlay.standalone) }
        return CatalogLoader.load(Data(text.utf8), file: CatalogLoader.embeddedName)
    }

    /// The built-in catalog read with every check, the careful way, for the tests to compare with `embedded()`.
    static func embeddedChecked() -> Outcome {
        guard let data = embeddedData else { return notEmbedded }
        return CatalogLoader.load(data, file: CatalogLoader.embeddedName, fast: false)
    }

    private static var embeddedData: Data? { EmbeddedResources.files["catalog.json"].map { Data($0.utf8) } }

    private static var notEmbedded: Outcome { .invalid([FileProblem(file: CatalogLoader.embeddedName,
                                                       message: "the build did not embed Resources/catalog.json")]) }

    public typealias Outcome = CatalogLoader.Outcome
}
