/// One record of a list, decoded on its own: a record that does not read
/// keeps its error (with its full path in the file) instead of stopping the
/// whole list, so every bad record can be reported at once.
struct DecodedRecord<Record: Decodable>: Decodable {
    let result: Result<Record, DecodingError>

    init(from decoder: Decoder) throws {
        do {
            result = .success(try Record(from: decoder))
        } catch let error as DecodingError {
            result = .failure(error)
        } catch {
            // Foundation's decoder throws its own error, with no place, for a
            // number its type cannot hold (1.5 or 1e30 for a whole number):
            // name the record at least.
            result = .failure(.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "a number in this record is too large, or has a fraction where a whole number belongs",
                underlyingError: error)))
        }
    }

    var record: Record? { try? result.get() }
}
