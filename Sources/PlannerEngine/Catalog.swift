/// The content the planner works on: roles, the skills they need, and the
/// articles every figure comes from. The default one is embedded in the binary
/// (`Catalog.embedded()`); it is plain data and never changes while running.
public struct Catalog: Codable, Equatable, Sendable {
    public static let currentFormatVersion = 1

    public var formatVersion: Int
    public var sources: [Source]
    public var phases: [Phase]
    public var categories: [Category]
    public var skills: [Skill] {
        didSet { skillPositions = Self.positions(of: skills) }
    }
    public var roles: [Role]
    /// Where each skill id first appears in `skills`: a catalog can hold
    /// 10,000 skills, and every frame looks many of them up.
    private var skillPositions: [String: Int]

    public init(formatVersion: Int = Catalog.currentFormatVersion, sources: [Source], phases: [Phase],
                categories: [Category], skills: [Skill], roles: [Role]) {
        self.formatVersion = formatVersion
        self.sources = sources
        self.phases = phases
        self.categories = categories
        self.skills = skills
        self.roles = roles
        skillPositions = Self.positions(of: skills)
    }

    enum CodingKeys: String, CodingKey { case formatVersion, sources, phases, categories, skills, roles }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(formatVersion: try container.decode(Int.self, forKey: .formatVersion),
                  sources: try container.decode([Source].self, forKey: .sources),
                  phases: try container.decode([Phase].self, forKey: .phases),
                  categories: try container.decode([Category].self, forKey: .categories),
                  skills: try container.decode([Skill].self, forKey: .skills),
                  roles: try container.decode([Role].self, forKey: .roles))
    }

    static func positions(of skills: [Skill]) -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(skills.count)
        for (index, skill) in skills.enumerated() where positions[skill.id] == nil { positions[skill.id] = index }
        return positions
    }

    public func skill(_ id: String) -> Skill? { skillPositions[id].map { skills[$0] } }
    /// Where the first skill with this id is in `skills`.
    func position(of id: String) -> Int? { skillPositions[id] }
    public func role(_ id: String) -> Role? { roles.first { $0.id == id } }
    public func category(_ id: String) -> Category? { categories.first { $0.id == id } }
    public func source(_ id: String) -> Source? { sources.first { $0.id == id } }

    /// The role's required skills and, transitively, everything they need first:
    /// what a user has to learn for the role. In catalog order.
    public func requiredClosure(of role: Role) -> [Skill] {
        closure(of: role.requiredSkills)
    }

    /// `ids` and all their prerequisites, in catalog order. Unknown ids are ignored
    /// (the validator reports them) and a cycle cannot loop forever.
    public func closure(of ids: [String]) -> [Skill] {
        closurePositions(of: ids).map { skills[$0] }
    }

    /// Where `closure(of:)`'s skills are in `skills`, in order.
    func closurePositions(of ids: [String]) -> [Int] {
        // Walked by catalog position, with a flag per skill, rather than by a set of ids.
        var included = [Bool](repeating: false, count: skills.count)
        var pending = ids.compactMap { skillPositions[$0] }
        while let position = pending.popLast() {
            guard !included[position] else { continue }
            included[position] = true
            for need in skills[position].prerequisites {
                if let next = skillPositions[need], !included[next] { pending.append(next) }
            }
        }
        return included.indices.filter { included[$0] }
    }

    /// The skills with these ids, in catalog order; ids the catalog lacks are left out.
    public func skills(withIDs ids: Set<String>) -> [Skill] {
        ids.compactMap { skillPositions[$0] }.sorted().map { skills[$0] }
    }
}

/// An article the catalog's facts and figures are taken from.
public struct Source: Codable, Equatable, Sendable {
    public var id: String
    public var title: String
    public var author: String?
    public var publisher: String?
    /// `YYYY-MM-DD` as the article gives it, when it gives one.
    public var published: String?
    /// The file under shared/seeds/ the article was read from; every source
    /// of the built-in catalog has one, a custom catalog's need not.
    public var seed: String?
    /// Where the source can be read, for a custom catalog's sources.
    public var url: String?
}

/// A stage of the study plan; categories belong to one.
public struct Phase: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
}

public struct Category: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var phase: String
}

public struct Skill: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var category: String
    /// Our estimate of the study hours, not a sourced figure.
    public var hours: Double
    public var prerequisites: [String]
    /// One line on how to learn it.
    public var learn: String
    /// One line on how to show an employer you have it.
    public var show: String
    /// Articles that name this skill, where one does.
    public var sources: [String]?
    /// What finishing it means on the way to a job ("A mentor found"), for the
    /// plan to mark; nil for a plain topic.
    public var milestone: String?
}
