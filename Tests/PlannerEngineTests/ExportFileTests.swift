import Foundation
import Testing
@testable import PlannerEngine

/// Writing an export: whole or not at all, never over what is there unless asked.
@Suite struct ExportFileTests {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { folder + "/" + name }
    func contents(_ name: String) -> Data? { FileManager.default.contents(atPath: path(name)) }
    func namesInFolder() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder).sorted() }

    @Test func aNewFileIsWrittenReadableByOthersAndNothingIsLeftBeside() throws {
        try ExportFile.write(Data("report\n".utf8), to: path("r.md"), replacing: false)
        #expect(contents("r.md") == Data("report\n".utf8))
        let mode = try FileManager.default.attributesOfItem(atPath: path("r.md"))[.posixPermissions] as? Int
        #expect(mode == 0o644 & ~0o022 || mode == 0o644)
        #expect(try namesInFolder() == ["r.md"])
    }

    @Test func anExistingFileIsLeftAsItIsUnlessReplacingIsAsked() throws {
        try Data("mine".utf8).write(to: URL(fileURLWithPath: path("r.md")))
        #expect(throws: ExportFile.Failure.exists(path("r.md"))) {
            try ExportFile.write(Data("new".utf8), to: path("r.md"), replacing: false)
        }
        #expect(contents("r.md") == Data("mine".utf8))
        #expect(try namesInFolder() == ["r.md"])
        try ExportFile.write(Data("new".utf8), to: path("r.md"), replacing: true)
        #expect(contents("r.md") == Data("new".utf8))
        #expect(try namesInFolder() == ["r.md"])
    }

    @Test func aFolderIsNeverAnExportFile() throws {
        try FileManager.default.createDirectory(atPath: path("sub"), withIntermediateDirectories: false)
        for replacing in [false, true] {
            #expect(throws: ExportFile.Failure.isFolder(path("sub"))) {
                try ExportFile.write(Data("x".utf8), to: path("sub"), replacing: replacing)
            }
        }
        #expect(ExportFile.Failure.isFolder("sub").description == "cannot write sub: it is a folder")
    }

    @Test func aMissingFolderIsAnIOFailureWithTheSystemsReason() {
        #expect(throws: ExportFile.Failure.io(file: path("nowhere/r.md"), reason: "No such file or directory")) {
            try ExportFile.write(Data("x".utf8), to: path("nowhere/r.md"), replacing: false)
        }
    }

    @Test func failuresReadAsSentences() {
        #expect(ExportFile.Failure.exists("r.md").description == "r.md already exists and was left as it is")
        #expect(ExportFile.Failure.io(file: "r.md", reason: "Permission denied").description
                == "cannot write r.md: Permission denied")
    }
}
