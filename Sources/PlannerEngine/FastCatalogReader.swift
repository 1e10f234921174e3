import FoundationEssentials

/// Reads a catalog file straight into a `CatalogOverlay` in one pass over its
/// bytes. A 10,000-skill custom catalog takes about 340 ms through the careful
/// path (the syntax check, Foundation's decoder record by record, and the
/// unknown-field walk); this takes a small part of that. Like
/// `FastProgressReader` it accepts only what it is sure of: strict JSON, the
/// current format version, every field known and of the right type, no field
/// twice, every required field there (every section too when `complete`).
/// Anything else gives nil and the careful path reads the file and names the
/// problem. Where both accept a file they give the same overlay (the fuzzer
/// checks this). How records hang together is checked afterwards either way,
/// by `CatalogValidator`.
enum FastCatalogReader {
    static func read(_ data: Data, complete: Bool) -> CatalogOverlay? {
        FastJSONScanner.scan(data) { $0.catalogDocument(complete: complete) }
    }

    /// The same from bytes in place: the built-in catalog is read from the binary without a copy.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, complete: Bool) -> CatalogOverlay? {
        var scanner = FastJSONScanner(bytes: bytes)
        return scanner.catalogDocument(complete: complete)
    }
}

/// The catalog's shape, read with the scanner's JSON pieces.
private extension FastJSONScanner {
    mutating func catalogDocument(complete: Bool) -> CatalogOverlay? {
        var version: Int?, replace: Bool??
        var sources: [Source]??, phases: [Phase]??, categories: [Category]??, skills: [Skill]??, roles: [Role]??
        let read = object { parser, key in
            switch key {
            case "formatVersion": return once(&version, parser.integer())
            case "replace": return once(&replace, parser.optional { $0.boolean() })
            case "sources": return once(&sources, parser.optional { $0.list { $0.source() } })
            case "phases": return once(&phases, parser.optional { $0.list { $0.phase() } })
            case "categories": return once(&categories, parser.optional { $0.list { $0.category() } })
            case "skills": return once(&skills, parser.optional { $0.list { $0.skill() } })
            case "roles": return once(&roles, parser.optional { $0.list { $0.role() } })
            default: return false
            }
        }
        guard read, atEnd(), version == Catalog.currentFormatVersion else { return nil }
        let replacing = (replace ?? nil) ?? false
        if complete || replacing {
            guard let sources = sources ?? nil, let phases = phases ?? nil, let categories = categories ?? nil,
                  let skills = skills ?? nil, let roles = roles ?? nil else { return nil }
            return CatalogOverlay(replace: replacing, sources: sources, phases: phases, categories: categories,
                                  skills: skills, roles: roles)
        }
        return CatalogOverlay(replace: replacing, sources: (sources ?? nil) ?? [], phases: (phases ?? nil) ?? [],
                              categories: (categories ?? nil) ?? [], skills: (skills ?? nil) ?? [], roles: (roles ?? nil) ?? [])
    }

    mutating func source() -> Source? {
        var id: String?, title: String?, author: String??, publisher: String??, published: String??, seed: String??
        var url: String??
        let read = object { parser, key in
            switch key {
            case "id": return once(&id, parser.string())
            case "title": return once(&title, parser.string())
            case "author": return once(&author, parser.optional { $0.string() })
            case "publisher": return once(&publisher, parser.optional { $0.string() })
            case "published": return once(&published, parser.optional { $0.string() })
            case "seed": return once(&seed, parser.optional { $0.string() })
            case "url": return once(&url, parser.optional { $0.string() })
            default: return false
            }
        }
        guard read, let id, let title else { return nil }
        return Source(id: id, title: title, author: author ?? nil, publisher: publisher ?? nil, published: published ?? nil,
                      seed: seed ?? nil, url: url ?? nil)
    }

    mutating func phase() -> Phase? {
        var id: String?, name: String?
        let read = object { parser, key in
            switch key {
            case "id": return once(&id, parser.string())
            case "name": return once(&name, parser.string())
            default: return false
            }
        }
        guard read, let id, let name else { return nil }
        return Phase(id: id, name: name)
    }

    mutating func category() -> Category? {
        var id: String?, name: String?, phase: String?
        let read = object { parser, key in
            switch key {
            case "id": return once(&id, parser.string())
            case "name": return once(&name, parser.string())
            case "phase": return once(&phase, parser.string())
            default: return false
            }
        }
        guard read, let id, let name, let phase else { return nil }
        return Category(id: id, name: name, phase: phase)
    }

