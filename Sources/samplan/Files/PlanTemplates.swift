import Glibc
import SamplanCore

/// Which plan template a session or `samplan plan` uses: `--template FILE`,
/// else `plan.LANG.mustache` beside the rules file, else the built-in one
/// (Rules/plan.LANG.mustache, compiled in). A coordinator changes the
/// layout by editing a copy, without rebuilding samplan.
enum PlanTemplates {
    static func renderer(language: Language, template: String?, rulesPath: String?) throws(ExitCodeError) -> PlanRenderer {
        var path = template
        if path == nil, let rulesPath {
            let folder = rulesPath.lastIndex(of: "/").map { String(rulesPath[..<$0]) } ?? "."
            let beside = "\(folder)/plan.\(language.rawValue).mustache"
            if access(beside, R_OK) == 0 { path = beside }
        }
        guard let path else { return PlanRenderer.builtin(language) }
        let bytes = try FileAccess.readOrExit(path, language: language)
        do {
            return try PlanRenderer(template: String(decoding: bytes, as: UTF8.self))
        } catch let problem {
            Console.error(language.words.templateUnreadable(path, problem.reason))
            throw ExitCodeError(.dataError)
        }
    }
}
