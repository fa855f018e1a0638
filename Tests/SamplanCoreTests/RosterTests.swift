import Testing

@testable import SamplanCore

/// The coordinator's roster (issue 21): a good one read, and each fault
/// refused with its file, line and the column at fault.
struct RosterTests {
    /// The built-in dps-nav's parties: the roster's columns.
    static let parties = try! BuiltinRules.load().parties

    static func parse(_ text: String, parties: [Party] = parties) -> Result<Roster, RosterProblems> {
        Roster.parse(bytes: Array(text.utf8), file: "r.csv", parties: parties)
    }

    @Test func aRosterIsReadWithItsOptionalMunicipality() throws {
        let text = "table,dps,nav,municipality\r\n1,DPS Nordre Aasen,NAV Sagene,\r\n2,\"DPS Øst, poliklinikk\",NAV Alna,Oslo kommune\r\n\r\n"
        let roster = try Self.parse(text).get()
        #expect(roster.tables.map(\.number) == [1, 2])
        #expect(roster.table(2)?.name(of: "dps") == "DPS Øst, poliklinikk" && roster.table(2)?.name(of: "kommune") == "Oslo kommune")
        #expect(roster.table(1)?.name(of: "kommune") == nil)
        let bokmal = try Self.parse("bord,dps,nav,kommune\n7,DPS Vest,NAV Fana,Bergen kommune\n").get()
        #expect(bokmal.table(7)?.name(of: "nav") == "NAV Fana" && bokmal.table(7)?.name(of: "kommune") == "Bergen kommune")
    }

    /// The optional `code` column (samplan serve): a table's code as the
    /// coordinator set it, typed any way; a bad or repeated code is refused.
    @Test func aCodeColumnSetsTablesCodes() throws {
        let roster = try Self.parse("table;dps;nav;kode\n1;DPS Vest;NAV Fana;acdef hjkmn\n2;DPS Øst;NAV Alna;\n").get()
        #expect(roster.table(1)?.code == "ACDEF-HJKMN")
        #expect(roster.table(2)?.code == nil)
        guard
            case .failure(let problems) = Self.parse(
                "table,dps,nav,code\n1,DPS A,NAV A,ACDEF-HJKMO\n2,DPS B,NAV B,PRTUV-WXYAC\n3,DPS C,NAV C,prtuvwxyac\n")
        else {
            Issue.record("a bad code was read")
            return
        }
        #expect(
            problems.messages(in: .nb) == [
                "r.csv:2: «ACDEF-HJKMO» i kolonnen «code» er ingen kode: en kode har ti bokstaver blant ACDEFHJKMNPRTUVWXY, for eksempel ACDEF-HJKMN",
                "r.csv:4: koden i kolonnen «code» står også på linje 3; hvert bord trenger sin egen",
            ])
    }

    /// Columns are the rules' parties: kommune-nav's roster has no DPS.
    @Test func theColumnsAreTheRulesParties() throws {
        let kommuneNav = try #require(BuiltinRules.named("kommune-nav")).load()
        let roster = try Self.parse("table,kommune,nav\n3,Psykisk helse Vik,NAV Vik\n", parties: kommuneNav.parties).get()
        #expect(roster.table(3)?.names.map(\.party) == ["kommune", "nav"])
        #expect(roster.required == ["kommune", "nav"])
        #expect(kommuneNav.rosterDefaults(try #require(roster.table(3))).count == 2)
        guard case .failure(let problems) = Self.parse("table,dps,nav\n3,DPS Vik,NAV Vik\n", parties: kommuneNav.parties) else {
            Issue.record("a dps-nav roster was read for kommune-nav")
            return
        }
        #expect(problems.messages(in: .en) == ["r.csv:1: the column “kommune” is missing from the header row"])
    }

    static let faults: [(text: String, messages: [String])] = [
        ("dps,nav\n1,DPS,NAV\n", ["r.csv:1: kolonnen «table» mangler i overskriftslinjen"]),
        ("table,dps\n1,DPS\n", ["r.csv:1: kolonnen «nav» mangler i overskriftslinjen"]),
        ("table,dps,nav\n1,DPS A,NAV A\n2,DPS B,NAV B\n1,DPS C,NAV C\n", ["r.csv:4: kolonnen «table»: bord 1 står også på linje 2"]),
        ("table,dps,nav\ntolv,DPS A,NAV A\n", ["r.csv:2: kolonnen «table»: «tolv» er ikke et bordnummer (et helt tall fra 1)"]),
        ("table,dps,nav\n3,,NAV A\n4,DPS B,\n", ["r.csv:2: kolonnen «dps» er tom", "r.csv:3: kolonnen «nav» er tom"]),
        ("table,dps,nav\n5,\"DPS A,NAV A\n", ["r.csv:2: et felt i anførselstegn blir ikke avsluttet"]),
        ("", ["r.csv:1: mangler overskriftslinjen (table,dps,nav,municipality)"]),
        (
            "table,dps,nav\n6,DPS 01019012480,NAV A\n",
            ["r.csv:2: linjen ser ut til å inneholde et fødselsnummer eller D-nummer; en deltakerliste har bare tjenester"]
        ),
    ]

    @Test(arguments: faults.indices)
    func eachFaultIsReportedWithItsLineAndColumn(_ index: Int) {
        let (text, messages) = Self.faults[index]
        guard case .failure(let problems) = Self.parse(text) else {
            Issue.record("accepted: \(text)")
            return
        }
        #expect(problems.messages(in: .nb) == messages)
    }

    @Test func invalidUTF8IsRefusedAtItsLine() {
        let bytes = Array("table,dps,nav\n1,DPS A,NAV A\n2,DPS ".utf8) + [0xC3, 0x28] + Array(",NAV B\n".utf8)
        guard case .failure(let problems) = Roster.parse(bytes: bytes, file: "r.csv", parties: Self.parties) else {
            Issue.record("accepted")
            return
        }
        #expect(problems.messages(in: .en) == ["r.csv:3: not valid UTF-8; save the file as UTF-8"])
    }

    @Test func anUnknownTableSaysWhichThereAre() {
        #expect(Language.en.words.unknownTable(99, [1, 2, 130]) == "table 99 is not in the roster (it has tables 1–130).")
    }
}
