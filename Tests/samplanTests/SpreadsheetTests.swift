import CSV
import Foundation
import Testing

/// `summary --format excel` opened as Norwegian Excel opens it by
/// double-click (issue 32, 2), checked in Debian's LibreOffice Calc,
/// headless, set to Norwegian (bokmål): the sheet is converted to a plain
/// comma-separated file and read back with an independent parser.
/// `make test` installs LibreOffice and sets SAMPLAN_REQUIRE_LIBREOFFICE,
/// so there the test runs or fails; elsewhere it runs where LibreOffice is.
@Suite struct SpreadsheetTests {
    static let office = ["/usr/bin/soffice", "/usr/local/bin/soffice"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let required = ProcessInfo.processInfo.environment["SAMPLAN_REQUIRE_LIBREOFFICE"] == "1"

    static let roster =
        "table;dps;nav;municipality\r\n1;DPS Kongsberg;NAV Kongsberg;Kongsberg kommune\r\n2;DPS Lillestrøm;NAV Lillestrøm;\r\n"
        + "3;Nidaros DPS;NAV Østbyen;\r\n4;Solli DPS;NAV Fana;\r\n5;Tynset DPS;NAV Nord-Østerdal;\r\n6;Vinderen DPS;NAV Vestre Aker;\r\n"

    /// The bytes Excel needs, before any program reads them.
    @Test func theSheetIsWhatNorwegianExcelOpens() throws {
        let folder = TempFolder.make()
        try Self.roster.write(toFile: folder + "/roster.csv", atomically: true, encoding: .utf8)
        let run = try PipeRun.run(
            ["summary", CoordinatorTests.examples, "--format", "excel", "--event", "roster.csv", "--lang", "nb"], input: "", directory: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let bytes = Array(run.stdout.utf8)
        #expect(bytes.prefix(3) == [0xEF, 0xBB, 0xBF], "a byte-order mark first")
        let lines = run.stdout.dropFirst().components(separatedBy: "\r\n")
        #expect(lines.count == 8 && lines.last == "", "header, six sessions, CRLF after each")
        #expect(!run.stdout.replacing("\r\n", with: "").contains("\n"))
        #expect(lines[0].hasPrefix("Bord;Dato;DPS;NAV;Kommune;Ferdig;Besvart;Antall spørsmål;"), "\(lines[0])")
        #expect(lines.contains { $0.hasPrefix("2;23.11.2026;\"DPS Lillestrøm, allmennpsykiatrisk poliklinikk\";NAV Lillestrøm;;ja;") })
        let plain = try PipeRun.run(["summary", CoordinatorTests.examples, "--format", "csv"], input: "", directory: folder)
        #expect(plain.stdout.hasPrefix("file,date,parties,"), "the plain CSV stays as it was")
    }

    @Test(.enabled(if: office != nil || required)) func libreOfficeSplitsTheColumnsAndKeepsTheLetters() async throws {
        let office = try #require(Self.office, "LibreOffice (soffice) is missing: make test installs libreoffice-calc-nogui")
        let folder = TempFolder.make()
        try Self.roster.write(toFile: folder + "/roster.csv", atomically: true, encoding: .utf8)
        let run = try PipeRun.run(
            ["summary", CoordinatorTests.examples, "--format", "excel", "--event", "roster.csv", "--lang", "nb"], input: "", directory: folder)
        try run.stdout.write(toFile: folder + "/samling.csv", atomically: true, encoding: .utf8)
        // Read as Norwegian Excel reads it: `;`, UTF-8, language nb-NO
        // (1044), numbers and dates recognised; written back with commas.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: office)
        process.arguments = [
            "--headless", "-env:UserInstallation=file://" + folder + "/profile",
            "--infilter=Text - txt - csv (StarCalc):59,34,76,1,,1044,false,true",
            "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", folder + "/out", folder + "/samling.csv",
        ]
        process.environment = ["HOME": folder, "LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        // LibreOffice's first start takes seconds (tens on a loaded machine):
        // waited for without holding one of the few threads every other
        // test's in-process server needs.
        let status: Int32 = try await withCheckedThrowingContinuation { done in
            process.terminationHandler = { done.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                done.resume(throwing: error)
            }
        }
        #expect(status == 0)
        let converted = try String(contentsOfFile: folder + "/out/samling.csv", encoding: .utf8)
        let reader = try CSVReader(string: converted, hasHeaderRow: true)
        let header = try #require(reader.headerRow)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        #expect(header.first == "Bord", "the byte-order mark is read as one, not as a letter")
        #expect(header.contains("Antall spørsmål") && header.contains("Åpne barrierer") && header.contains("Oppfølginger"))
        #expect(rows.count == 6 && rows.allSatisfy { $0.count == header.count }, "\(rows.map(\.count)) vs \(header.count)")
        let dps = try #require(header.firstIndex(of: "DPS")), nav = try #require(header.firstIndex(of: "NAV"))
        let lillestrom = try #require(rows.first { $0[0] == "2" })
        #expect(lillestrom[dps] == "DPS Lillestrøm, allmennpsykiatrisk poliklinikk" && lillestrom[nav] == "NAV Lillestrøm")
        #expect(rows.first { $0[0] == "3" }?[nav] == "NAV Østbyen")
        #expect(rows.first { $0[0] == "1" }?[header.firstIndex(of: "Kommune")!] == "Psykisk helse og rus, Kongsberg kommune")
        // 23.11.2026 became a date (the 23rd of November), written back in
        // the converter's own format: a Norwegian sheet can sort by it.
        #expect(lillestrom[header.firstIndex(of: "Dato")!] == "11/23/2026", "\(lillestrom)")
        #expect(lillestrom[header.firstIndex(of: "Ferdig")!] == "ja")
    }
}

/// The table a coordinator reads in a terminal (issue 32, 2): the table's
/// number first, the parties' names whole, and the warnings after it.
@Suite struct SummaryTableTests {
    @Test func namesAreWholeAndWarningsComeAfterTheTable() throws {
        let folder = TempFolder.make()
        try FileManager.default.createDirectory(atPath: folder + "/T", withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: CoordinatorTests.examples) where name.hasSuffix(".transcript") {
            try FileManager.default.copyItem(atPath: CoordinatorTests.examples + "/" + name, toPath: folder + "/T/" + name)
        }
        try "not a transcript\n".write(toFile: folder + "/T/2026-11-23-broken.transcript", atomically: true, encoding: .utf8)
        try SpreadsheetTests.roster.write(toFile: folder + "/roster.csv", atomically: true, encoding: .utf8)
        // Both streams into one, as a terminal shows them.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exec \"$0\" summary T --event roster.csv 2>&1", BuiltBinary.path]
        process.environment = ["COLUMNS": "80", "SAMPLAN_TODAY": "2027-01-04", "LANG": "nb_NO.UTF-8"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 65)
        let lines = text.components(separatedBy: "\n")
        #expect(lines[0].hasPrefix("Bord Dato       Parter"), "\(lines[0])")
        let legend = try #require(lines.firstIndex { $0.hasPrefix("* avbrutt") })
        let table = lines[..<legend]
        #expect(table.allSatisfy { $0.count <= 80 })
        #expect(!table.contains { $0.contains("…") }, "no name is cut")
        #expect(text.contains("2    23.11.2026 DPS Lillestrøm,"), "\(text)")
        // Each name read down its column, joined again: whole.
        let column = table.dropFirst(2).map { String($0.dropFirst(16).prefix(25)).trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        for name in ["DPS Lillestrøm, allmennpsykiatrisk poliklinikk", "Psykisk helse og rus, Kongsberg kommune", "Vinderen DPS, outpatient clinic"] {
            #expect(column.contains(name), "\(column)")
        }
        let warning = try #require(lines.firstIndex { $0.contains("2026-11-23-broken.transcript") })
        let totals = try #require(lines.firstIndex { $0.hasPrefix("Økter: 6") })
        #expect(warning > totals, "\(text)")
        #expect(warning == lines.count - 2, "the warning is the last line")
    }
}

/// `summary --watch` (issue 32, 1): the table drawn again when a
/// transcript in the folder changes, until stopped.
@Suite struct SummaryWatchTests {
    @Test func theTableIsDrawnAgainWhenATranscriptArrives() throws {
        let folder = TempFolder.make()
        try FileManager.default.createDirectory(atPath: folder + "/T", withIntermediateDirectories: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: CoordinatorTests.examples).filter { $0.hasSuffix(".transcript") }.sorted()
        try FileManager.default.copyItem(atPath: CoordinatorTests.examples + "/" + names[0], toPath: folder + "/T/" + names[0])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BuiltBinary.path)
        process.arguments = ["summary", "T", "--watch"]
        process.environment = ["COLUMNS": "100", "SAMPLAN_TODAY": "2027-01-04", "LANG": "nb_NO.UTF-8"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        var seen = ""
        let end = "Trykk Ctrl-C for å avslutte.\n"
        /// Reads until `drawings` tables have been drawn whole, the watch
        /// has ended, or nothing has come for a minute (then the test fails).
        func read(drawings: Int) {
            var waiting = pollfd(fd: out.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
            while seen.components(separatedBy: end).count <= drawings, poll(&waiting, 1, 60_000) > 0 {
                let data = out.fileHandleForReading.availableData
                if data.isEmpty { return }
                seen += String(decoding: data, as: UTF8.self)
            }
        }
        read(drawings: 1)
        #expect(seen.contains("Økter: 1 (1 fullført, 0 avbrutt)"), "\(seen)")
        #expect(seen.components(separatedBy: "Oppdatert ").count == 2, "one drawing: \(seen)")
        try FileManager.default.copyItem(atPath: CoordinatorTests.examples + "/" + names[1], toPath: folder + "/T/" + names[1])
        read(drawings: 2)
        #expect(seen.contains("Økter: 2 (2 fullført, 0 avbrutt)"), "\(seen)")
        #expect(seen.components(separatedBy: "Oppdatert ").count == 3, "drawn again once")
        // Ctrl-C, as the terminal sends it.
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGINT)
        #expect(!seen.contains("\u{1B}[2J"), "no screen clearing into a pipe")
    }
}
