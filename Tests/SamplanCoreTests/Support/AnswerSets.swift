@testable import SamplanCore

/// Whole sessions for the built-in rules, as a pair would type them in
/// bokmål. The session's date is 23.11.2026 (a Monday).
enum AnswerSets {
    static let today = LocalDate(year: 2026, month: 11, day: 23)!

    /// Everything the research asks for, done well: no advice expected.
    static let strong: [String: Reply] = [
        "kommune_present": .line("nei"),
        "dps_unit": .line("DPS Nordre Aasen, allmennpoliklinikken"),
        "nav_office": .line("NAV Sagene"),
        "dps_person_role": .line("behandler"),
        "nav_person_role": .line("NAV-veileder"),
        "purpose": .lines(["Pasienter som ønsker arbeid, får behandling og arbeidsrettet",
                           "oppfølging samtidig, og vi sier det samme på begge kanter."]),
        "target_group": .line("pasienter ved poliklinikken som står utenfor arbeid"),
        "dps_need": .line("raskere avklaring av tiltak og ytelser"),
        "nav_need": .line("vite hva pasienten tåler av arbeid"),
        "review_interval": .line("hvert halvår"),
        "dps_leader": .line("enhetsleder"),
        "nav_leader": .line("NAV-leder"),
        "leaders_approval": .line("1"),
        "work_on_agenda": .line("ja"),
        "dps_contact_role": .line("fagkoordinator for arbeid og psykisk helse"),
        "nav_contact_role": .line("NAV-veileder med ansvar for helse og arbeid"),
        "has_deputies": .line("ja"),
        "deputy_roles": .line("teamleder poliklinikk / fagansvarlig oppfølging"),
        "written_agreement": .line("3"),
        "job_specialist": .line("1"),
        "ips": .line("ja"),
        "cooperation_forms": .line("1, 2, 3"),
        "office_hours": .line("NAV-veilederen har kontortid på DPS-en hver tirsdag 9–12"),
        "meeting_frequency": .line("hver måned"),
        "first_meeting": .line("om 3 uker"),
        "response_time": .line("2"),
        "contacts_exchanged": .line("ja"),
        "case_discussion": .line("bare anonymt"),
        "secure_channel": .line("1, 3"),
        "confidentiality_dps": .line("personvernombudet"),
        "confidentiality_nav": .line("NAV-leder"),
        "dps_hours": .line("8"),
        "nav_hours": .line("8 timer"),
        "hours_freed_by": .line("enhetsleder og NAV-leder"),
        "production_targets": .line("1"),
        "regulation_obstacles": .line("ingen"),
        "regulation_contact": .line("fagkoordinator for tiltak"),
        "nav_offices_in_area": .line("3"),
        "plan_covers": .line("alle"),
        "funding": .line("1"),
        "depends_on_enthusiast": .line("nei"),
        "five_advice": .line("1, 2, 5"),
        "actions": .lines(["Utveksle kontaktlister ; fagkoordinator DPS ; om 1 uke",
                           "Første saksdrøftingsverksted ; NAV-veileder ; 14.12.2026"]),
        "first_step": .line("Sende innkalling til første saksdrøftingsverksted"),
        "first_step_role": .line("fagkoordinator DPS"),
        "first_step_date": .line("om 1 uke"),
        "review_date": .line("om 26 uker"),
    ]

