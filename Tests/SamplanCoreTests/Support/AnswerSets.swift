@testable import SamplanCore

/// Whole sessions for the built-in rules, as a pair would type them in
/// bokmål. The session's date is 23.11.2026 (a Monday).
enum AnswerSets {
    static let today = LocalDate(year: 2026, month: 11, day: 23)!

    /// Everything the research asks for, done well: no advice expected.
    static let strong: [String: Reply] = [
        "kommune_present": .line("2"),
        "dps_unit": .line("DPS Nordre Aasen, allmennpoliklinikken"),
        "nav_office": .line("NAV Sagene"),
        "purpose": .lines([
            "Pasienter ved poliklinikken som står utenfor arbeid, får behandling",
            "og arbeidsrettet oppfølging samtidig.",
        ]),
        "needs": .lines([
            "DPS-et trenger raskere svar om tiltak og ytelser.",
            "NAV-kontoret trenger å komme tidligere på banen.",
        ]),
        "dps_leader": .line("enhetsleder"),
        "nav_leader": .line("NAV-leder"),
        "dps_contact_role": .line("fagkoordinator for arbeid og psykisk helse"),
        "nav_contact_role": .line("NAV-veileder for helse og arbeid"),
        "work_in_treatment": .line("1, 3, 4"),
        "meeting_frequency": .line("hver måned"),
        "convener": .line("1"),
        "first_meeting": .line("om 2 uker"),
        "response_time": .line("2"),
        "getting_to_know": .line("1, 2, 3, 5"),
        "patient_routine": .line("1"),
        "secure_channel": .line("1, 3"),
        "confidentiality_contacts": .line("fagansvarlig overlege / NAVs jurist"),
        "dps_hours": .line("8"),
        "nav_hours": .line("8 timer"),
        "production_targets": .line("1"),
        "offices_covered": .line("1"),
        "carried_by": .line("1, 2"),
        "evaluation_focus": .line("1, 2, 3"),
        "review_date": .line("om 26 uker"),
        "actions": .lines([
            "Presentere NAV-kontoret på DPS-ets personalmøte ; NAV-veileder for helse og arbeid ; 12.01.2027",
            "Hospitering for to behandlere på NAV-kontoret ; fagkoordinator for arbeid og psykisk helse ; 01.03.2027",
        ]),
    ]

    /// Good intentions, little anchoring: names instead of positions, no
    /// time, rare meetings, project money, vague actions.
    static let weak: [String: Reply] = strong.merging([
        "kommune_present": .line("nei"),
        "needs": .skip,
        "dps_leader": .line("Kari Nordmann"),
        "nav_leader": .skip,
        "dps_contact_role": .line("Ole Hansen"),
        "work_in_treatment": .line("5"),
        "meeting_frequency": .line("hvert kvartal"),
        "first_meeting": .skip,
        "response_time": .line("ikke avtalt"),
        "getting_to_know": .line("6"),
        "patient_routine": .line("ikke bestemt"),
        "secure_channel": .line("telefon, vanlig e-post"),
        "confidentiality_contacts": .skip,
        "dps_hours": .line("0"),
        "nav_hours": .line("0"),
        "production_targets": .line("vet ikke"),
        "offices_covered": .line("4"),
        "other_offices": .skip,
        "carried_by": .line("3, 4"),
        "evaluation_focus": .skip,
        "actions": .lines(["Snakke med lederne", "Lage kontaktliste ; NAV-veileder"]),
        "review_date": .skip,
    ]) { $1 }

    /// A strong plan, except that only anonymised case discussion is agreed,
    /// over ordinary email.
    static let anonymousByEmail: [String: Reply] = strong.merging([
        "patient_routine": .line("3"),
        "secure_channel": .line("vanlig e-post"),
    ]) { $1 }

    /// The strong plan with the municipality at the table.
    static let withMunicipality: [String: Reply] = strong.merging([
        "kommune_present": .line("ja"),
        "kommune_unit": .line("Psykisk helse og rus, Nordre Aasen kommune"),
        "kommune_leader": .line("leder for psykisk helse og rus"),
        "kommune_contact_role": .line("koordinator i psykisk helse- og rustjenesten"),
        "kommune_part": .line("1, 2, 4"),
    ]) { $1 }

    /// The strong plan typed by an English-speaking pair.
    static let strongEnglish: [String: Reply] = strong.merging([
        "kommune_present": .line("2"),
        "dps_unit": .line("Nordre Aasen DPS, general outpatient clinic"),
        "purpose": .lines([
            "Outpatients who are out of work get treatment and work-oriented",
            "follow-up at the same time.",
        ]),
        "needs": .lines([
            "The DPS needs faster answers about measures and benefits.",
            "The NAV office needs to get involved earlier.",
        ]),
        "dps_leader": .line("unit leader"),
        "nav_leader": .line("NAV office manager"),
        "dps_contact_role": .line("coordinator for work and mental health"),
        "nav_contact_role": .line("NAV advisor for health and work"),
        "meeting_frequency": .line("every month"),
        "first_meeting": .line("in 2 weeks"),
        "confidentiality_contacts": .line("senior consultant in charge / NAV's lawyer"),
        "nav_hours": .line("8 hours"),
        "review_date": .line("in 26 weeks"),
        "actions": .lines([
            "Present the NAV office at the DPS staff meeting ; NAV advisor for health and work ; 12.01.2027",
            "Job shadowing for two clinicians at the NAV office ; coordinator for work and mental health ; 01.03.2027",
        ]),
    ]) { $1 }

    /// A pair in a hurry: several questions skipped along the way.
    static let skipping: [String: Reply] = strong.merging([
        "needs": .skip,
        "getting_to_know": .skip,
        "confidentiality_contacts": .skip,
        "evaluation_focus": .skip,
        "review_date": .skip,
    ]) { $1 }

    /// Answers that settle nothing where the agreement needs something to
    /// sign: a purpose that is only «bedre samarbeid», «vet ikke», people's names and «en av behandlerne» for
    /// positions, ordinary e-mail beside a meeting, the patient routine not
    /// decided, targets unknown, enthusiasts, no hours and no county
    /// agreement chosen.
    static let vague: [String: Reply] = strong.merging(vagueInEitherLanguage) { $1 }.merging([
        "purpose": .lines(["Bedre samarbeid rundt felles brukere"]),
        "dps_contact_role": .line("en av behandlerne"),
        "nav_contact_role": .line("Ole Hansen (veileder)"),
        "confidentiality_contacts": .line("vet ikke, må sjekke med juristen"),
    ]) { $1 }

    static let vagueEnglish: [String: Reply] = strongEnglish.merging(vagueInEitherLanguage) { $1 }.merging([
        "purpose": .lines(["Better cooperation around shared patients"]),
        "dps_contact_role": .line("one of the clinicians"),
        "nav_contact_role": .line("Ole Hansen (advisor)"),
        "confidentiality_contacts": .line("don't know, must check with the lawyer"),
    ]) { $1 }

    /// The choices and numbers of `vague`, typed the same in both languages.
    static let vagueInEitherLanguage: [String: Reply] = [
        "dps_leader": .line("Kari Nordmann"),
        "secure_channel": .line("1, 4"),
        "patient_routine": .line("4"),
        "production_targets": .line("4"),
        "carried_by": .line("4"),
        "dps_hours": .line("0"),
    ]
}
