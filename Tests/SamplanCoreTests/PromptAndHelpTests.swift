import Testing

@testable import SamplanCore

/// The prompt fits an 80-column terminal, and `/hjelp` is a table (issue 22).
struct PromptAndHelpTests {
    /// Every question of the built-in rules, at its widest (the highest
    /// number, collecting lines where it does), in both languages.
    @Test(arguments: Language.allCases)
    func everyBuiltInPromptLeavesRoomForTheAnswer(_ language: Language) throws {
        let rules = try BuiltinRules.load()
        for section in rules.sections {
            #expect(section.short != nil, "\(section.id) has a short title")
            for question in section.questions {
                let width = SessionPrompt.widest(
                    for: question, in: section, questionCount: rules.questions.count,
                    parties: rules.parties, language: language)
                #expect(width <= 32, "\(question.id): \(width)")
            }
        }
    }

    @Test func thePromptUsesTheShortTitleAndAShortPartyLabel() throws {
        let rules = try BuiltinRules.load()
        let leadership = try #require(rules.section("leadership"))
        #expect(
            SessionPrompt.text(
                number: 10, of: 43, section: leadership, sectionID: "leadership", who: "begge",
                collecting: false, language: .nb) == "[10/43] Ledelse · begge › ")
        #expect(
            SessionPrompt.text(
                number: 5, of: 43, section: rules.section("shared_needs"), sectionID: "shared_needs",
                who: "both", collecting: true, language: .en) == "[5/43] Needs · both +› ")
        #expect(
            SessionPrompt.text(
                number: 1, of: 2, section: nil, sectionID: "x", who: "DPS", collecting: false,
                language: .en) == "[1/2] x · DPS › ")
    }

    /// A short title that makes a prompt too wide is refused where it stands.
    @Test func aShortTitleTooLongIsRefused() {
        let yaml = Fixture.valid.replacing(
            "    title: {nb: Start, en: Start}\n",
            with: "    title: {nb: Start, en: Start}\n    short: {nb: Start, en: A rather long short title}\n")
        do {
            _ = try RulesLoader.load(text: yaml, file: "r.yaml")
            Issue.record("loaded")
        } catch {
            #expect(
                error.render(in: .en).hasPrefix(
                    """
                    r.yaml:15:12: with this short title the prompt of 'unit' is 40 columns in 'en'; at most 32 leave room for an answer on an 80-column terminal
                    """), "\(error.render(in: .en))")
        }
    }

    /// Rules without short titles (those recorded before them) still load,
    /// and their prompts use the full title.
    @Test func rulesWithoutShortTitlesStillLoad() throws {
        let rules = try RulesLoader.load(text: Fixture.valid, file: "r.yaml")
        #expect(
            SessionPrompt.text(
                number: 1, of: 4, section: rules.section("start"), sectionID: "start", who: "DPS",
                collecting: false, language: .nb) == "[1/4] Start · DPS › ")
    }

    @Test(arguments: [(Language.nb, 80), (.nb, 50), (.en, 80), (.en, 50)])
    func helpIsATable(_ language: Language, _ width: Int) throws {
        let lines = SessionHelp.lines(language, width: width)
        for line in lines { #expect(line.count <= width, "\(line)") }
        // The descriptions, and their continuation lines, start in one column.
        let table = lines.dropFirst().prefix { $0.hasPrefix("  ") }
        #expect(table.count >= 9)
        #expect(Set(table.map(Self.descriptionColumn)).count == 1, "\(table)")
        try Golden.check(lines.joined(separator: "\n") + "\n", against: "help.\(language.rawValue).\(width).txt")
    }

    /// The first letter after two spaces.
    static func descriptionColumn(_ line: String) -> Int? {
        let characters = Array(line)
        return (2..<characters.count).first { characters[$0] != " " && characters[$0 - 1] == " " && characters[$0 - 2] == " " && $0 > 2 }
    }
}

/// One table of slash commands feeds parsing, Tab and `/hjelp` (issue 18).
struct SlashCommandTableTests {
    @Test func everyNameInTheTableParsesToItsCommandAndIsOffered() {
        for entry in SlashCommand.table {
            for name in [entry.nb, entry.en] + entry.also + entry.hidden {
                #expect(SlashCommand.parse(name) == .command(entry.command), "\(name)")
            }
            for language in Language.allCases {
                #expect(SlashCommand.names(for: language).contains(entry.name(in: language)))
            }
        }
        #expect(SlashCommand.names(for: .nb).prefix(3) == ["/hjelp", "/tilbake", "/hopp"])
        #expect(SlashCommand.names(for: .en).prefix(3) == ["/help", "/back", "/skip"])
    }

    @Test(arguments: Language.allCases)
    func helpListsEveryCommandOfTheTableInItsOrder(_ language: Language) {
        // A command's line starts with two spaces and its name; wrapped text goes under the description.
        let help = SessionHelp.lines(language, width: 80).dropFirst().filter { $0.hasPrefix("  /") }
        #expect(
            help.map { $0.split(separator: " ").first.map(String.init)?.replacing(",", with: "") }
                == SlashCommand.table.map { $0.name(in: language) })
        #expect(SlashCommand.edit(3).typed(in: language) == (language == .nb ? "/endre 3" : "/edit 3"))
        #expect(SlashCommand.back.typed(in: language) == (language == .nb ? "/tilbake" : "/back"))
    }
}