    /// Good intentions, little anchoring: names instead of positions, no
    /// time, rare meetings, project money, vague actions.
    static let weak: [String: Reply] = strong.merging([
        "dps_need": .skip,
        "review_interval": .line("ikke avtalt"),
        "dps_leader": .line("Kari Nordmann"),
        "nav_leader": .skip,
        "leaders_approval": .line("lederne vet"),
        "work_on_agenda": .line("nei"),
        "dps_contact_role": .line("Ole Hansen"),
        "has_deputies": .line("nei"),
        "written_agreement": .line("4"),
        "job_specialist": .line("nei"),
        "ips": .line("vet ikke"),
        "cooperation_forms": .line("1"),
        "meeting_frequency": .line("hvert kvartal"),
        "first_meeting": .skip,
        "response_time": .line("ikke avtalt"),
        "contacts_exchanged": .line("nei"),
        "case_discussion": .line("ikke bestemt"),
        "secure_channel": .line("telefon"),
        "confidentiality_nav": .skip,
        "dps_hours": .line("0"),
        "nav_hours": .line("2"),
        "hours_freed_by": .skip,
        "production_targets": .line("vet ikke"),
        "regulation_contact": .skip,
        "nav_offices_in_area": .line("4"),
        "plan_covers": .line("bare"),
        "other_offices": .skip,
        "funding": .line("prosjektmidler"),
        "depends_on_enthusiast": .line("ja"),
        "actions": .lines(["Snakke med lederne", "Lage kontaktliste ; NAV-veileder"]),
        "first_step_role": .line("Kari Nordmann"),
        "first_step_date": .line("om 6 uker"),
        "review_date": .skip,
    ]) { $1 }

    /// A strong plan, except that cases are to be discussed by name, with
    /// no one to collect consent, over ordinary email.
    static let identifiable: [String: Reply] = strong.merging([
        "case_discussion": .line("med navn"),
        "consent_role": .skip,
        "consent_storage": .line("i journalen"),
        "secure_channel": .line("vanlig e-post"),
    ]) { $1 }

    /// The strong plan with the municipality at the table.
    static let withMunicipality: [String: Reply] = strong.merging([
        "kommune_present": .line("ja"),
        "kommune_unit": .line("Psykisk helse og rus, Nordre Aasen kommune"),
    ]) { $1 }

    /// The strong plan typed by an English-speaking pair.
    static let strongEnglish: [String: Reply] = strong.merging([
        "kommune_present": .line("no"),
        "purpose": .lines(["Patients who want work get treatment and work-oriented",
                           "follow-up at the same time, and both services give the same message."]),
        "target_group": .line("outpatients who are out of work"),
        "dps_need": .line("faster answers about measures and benefits"),
        "nav_need": .line("knowing how much work the patient can manage"),
        "review_interval": .line("every six months"),
        "dps_person_role": .line("clinician"),
        "nav_person_role": .line("NAV advisor"),
        "dps_leader": .line("unit leader"),
        "nav_leader": .line("NAV office manager"),
        "work_on_agenda": .line("yes"),
        "dps_contact_role": .line("coordinator for work and mental health"),
        "nav_contact_role": .line("NAV advisor responsible for health and work"),
        "has_deputies": .line("yes"),
        "deputy_roles": .line("outpatient team leader / follow-up lead"),
        "ips": .line("yes"),
        "office_hours": .line("the NAV advisor has office hours at the DPS every Tuesday 9–12"),
        "meeting_frequency": .line("every month"),
        "first_meeting": .line("in 3 weeks"),
        "contacts_exchanged": .line("yes"),
        "case_discussion": .line("anonymised only"),
        "confidentiality_dps": .line("data protection officer"),
        "confidentiality_nav": .line("NAV office manager"),
        "nav_hours": .line("8 hours"),
        "hours_freed_by": .line("unit leader and NAV office manager"),
        "regulation_obstacles": .line("none"),
        "regulation_contact": .line("measures coordinator"),
        "plan_covers": .line("all"),
        "depends_on_enthusiast": .line("no"),
        "actions": .lines(["Exchange contact lists ; DPS coordinator ; in 1 week",
                           "First case-discussion workshop ; NAV advisor ; 14.12.2026"]),
        "first_step": .line("Send the invitation to the first case-discussion workshop"),
        "first_step_role": .line("DPS coordinator"),
        "first_step_date": .line("in 1 week"),
        "review_date": .line("in 26 weeks"),
    ]) { $1 }

    /// A pair in a hurry: several questions skipped along the way.
    static let skipping: [String: Reply] = strong.merging([
        "dps_need": .skip,
        "nav_need": .skip,
        "deputy_roles": .skip,
        "ips": .skip,
        "office_hours": .skip,
        "consent_role": .skip,
        "confidentiality_nav": .skip,
        "hours_freed_by": .skip,
        "regulation_obstacles": .skip,
        "five_advice": .skip,
        "review_date": .skip,
    ]) { $1 }
}
