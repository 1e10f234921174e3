/// A catalog file as written, read leniently: every field optional and every
/// record decoded on its own, so that the loader can list all of the file's
/// problems rather than the first.
struct CatalogDraft: Decodable {
    static let sectionNames = ["sources", "phases", "categories", "skills", "roles"]
    static let fieldNames = ["formatVersion", "replace"] + sectionNames

    var formatVersion: Int?
    var replace: Bool?
    var sources: [DecodedRecord<Source>]?
    var phases: [DecodedRecord<Phase>]?
    var categories: [DecodedRecord<Category>]?
    var skills: [DecodedRecord<Skill>]?
    var roles: [DecodedRecord<Role>]?
    /// Everything that did not decode, in the order of `fieldNames` and then of the records.
    let errors: [DecodingError]

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: StrictDecoding.AnyKey.self)
        var errors: [DecodingError] = []
        func field<Value: Decodable>(_ name: String) throws -> Value? {
            do {
                return try container.decodeIfPresent(Value.self, forKey: StrictDecoding.AnyKey(stringValue: name))
            } catch let error as DecodingError {
                errors.append(error)
                return nil
            }
        }
        func section<Record: Decodable>(_ name: String) throws -> [DecodedRecord<Record>]? {
            let records: [DecodedRecord<Record>]? = try field(name)
            for case .failure(let error) in records?.map(\.result) ?? [] { errors.append(error) }
            return records
        }
        formatVersion = try field("formatVersion")
        replace = try field("replace")
        sources = try section("sources")
        phases = try section("phases")
        categories = try section("categories")
        skills = try section("skills")
        roles = try section("roles")
        self.errors = errors
    }
}
