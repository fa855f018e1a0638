import Testing

@testable import SamplanCore

/// Advice that calls for a step carries it (`action:` on a feedback rule),
/// the groundwork for turning advice into an action of the plan (issue 20).
struct SuggestedActionTests {
    func errors(_ yaml: String) -> String {
        do {
            _ = try RulesLoader.load(text: yaml, file: "r.yaml")
            Issue.record("expected the rules to be refused")
            return ""
        } catch {
            return error.render(in: .en)
        }
    }

    @Test func anAdviceCarriesItsStepAndWhoseItIs() throws {
        let yaml = Fixture.valid.replacing(
            "    message: {nb: Oftere, en: More often}\n",
            with:
                "    message: {nb: Oftere, en: More often}\n    action: {nb: Avtale et møte til, en: Agree one more meeting, owner: nav}\n")
        let rules = try RulesLoader.load(text: yaml, file: "r.yaml")
        let action = try #require(rules.feedback.first { $0.id == "often-monthly" }?.action)
        #expect(action.text[.nb] == "Avtale et møte til" && action.text[.en] == "Agree one more meeting" && action.owner == "nav")
        #expect(rules.feedback.first { $0.id == "meeting-late" }?.action == nil, "optional")
    }

    @Test func aBlockingRuleSuggestsNoStep() {
        let yaml = Fixture.valid.replacing(
            "    message: {nb: Små bokstaver, en: Lower case}\n",
            with:
                "    message: {nb: Små bokstaver, en: Lower case}\n    action: {nb: Skrive om, en: Rewrite}\n")
        #expect(
            errors(yaml).hasPrefix("r.yaml:44:13: 'action' belongs on advice: a blocking rule refuses the answer and suggests no step\n"),
            "\(errors(yaml))")
    }

    @Test func theOwnerIsAParty() {
        let yaml = Fixture.valid.replacing(
            "    message: {nb: Oftere, en: More often}\n",
            with:
                "    message: {nb: Oftere, en: More often}\n    action: {nb: Avtale et møte til, en: Agree one more meeting, owner: bydel}\n")
        #expect(errors(yaml).hasPrefix("r.yaml:50:73: unknown party 'bydel'; expected one of: dps, nav\n"), "\(errors(yaml))")
    }

    /// The built-in rules suggest a step where their advice calls for one,
    /// each with both languages, and an owner only among their parties.
    @Test(arguments: BuiltinRules.entries.map(\.name))
    func theBuiltInAdviceSuggestsSteps(_ name: String) throws {
        let rules = try #require(BuiltinRules.named(name)).load()
        let suggesting = rules.feedback.filter { $0.action != nil }
        #expect(suggesting.count >= (name == "dps-nav" ? 20 : 8), "\(suggesting.count)")
        #expect(suggesting.allSatisfy { $0.severity == .advice })
        for rule in suggesting {
            let action = try #require(rule.action)
            #expect(!action.text[.nb].isEmpty && !action.text[.en].isEmpty && !action.text[.nb].hasSuffix("."), "\(rule.id)")
            if let owner = action.owner { #expect(rules.party(owner) != nil, "\(rule.id): \(owner)") }
        }
        #expect(rules.feedback.first { $0.id == "no-ips" }?.action?.owner == "nav")
    }
}
