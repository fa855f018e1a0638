extension BokmalWords {

    func answerEmpty() -> String {
        "Skriv et svar, eller /hopp for å hoppe over."
    }

    func notANumber(_ s: String, examples: [String]) -> String {
        "«\(s)» er ikke et tall. Skriv for eksempel " + list(examples.map { "«\($0)»" }, and: "eller") + "."
    }

    func numberExamples(perMonth: Bool) -> [String] { perMonth ? ["8", "4-6", "2 timer i uka"] : ["8", "4-6"] }

    func belowMinimum(_ m: Double) -> String {
        "Tallet kan ikke være mindre enn \(m.localizedNumber(.nb))."
    }

    func aboveMaximum(_ m: Double) -> String {
        "Tallet kan ikke være større enn \(m.localizedNumber(.nb))."
    }

    func answerNotADate(_ s: String) -> String {
        "«\(s)» er ikke en dato. Skriv for eksempel 15.01.2027, «om 3 uker», «fredag» eller «i januar»."
    }

    func severalDates(_ s: String, _ days: [String]) -> String {
        "«\(s)» kan bety flere datoer: " + days.enumerated().map { "\($0.offset + 1)) \($0.element)" }.joined(separator: ", ")
            + ". Skriv nummeret på den dere mener, eller en annen dato."
    }

    func notYesNo(_ s: String) -> String {
        "«\(s)»: svar ja eller nei."
    }

    func unknownOption(_ s: String, count n: Int) -> String {
        "«\(s)» er ikke ett av valgene. Skriv et tall fra 1 til \(n) eller navnet (Tab fullfører)."
    }

    func unknownOfSeveral(_ s: String, count n: Int) -> String {
        "«\(s)» er ikke ett av valgene. Skriv tall fra 1 til \(n) eller navn (Tab fullfører); flere skilles med komma, «og» eller mellomrom, for eksempel «2 og 3»."
    }

    func ambiguousOption(_ s: String, matches m: [String]) -> String {
        "«\(s)» kan være flere valg: \(m.joined(separator: ", ")). Skriv mer av navnet."
    }

    func oneOptionOnly() -> String {
        "Velg bare ett alternativ her."
    }

    func actionNeedsWhat() -> String {
        "Skriv hva som skal gjøres først, så stilling og frist: «hva ; stilling ; frist»."
    }

    func actionDateNotADate(_ s: String) -> String {
        "Fristen «\(s)» er ikke en dato. Skriv for eksempel 15.01.2027, «om 3 uker» eller «innen jul»."
    }

}

extension BokmalWords {

    func notATranscript(file: String) -> String {
        "\(file) er ikke en øktlogg fra samplan."
    }

    func newerFormat(file: String, _ n: Int) -> String {
        "\(file) er skrevet i format \(n) av en nyere samplan; denne leser format \(TranscriptHeader.formatVersion). Oppdater samplan."
    }

    func badHeader(file: String, _ field: String) -> String {
        "\(file): feltet «\(field)» i hodet mangler eller er ugyldig."
    }

    func rulesAltered(file: String) -> String {
        "\(file): reglene i filen stemmer ikke med kontrollsummen; filen er endret for hånd."
    }

    func badRecord(file: String, line: Int) -> String {
        "\(file):\(line): linjen er ikke en gyldig hendelse."
    }

    func rulesInvalid(file: String, _ why: String) -> String {
        "\(file): reglene i filen kan ikke leses: \(why)"
    }

    func followupRulesAltered(file: String) -> String {
        "\(file): oppfølgingsreglene i filen stemmer ikke med kontrollsummen; filen er endret for hånd."
    }

    func followupRulesInvalid(file: String, _ why: String) -> String {
        "\(file): oppfølgingsreglene i filen kan ikke leses: \(why)"
    }

}

extension BokmalWords {
    func tornLastLine(file: String, line: Int) -> String {
        "\(file):\(line): siste linje ble avbrutt under skriving og er hoppet over; alt før den er med."
    }
}

extension BokmalWords {

    func rosterNotUTF8() -> String {
        "ikke gyldig UTF-8; lagre filen som UTF-8"
    }

