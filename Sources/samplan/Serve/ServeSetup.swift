import SamplanCore

/// What every table of a `samplan serve` shares, read once at start: the
/// folder, the rules and their plan templates, the roster's tables.
struct ServeSetup: Sendable {
    let folder: String
    let book: RuleBook
    let rulesText: String
    /// The rules file given with --rules (its templates may sit beside it).
    let rulesPath: String?
    /// Every table, with its roster row when there is a roster.
    let tables: [Int: Roster.Table?]
    /// Today, or SAMPLAN_TODAY for tests.
    let today: @Sendable () -> LocalDate

    func renderer(_ language: Language) throws(ExitCodeError) -> PlanRenderer {
        try PlanTemplates.renderer(language: language, template: nil, rulesPath: rulesPath, rulesID: book.id)
    }
}
