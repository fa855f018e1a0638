import Glibc
import SamplanCore

/// Which plan template a session or `samplan plan` uses: `--template FILE`,
/// else `STEM.plan.LANG.mustache` or `plan.LANG.mustache` beside the rules
/// file, else the built-in one for the rules' id (compiled in). A coordinator changes the
/// layout by editing a copy, without rebuilding samplan.
enum PlanTemplates {
    /// - Parameter rulesID: the rules' id, which picks the built-in template.
    static func renderer(
        language: Language, template: String?, rulesPath: String?,
        rulesID: String
    ) throws(ExitCodeError) -> PlanRenderer {
        var path = template
        if path == nil, let rulesPath, RulesSource.builtin(rulesPath) == nil {
            let slash = rulesPath.lastIndex(of: "/")
            let folder = slash.map { String(rulesPath[..<$0]) } ?? "."
            let file = slash.map { rulesPath[rulesPath.index(after: $0)...] } ?? rulesPath[...]
            let stem = file.hasSuffix(".yaml") ? String(file.dropLast(5)) : String(file)
            // STEM.plan.LANG.mustache first, so two rules files can share a folder.
            for name in ["\(stem).plan.\(language.rawValue).mustache", "plan.\(language.rawValue).mustache"] {
                if access("\(folder)/\(name)", R_OK) == 0 { path = "\(folder)/\(name)"; break }
            }
        }
        guard let path else { return PlanRenderer.builtin(language, rulesID: rulesID) }
        let bytes = try FileAccess.readOrExit(path, language: language)
        do {
            return try PlanRenderer(template: String(decoding: bytes, as: UTF8.self))
        } catch let problem {
            Console.error(language.words.templateUnreadable(path, problem.reason))
            throw ExitCodeError(.dataError)
        }
    }
}
