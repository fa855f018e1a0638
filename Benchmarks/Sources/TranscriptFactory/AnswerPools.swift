import SamplanCore

/// What pairs type at the table, by question id where the question is
/// specific and by kind otherwise; in both languages. Taken from the kind
/// of answers the example sessions (Transcripts/examples) give.
enum AnswerPools {
    static func roles(_ language: Language) -> [String] {
        language == .nb
            ? ["avdelingsleder", "seksjonsleder poliklinikken", "NAV-leder", "teamleder oppfølging", "jobbspesialist",
               "sosionom ved poliklinikken", "NAV-veileder", "psykologspesialist", "spesialsykepleier i ambulant team",
               "fagkoordinator", "veileder arbeidsrettet oppfølging", "enhetsleder", "rådgiver", "overlege"]
            : ["head of department", "section leader", "NAV manager", "team leader follow-up", "employment specialist",
               "social worker at the clinic", "NAV advisor", "clinical psychologist", "specialist nurse",
               "coordinator", "work-oriented advisor", "unit leader"]
    }

    static func texts(for id: String, _ language: Language) -> [String] {
        let nb = language == .nb
        switch id {
        case "purpose":
            return nb ? ["Flere pasienter i arbeid eller utdanning.", "At behandling og arbeidsrettet oppfølging skjer samtidig.",
                         "Færre som faller mellom to stoler når de er både pasienter og NAV-brukere.",
                         "Raskere avklaring av arbeidsevne for pasienter som ønsker jobb."]
                      : ["More patients in work or education.", "Treatment and work-oriented follow-up at the same time.",
                         "Fewer people falling between the two services."]
        case "target_group":
            return nb ? ["unge voksne ved DPS-en", "pasienter med angst og depresjon som står utenfor arbeid",
                         "sykmeldte med moderate psykiske lidelser", "alle pasienter som ønsker arbeid"]
                      : ["young adults at the clinic", "patients with anxiety and depression out of work", "people on sick leave"]
        case "dps_need":
            return nb ? ["kontaktperson hos NAV", "raskere svar om ytelser", "kjennskap til tiltakene NAV har",
                         "å vite hvem som følger opp arbeid"]
                      : ["a named contact at NAV", "faster answers about benefits", "to know NAV's measures"]
        case "nav_need":
            return nb ? ["tidlig kontakt om sykmeldte", "kunnskap om psykiske lidelser", "å vite når behandlingen tillater arbeid",
                         "en fast kontakt ved poliklinikken"]
                      : ["early contact about people on sick leave", "knowledge of mental illness", "a fixed contact at the clinic"]
        case "office_hours":
            return nb ? ["tirsdager 9–12 på DPS", "annenhver torsdag hos NAV", "onsdager etter lunsj"]
                      : ["Tuesdays 9–12 at the DPS", "every other Thursday at NAV"]
        case "consent_storage":
            return nb ? ["i journalen, med kopi til NAV", "skannet i DIPS", "i saken hos NAV og i journalen"]
                      : ["in the patient record, copy to NAV", "scanned into the record"]
        case "regulation_obstacles":
            return nb ? ["ingen kjente", "usikkerhet om AAP under behandling", "regler for taushetsplikt i felles møter"]
                      : ["none known", "uncertainty about benefits during treatment"]
        case "other_offices":
            return nb ? ["de andre kontorene inviteres til kvartalsmøtene", "egen avtale med hvert kontor senere"]
                      : ["the other offices join the quarterly meetings", "one agreement per office later"]
        case "first_step":
            return nb ? ["Avtale første møte", "Lage kontaktliste", "Presentere samarbeidet på allmøtet", "Skrive samarbeidsavtalen"]
                      : ["Set the first meeting", "Make a contact list", "Present the cooperation at the staff meeting"]
        default:
            return nb ? ["vi følger opp dette i neste møte", "ja, det er avklart", "ikke bestemt ennå"]
                      : ["we follow up at the next meeting", "yes, that is settled", "not decided yet"]
        }
    }

    static func actions(_ language: Language) -> [String] {
        language == .nb
            ? ["Avtale faste møter", "Utveksle kontaktlister", "Lage skriftlig samtykkeskjema", "Invitere jobbspesialist",
               "Presentere samarbeidet for de ansatte", "Avklare taushetsplikt med jurist", "Søke midler til IPS",
               "Evaluere samarbeidet"]
            : ["Set regular meetings", "Exchange contact lists", "Make a written consent form", "Invite an employment specialist",
               "Present the cooperation to staff", "Clarify confidentiality with a lawyer"]
    }

    /// A date some days ahead, in one of the ways people type them.
    static func date(daysAhead: Int, today: LocalDate, language: Language, random: inout SeededRandom) -> String {
        let day = today.addingBounded(days: daysAhead)
        switch Int.random(in: 0..<4, using: &random) {
        case 0: return day.description
        case 1: return "\(day.day).\(day.month).\(day.year)"
        case 2: return language == .nb ? "om \(max(1, daysAhead / 7)) uker" : "in \(max(1, daysAhead / 7)) weeks"
        default: return "\(day.day).\(day.month)"
        }
    }
}