    mutating func skill() -> Skill? {
        var id: String?, name: String?, category: String?, hours: Double?, prerequisites: [String]?, learn: String?
        var show: String?, sources: [String]??, milestone: String??
        let read = object { parser, key in
            switch key {
            case "id": return once(&id, parser.string())
            case "name": return once(&name, parser.string())
            case "category": return once(&category, parser.string())
            case "hours": return once(&hours, parser.decimal())
            case "prerequisites": return once(&prerequisites, parser.strings())
            case "learn": return once(&learn, parser.string())
            case "show": return once(&show, parser.string())
            case "sources": return once(&sources, parser.optional { $0.strings() })
            case "milestone": return once(&milestone, parser.optional { $0.string() })
            default: return false
            }
        }
        guard read, let id, let name, let category, let hours, let prerequisites, let learn, let show else { return nil }
        return Skill(id: id, name: name, category: category, hours: hours, prerequisites: prerequisites, learn: learn,
                     show: show, sources: sources ?? nil, milestone: milestone ?? nil)
    }

    mutating func role() -> Role? {
        var id: String?, name: String?, steppingStone: Bool?, summary: String?, responsibilities: [String]?
        var typicalDay: TypicalDay??, pay: [PayFigure]?, outlook: [OutlookStatement]?, entryRoutes: [String]?
        var progression: [String]?, industries: [String]?, required: [String]?, niceToHave: [String]?, sources: [String]?
        let read = object { parser, key in
            switch key {
            case "id": return once(&id, parser.string())
            case "name": return once(&name, parser.string())
            case "steppingStone": return once(&steppingStone, parser.boolean())
            case "summary": return once(&summary, parser.string())
            case "responsibilities": return once(&responsibilities, parser.strings())
            case "typicalDay": return once(&typicalDay, parser.optional { $0.typicalDay() })
            case "pay": return once(&pay, parser.list { $0.payFigure() })
            case "outlook": return once(&outlook, parser.list { $0.outlookStatement() })
            case "entryRoutes": return once(&entryRoutes, parser.strings())
            case "progression": return once(&progression, parser.strings())
            case "industries": return once(&industries, parser.strings())
            case "requiredSkills": return once(&required, parser.strings())
            case "niceToHaveSkills": return once(&niceToHave, parser.strings())
            case "sources": return once(&sources, parser.strings())
            default: return false
            }
        }
        guard read, let id, let name, let steppingStone, let summary, let responsibilities, let pay, let outlook,
              let entryRoutes, let progression, let industries, let required, let niceToHave, let sources else { return nil }
        return Role(id: id, name: name, steppingStone: steppingStone, summary: summary, responsibilities: responsibilities,
                    typicalDay: typicalDay ?? nil, pay: pay, outlook: outlook, entryRoutes: entryRoutes,
                    progression: progression, industries: industries, requiredSkills: required,
                    niceToHaveSkills: niceToHave, sources: sources)
    }

    mutating func typicalDay() -> TypicalDay? {
        var parts: [TypicalDay.Part]?, sources: [String]?
        let read = object { parser, key in
            switch key {
            case "parts": return once(&parts, parser.list { $0.dayPart() })
            case "sources": return once(&sources, parser.strings())
            default: return false
            }
        }
        guard read, let parts, let sources else { return nil }
        return TypicalDay(parts: parts, sources: sources)
    }

    mutating func dayPart() -> TypicalDay.Part? {
        var when: String?, what: String?
        let read = object { parser, key in
            switch key {
            case "when": return once(&when, parser.string())
            case "what": return once(&what, parser.string())
            default: return false
            }
        }
        guard read, let when, let what else { return nil }
        return TypicalDay.Part(when: when, what: what)
    }

    mutating func payFigure() -> PayFigure? {
        var label: String?, min: Int?, max: Int?, plus: Bool?, currency: String?, period: String?, asOf: String??
        var via: String??, sources: [String]?
        let read = object { parser, key in
            switch key {
            case "label": return once(&label, parser.string())
            case "min": return once(&min, parser.integer())
            case "max": return once(&max, parser.integer())
            case "plus": return once(&plus, parser.boolean())
            case "currency": return once(&currency, parser.string())
            case "period": return once(&period, parser.string())
            case "asOf": return once(&asOf, parser.optional { $0.string() })
            case "via": return once(&via, parser.optional { $0.string() })
            case "sources": return once(&sources, parser.strings())
            default: return false
            }
        }
        guard read, let label, let min, let max, let plus, let currency, let period, let sources else { return nil }
        return PayFigure(label: label, min: min, max: max, plus: plus, currency: currency, period: period,
                         asOf: asOf ?? nil, via: via ?? nil, sources: sources)
    }

    mutating func outlookStatement() -> OutlookStatement? {
        var text: String?, sources: [String]?
        let read = object { parser, key in
            switch key {
            case "text": return once(&text, parser.string())
            case "sources": return once(&sources, parser.strings())
            default: return false
            }
        }
        guard read, let text, let sources else { return nil }
        return OutlookStatement(text: text, sources: sources)
    }

    mutating func strings() -> [String]? { list { $0.string() } }
}
