/// The fixed words of a session, in both languages.
public enum SessionText {
    /// Who answers, as the prompt shows it: short, so the prompt fits.
    public static func partyLabel(_ audience: Audience, _ language: Language) -> String {
        switch (audience, language) {
        case (.dps, _): "DPS"
        case (.nav, _): "NAV"
        case (.both, .nb): "begge"
        case (.both, .en): "both"
        }
    }

    public static func audience(_ audience: Audience, _ language: Language) -> String {
        switch (audience, language) {
        case (.dps, _): "DPS"
        case (.nav, _): "NAV"
        case (.both, .nb): "DPS og NAV"
        case (.both, .en): "DPS and NAV"
        }
    }

    public static func welcome(_ title: String, _ language: Language) -> String {
        switch language {
        case .nb: "samplan · \(title)\nDere svarer på spørsmål etter tur og lager en konkret handlingsplan. Skriv /hjelp for hjelp, /hopp for å hoppe over et spørsmål. Tab fullfører kommandoer og valg. Ctrl-D avslutter."
        case .en: "samplan · \(title)\nYou answer questions in turn and build a concrete action plan. Type /help for help, /skip to skip a question. Tab completes commands and options. Ctrl-D ends."
        }
    }

    public static func unknownCommand(_ name: String, _ language: Language) -> String {
        language == .nb ? "Ukjent kommando «\(name)». Skriv /hjelp for å se kommandoene." : "Unknown command “\(name)”. Type /help to see the commands."
    }

    public static func keepHint(_ current: String, _ language: Language) -> String {
        language == .nb ? "Nå: \(current) — Enter beholder svaret, eller skriv et nytt." : "Now: \(current) — Enter keeps the answer, or type a new one."
    }

    public static func adviceKeepHint(_ language: Language) -> String {
        language == .nb ? "Enter beholder svaret; skriv et nytt svar for å endre det." : "Enter keeps your answer; type a new answer to change it."
    }

    public static func collectHint(_ kind: Question.Kind, _ language: Language) -> String {
        if case .actions = kind {
            return language == .nb
                ? "Ett tiltak per linje: «Hva ; rolle ; frist». Tom linje når dere er ferdige."
                : "One action per line: “What ; role ; deadline”. An empty line when you are done."
        }
        return language == .nb ? "Flere linjer går fint. Tom linje når dere er ferdige." : "Several lines are fine. An empty line when you are done."
    }

    public static func noEarlier(_ language: Language) -> String {
        language == .nb ? "Dette er det første spørsmålet." : "This is the first question."
    }

    public static func noSuchQuestion(_ n: Int, _ total: Int, _ language: Language) -> String {
        language == .nb ? "Det finnes ikke noe spørsmål \(n); velg 1–\(total)." : "There is no question \(n); choose 1–\(total)."
    }

    public static func editUsage(_ language: Language) -> String {
        language == .nb ? "Skriv /endre og nummeret på spørsmålet, for eksempel /endre 3." : "Type /edit and the question's number, for example /edit 3."
    }

    public static func finished(_ language: Language) -> String {
        language == .nb ? "Alle spørsmålene er besvart. Takk!" : "All questions are answered. Thank you!"
    }

    public static func statusHeading(_ language: Language) -> String {
        language == .nb ? "Status:" : "Status:"
    }

    public static func why(_ language: Language) -> String {
        language == .nb ? "Hvorfor vi spør" : "Why we ask"
    }


    /// Refusing an answer with an identity number; never repeats it.
    public static func identityNumberRefused(_ language: Language) -> String {
        language == .nb
            ? "Svaret ser ut til å inneholde et fødselsnummer eller D-nummer. Planen handler om samarbeidet mellom tjenestene, ikke om enkeltpersoner, så samplan tar ikke vare på slike nummer. Skriv svaret uten nummeret."
            : "The answer seems to contain a national identity number or D-number. The plan is about cooperation between the services, not about individuals, so samplan does not keep such numbers. Type the answer without it."
    }

    public static func tooLong(_ limit: Int, _ language: Language) -> String {
        language == .nb
            ? "Svaret er for langt (mer enn \(limit) tegn). Skriv det kortere, eller del det over flere linjer der spørsmålet tillater det."
            : "The answer is too long (more than \(limit) characters). Make it shorter, or spread it over several lines where the question allows."
    }

    public static func transcriptRecreated(_ path: String, _ language: Language) -> String {
        language == .nb
            ? "Transkripsjonen var slettet eller flyttet; den er skrevet på nytt i sin helhet: \(path)"
            : "The transcript had been deleted or moved; it has been written again in full: \(path)"
    }

    public static func nothingToSave(_ language: Language) -> String {
        language == .nb ? "Ingenting å lagre ennå." : "Nothing to save yet."
    }

    public static func saved(_ path: String, _ language: Language) -> String {
        language == .nb ? "Planen er lagret: \(path)" : "The plan is saved: \(path)"
    }

    /// Where the files are, at the end of a session.
    public static func files(plan: String?, transcript: String, _ language: Language) -> String {
        let planLine = plan.map { language == .nb ? "Planen: \($0)\n" : "The plan: \($0)\n" } ?? ""
        return planLine + (language == .nb ? "Transkripsjonen: \(transcript)" : "The transcript: \(transcript)")
    }

    public static func goodbye(_ language: Language) -> String {
        language == .nb ? "Avsluttet. Ha en god dag!" : "Ended. Have a good day!"
    }
}
