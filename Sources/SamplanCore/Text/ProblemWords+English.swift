extension EnglishWords {

    func answerEmpty() -> String {
        "Type an answer, or /skip to skip it."
    }

    func notANumber(_ s: String, examples: [String]) -> String {
        "“\(s)” is not a number. Type for example " + list(examples.map { "“\($0)”" }, and: "or") + "."
    }

    func numberExamples(perMonth: Bool) -> [String] { perMonth ? ["8", "4-6", "2 hours a week"] : ["8", "4-6"] }

    func belowMinimum(_ m: Double) -> String {
        "The number cannot be less than \(m.compact)."
    }

    func aboveMaximum(_ m: Double) -> String {
        "The number cannot be more than \(m.compact)."
    }

    func answerNotADate(_ s: String) -> String {
        "“\(s)” is not a date. Type for example 15.01.2027, “in 3 weeks”, “Friday” or “in January”."
    }

    func severalDates(_ s: String, _ days: [String]) -> String {
        "“\(s)” could mean several dates: " + days.enumerated().map { "\($0.offset + 1)) \($0.element)" }.joined(separator: ", ")
            + ". Type the number of the one you mean, or another date."
    }

    func notYesNo(_ s: String) -> String {
        "“\(s)”: answer yes or no."
    }

    func unknownOption(_ s: String, count n: Int) -> String {
        "“\(s)” is not one of the options. Type a number from 1 to \(n) or the name (Tab completes)."
    }

    func unknownOfSeveral(_ s: String, count n: Int) -> String {
        "“\(s)” is not one of the options. Type numbers from 1 to \(n) or names (Tab completes); separate several with commas, “and” or spaces, for example “2 and 3”."
    }

    func ambiguousOption(_ s: String, matches m: [String]) -> String {
        "“\(s)” could be several options: \(m.joined(separator: ", ")). Type more of the name."
    }

    func oneOptionOnly() -> String {
        "Choose only one option here."
    }

    func actionNeedsWhat() -> String {
        "Say what is to be done first, then position and deadline: “what ; position ; deadline”."
    }

    func actionDateNotADate(_ s: String) -> String {
        "The deadline “\(s)” is not a date. Type for example 15.01.2027, “in 3 weeks” or “by Christmas”."
    }

}

extension EnglishWords {

    func notATranscript(file: String) -> String {
        "\(file) is not a samplan transcript."
    }

    func newerFormat(file: String, _ n: Int) -> String {
        "\(file) is in format \(n), written by a newer samplan; this one reads format \(TranscriptHeader.formatVersion). Update samplan."
    }

    func badHeader(file: String, _ field: String) -> String {
        "\(file): the header field “\(field)” is missing or invalid."
    }

    func rulesAltered(file: String) -> String {
        "\(file): the rules in the file do not match their checksum; the file was edited by hand."
    }

    func badRecord(file: String, line: Int) -> String {
        "\(file):\(line): the line is not a valid record."
    }

    func rulesInvalid(file: String, _ why: String) -> String {
        "\(file): the rules in the file cannot be read: \(why)"
    }

    func followupRulesAltered(file: String) -> String {
        "\(file): the follow-up rules in the file do not match their checksum; the file was edited by hand."
    }

    func followupRulesInvalid(file: String, _ why: String) -> String {
        "\(file): the follow-up rules in the file cannot be read: \(why)"
    }

}

extension EnglishWords {
    func tornLastLine(file: String, line: Int) -> String {
        "\(file):\(line): the last line was cut off while being written and was skipped; everything before it counts."
    }
}

extension EnglishWords {

    func rosterNotUTF8() -> String {
        "not valid UTF-8; save the file as UTF-8"
    }

    func rosterNoHeader(expected: [String]) -> String {
        "the header row is missing (\(expected.joined(separator: ",")))"
    }

    func rosterMissingColumn(_ name: String) -> String {
        "the column “\(name)” is missing from the header row"
    }

    func rosterNotATableNumber(column: String, _ text: String) -> String {
        "column “\(column)”: “\(text)” is not a table number (a whole number from 1)"
    }

    func rosterDuplicateTable(column: String, _ number: Int, firstLine first: Int) -> String {
        "column “\(column)”: table \(number) is also on line \(first)"
    }

    func rosterEmptyField(column: String) -> String {
        "column “\(column)” is empty"
    }

    func rosterUnclosedQuote() -> String {
        "a quoted field is not closed"
    }

    func rosterIdentityNumber() -> String {
        "the line seems to hold a national identity number; a roster names services only"
    }

    func rosterTooLong(column: String, _ limit: Int) -> String {
        "column “\(column)” is longer than \(limit) characters"
    }

    func rosterNotACode(column: String, _ text: String, alphabet: String) -> String {
        "“\(text)” in the column “\(column)” is not a code: a code has ten letters from \(alphabet), such as ACDEF-HJKMN"
    }

    func rosterDuplicateCode(column: String, firstLine first: Int) -> String {
        "the code in the column “\(column)” is also on line \(first); each table needs its own"
    }

}

extension EnglishWords {

    func cannotCreate(_ path: String, reason: String) -> String {
        "Cannot create “\(path)”: \(reason)."
    }

    func cannotWrite(_ path: String, reason: String) -> String {
        "Cannot write to “\(path)”: \(reason)."
    }

    func cannotRead(_ path: String, reason: String) -> String {
        "Cannot read “\(path)”: \(reason)."
    }

    func cannotRename(_ path: String, reason: String) -> String {
        "Cannot rename “\(path)”: \(reason)."
    }

}

extension EnglishWords {

    func fileMissing(_ path: String) -> String {
        "samplan: cannot find the file “\(path)”."
    }

    func fileUnreadable(_ path: String, reason: String) -> String {
        "samplan: cannot read “\(path)”: \(reason)."
    }

    func fileNotRegular(_ path: String) -> String {
        "samplan: “\(path)” is not a regular file (a folder, a FIFO or a device) and is not read."
    }

    func fileTooLarge(_ path: String, limit: Int) -> String {
        "samplan: “\(path)” is larger than \(limit >> 20) MiB and is not read."
    }

}

extension EnglishWords {

    func planPathIsFolder(_ path: String) -> String {
        "“\(path)” is a folder; give the agreement a file name, for example “\(path)/plan.txt”."
    }

    func planPathIsLink(_ path: String) -> String {
        "“\(path)” is a symbolic link; samplan writes plans only to regular files."
    }

    func planPathIsSpecial(_ path: String) -> String {
        "“\(path)” is not a regular file (a device or a FIFO); samplan writes agreements only to regular files. Without -o the agreement goes to standard output."
    }

}

extension EnglishWords {
    var actionFieldNames: (what: String, owner: String, date: String) { ("what", "responsible", "due") }
}

extension EnglishWords {
    func rulesSummary(_ rules: String, sections: Int, questions: Int, feedback: Int, languages: String) -> String {
        "\(rules): \(sections) sections, \(questions) questions, \(feedback) feedback rules; languages: \(languages)"
    }

    func followupRulesSummary(_ rules: String, statuses: [String], perAction: Int, feedback: Int) -> String {
        "\(rules): follow-up rules, \(statuses.count) statuses (\(statuses.joined(separator: ", "))), \(perAction) questions per action and 3 at the end, "
            + "\(feedback) feedback rules; languages: nb, en"
    }
}
