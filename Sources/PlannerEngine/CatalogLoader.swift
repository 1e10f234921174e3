import Foundation

/// Reads a catalog from JSON text. Everything wrong comes back at once, each
/// problem naming the file and the line/column or the record and field.
public enum CatalogLoader {
    /// The name the embedded catalog goes by in messages.
    public static let embeddedName = "catalog.json (built in)"

    public enum Outcome {
        case loaded(Catalog)
        case invalid([FileProblem])
    }

    /// Decodes and validates. Unknown fields are problems too, so a typo in a
    /// custom catalog does not silently drop a value.
    public static func load(_ data: Data, file: String) -> Outcome {
        let catalog: Catalog
        do {
            try JSONProblemLocator.checkSyntax(of: data, file: file)
            catalog = try JSONProblemLocator.decode(Catalog.self, from: data, file: file)
        } catch {
            return .invalid([error])
        }
        var problems = unknownFields(in: data, comparedWith: catalog, file: file)
        if catalog.formatVersion != Catalog.currentFormatVersion {
            problems.append(FileProblem(
                file: file, field: "formatVersion",
                message: "this program reads catalog format \(Catalog.currentFormatVersion), found \(catalog.formatVersion)"))
        }
        problems += CatalogValidator.problems(in: catalog, file: file)
        return problems.isEmpty ? .loaded(catalog) : .invalid(problems)
    }

    /// Fields in the text that the model has no place for.
    static func unknownFields(in data: Data, comparedWith catalog: Catalog, file: String) -> [FileProblem] {
        guard let original = try? JSONSerialization.jsonObject(with: data),
              let known = try? JSONSerialization.jsonObject(with: JSONEncoder().encode(catalog)) else { return [] }
        var problems: [FileProblem] = []
        func walk(_ given: Any, _ model: Any?, _ path: String) {
            if let given = given as? [String: Any] {
                let model = model as? [String: Any] ?? [:]
                for key in given.keys.sorted() {
                    let value = given[key]!
                    let childPath = path.isEmpty ? key : "\(path).\(key)"
                    if let modelValue = model[key] {
                        walk(value, modelValue, childPath)
                    } else if !(value is NSNull) {
                        problems.append(FileProblem(file: file, field: childPath, message: "unknown field"))
                    }
                }
            } else if let given = given as? [Any], let model = model as? [Any] {
                for (index, value) in given.enumerated() where index < model.count {
                    let id = ((value as? [String: Any])?["id"] as? String) ?? String(index)
                    walk(value, model[index], "\(path)[\(id)]")
                }
            }
        }
        walk(original, known, "")
        return problems
    }
}

extension Catalog {
    /// The default catalog compiled into the binary from Resources/catalog.json.
    public static func embedded() -> Outcome {
        guard let text = EmbeddedResources.files["catalog.json"] else {
            return .invalid([FileProblem(file: CatalogLoader.embeddedName,
                                         message: "the build did not embed Resources/catalog.json")])
        }
        return CatalogLoader.load(Data(text.utf8), file: CatalogLoader.embeddedName)
    }

    public typealias Outcome = CatalogLoader.Outcome
}