    func rosterNoHeader(expected: [String]) -> String {
        "mangler overskriftslinjen (\(expected.joined(separator: ",")))"
    }

    func rosterMissingColumn(_ name: String) -> String {
        "kolonnen «\(name)» mangler i overskriftslinjen"
    }

    func rosterNotATableNumber(column: String, _ text: String) -> String {
        "kolonnen «\(column)»: «\(text)» er ikke et bordnummer (et helt tall fra 1)"
    }

    func rosterDuplicateTable(column: String, _ number: Int, firstLine first: Int) -> String {
        "kolonnen «\(column)»: bord \(number) står også på linje \(first)"
    }

    func rosterEmptyField(column: String) -> String {
        "kolonnen «\(column)» er tom"
    }

    func rosterUnclosedQuote() -> String {
        "et felt i anførselstegn blir ikke avsluttet"
    }

    func rosterIdentityNumber() -> String {
        "linjen ser ut til å inneholde et fødselsnummer eller D-nummer; en deltakerliste har bare tjenester"
    }

    func rosterTooLong(column: String, _ limit: Int) -> String {
        "kolonnen «\(column)» er lengre enn \(limit) tegn"
    }

    func rosterNotACode(column: String, _ text: String, alphabet: String) -> String {
        "«\(text)» i kolonnen «\(column)» er ingen kode: en kode har ti bokstaver blant \(alphabet), for eksempel ACDEF-HJKMN"
    }

    func rosterDuplicateCode(column: String, firstLine first: Int) -> String {
        "koden i kolonnen «\(column)» står også på linje \(first); hvert bord trenger sin egen"
    }

}

extension BokmalWords {

    func cannotCreate(_ path: String, reason: String) -> String {
        "Kan ikke opprette «\(path)»: \(reason)."
    }

    func cannotWrite(_ path: String, reason: String) -> String {
        "Kan ikke skrive til «\(path)»: \(reason)."
    }

    func cannotRead(_ path: String, reason: String) -> String {
        "Kan ikke lese «\(path)»: \(reason)."
    }

    func cannotRename(_ path: String, reason: String) -> String {
        "Kan ikke gi «\(path)» nytt navn: \(reason)."
    }

}

extension BokmalWords {

    func fileMissing(_ path: String) -> String {
        "samplan: finner ikke filen «\(path)»."
    }

    func fileUnreadable(_ path: String, reason: String) -> String {
        "samplan: kan ikke lese «\(path)»: \(reason)."
    }

    func fileNotRegular(_ path: String) -> String {
        "samplan: «\(path)» er ikke en vanlig fil (en mappe, en FIFO eller en enhet) og leses ikke."
    }

    func fileTooLarge(_ path: String, limit: Int) -> String {
        "samplan: «\(path)» er større enn \(limit >> 20) MiB og leses ikke."
    }

}

extension BokmalWords {

    func planPathIsFolder(_ path: String) -> String {
        "«\(path)» er en mappe; gi avtalen et filnavn, for eksempel «\(path)/plan.txt»."
    }

    func planPathIsLink(_ path: String) -> String {
        "«\(path)» er en symbolsk lenke; samplan skriver bare planer til vanlige filer."
    }

    func planPathIsSpecial(_ path: String) -> String {
        "«\(path)» er ikke en vanlig fil (en enhet eller en FIFO); samplan skriver bare avtaler til vanlige filer. Uten -o skrives avtalen til standard ut."
    }

}

extension BokmalWords {
    var actionFieldNames: (what: String, owner: String, date: String) { ("hva", "ansvarlig", "frist") }
}

extension BokmalWords {
    func rulesSummary(_ rules: String, sections: Int, questions: Int, feedback: Int, languages: String) -> String {
        "\(rules): \(sections) deler, \(questions) spørsmål, \(feedback) tilbakemeldingsregler; språk: \(languages)"
    }

    func followupRulesSummary(_ rules: String, statuses: [String], perAction: Int, feedback: Int) -> String {
        "\(rules): oppfølgingsregler, \(statuses.count) statuser (\(statuses.joined(separator: ", "))), \(perAction) spørsmål per tiltak og 3 til slutt, "
            + "\(feedback) tilbakemeldingsregler; språk: nb, en"
    }
}
