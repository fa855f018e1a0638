import Testing

@testable import SamplanCore

/// A template parsed in pieces renders exactly as the whole (the pieces
/// are a measured speed-up, `TemplatePieces`), and is cut only where no
/// section or tag is open.
struct TemplatePiecesTests {
    @Test(arguments: PlanTests.cases.indices)
    func theBuiltInAgreementRendersTheSameInPieces(_ index: Int) throws {
        let (_, script, language) = PlanTests.cases[index]
        let context = try PlanTests.session(script, language: language)
        let text = BuiltinRules.entries[0].template(language)
        let pieces = try PlanRenderer(template: text, cutting: true)
        let whole = try PlanRenderer(template: text, cutting: false)
        #expect(pieces.pieces.count > 5 && whole.pieces.count == 1)
        #expect(pieces.render(context) == whole.render(context))
    }

    @Test func eachBuiltInTemplateParsesInPieces() throws {
        for entry in BuiltinRules.entries {
            for language in Language.allCases {
                let pieces = try #require(TemplatePieces.cut(entry.template(language)))
                #expect(pieces.count > 3, "\(entry.name) \(language)")
                #expect(pieces.dropFirst().allSatisfy { $0.hasPrefix("{{% CONTENT_TYPE: TEXT}}\n") }, "the pragma holds in every piece")
                #expect(pieces.joined().count >= entry.template(language).count)
            }
        }
    }

    @Test func aCutFallsOnlyOutsideSectionsAndTags() throws {
        let section = "{{#a}}\n" + String(repeating: "x\n", count: 40) + "{{/a}}\n"
        let comment = "after\n{{! a comment\n" + String(repeating: "over lines\n", count: 10) + "}}\n"
        let pieces = try #require(TemplatePieces.cut(section + comment + "end", size: 20))
        #expect(pieces == [section, comment, "end"], "a section and a comment stay whole")
        #expect(TemplatePieces.cut("{{=<% %>=}}\n" + section + comment, size: 20) == nil, "new delimiters: parsed whole")
        #expect(TemplatePieces.cut("short", size: 20) == nil)
    }

    /// A broken template still gets the library's own message.
    @Test func aBrokenTemplateIsRefusedWhole() {
        let broken = String(repeating: "line\n", count: 400) + "{{#open}}\n"
        #expect(throws: PlanTemplateError.self) { try PlanRenderer(template: broken) }
    }
}
