/// A custom catalog: records that go over the built-in catalog, or, when it
/// says `"replace": true`, a complete catalog that stands in its place.
public struct CatalogOverlay: Equatable, Sendable {
    public var replace: Bool
    public var formatVersion: Int
    public var sources: [Source]
    public var phases: [Phase]
    public var categories: [Category]
    public var skills: [Skill]
    public var roles: [Role]

    public init(replace: Bool = false, formatVersion: Int = Catalog.currentFormatVersion, sources: [Source] = [],
                phases: [Phase] = [], categories: [Category] = [], skills: [Skill] = [], roles: [Role] = []) {
        self.replace = replace
        self.formatVersion = formatVersion
        self.sources = sources
        self.phases = phases
        self.categories = categories
        self.skills = skills
        self.roles = roles
    }

    /// The overlay's records as a catalog of their own.
    public var standalone: Catalog {
        Catalog(formatVersion: formatVersion, sources: sources, phases: phases, categories: categories,
                skills: skills, roles: roles)
    }

    /// The catalog this overlay makes of `base`. A record replaces the base's
    /// record with the same id whole, in that record's place; a new id comes
    /// after the base's records, in the overlay's order. A replacement ignores
    /// `base`.
    public func catalog(over base: Catalog) -> Catalog {
        if replace { return standalone }
        return Catalog(formatVersion: formatVersion,
                       sources: Self.merge(sources, over: base.sources, id: \.id),
                       phases: Self.merge(phases, over: base.phases, id: \.id),
                       categories: Self.merge(categories, over: base.categories, id: \.id),
                       skills: Self.merge(skills, over: base.skills, id: \.id),
                       roles: Self.merge(roles, over: base.roles, id: \.id))
    }

    /// An id the overlay repeats replaces the base's record once and is then
    /// appended, so that the validator still sees (and reports) the repeat.
    static func merge<Record>(_ records: [Record], over base: [Record], id: (Record) -> String) -> [Record] {
        var merged = base
        var place: [String: Int] = [:]
        for (index, record) in base.enumerated() where place[id(record)] == nil {
            place[id(record)] = index
        }
        for record in records {
            if let index = place.removeValue(forKey: id(record)) {
                merged[index] = record
            } else {
                merged.append(record)
            }
        }
        return merged
    }
}
