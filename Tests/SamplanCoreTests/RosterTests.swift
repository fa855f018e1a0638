import Testing
@testable import SamplanCore

/// The coordinator's roster (issue 21): a good one read, and each fault
/// refused with its file, line and the column at fault.
struct RosterTests {
    @Test func aRosterIsReadWithItsOptionalMunicipality() throws {
        let text = "table,dps,nav,municipality\r\n1,DPS Nordre Aasen,NAV Sagene,\r\n2,\"DPS Øst, poliklinikk\",NAV Alna,Oslo kommune\r\n\r\n"
        let roster = try Roster.parse(bytes: Array(text.utf8), file: "r.csv").get()
        #expect(roster.tables.map(\.number) == [1, 2])
        #expect(roster.table(2)?.dps == "DPS Øst, poliklinikk" && roster.table(2)?.municipality == "Oslo kommune")
        #expect(roster.table(1)?.municipality == nil)
        let bokmal = try Roster.parse(bytes: Array("bord,dps,nav\n7,DPS Vest,NAV Fana\n".utf8), file: "r.csv").get()
        #expect(bokmal.table(7)?.nav == "NAV Fana")
    }

    static let faults: [(text: String, messages: [String])] = [
        ("dps,nav\n1,DPS,NAV\n", ["r.csv:1: kolonnen «table» mangler i overskriftslinjen"]),
        ("table,dps\n1,DPS\n", ["r.csv:1: kolonnen «nav» mangler i overskriftslinjen"]),
        ("table,dps,nav\n1,DPS A,NAV A\n2,DPS B,NAV B\n1,DPS C,NAV C\n", ["r.csv:4: kolonnen «table»: bord 1 står også på linje 2"]),
        ("table,dps,nav\ntolv,DPS A,NAV A\n", ["r.csv:2: kolonnen «table»: «tolv» er ikke et bordnummer (et helt tall fra 1)"]),
        ("table,dps,nav\n3,,NAV A\n4,DPS B,\n", ["r.csv:2: kolonnen «dps» er tom", "r.csv:3: kolonnen «nav» er tom"]),
        ("table,dps,nav\n5,\"DPS A,NAV A\n", ["r.csv:2: et felt i anførselstegn blir ikke avsluttet"]),
        ("", ["r.csv:1: mangler overskriftslinjen (table,dps,nav,municipality)"]),
        ("table,dps,nav\n6,DPS 01019012480,NAV A\n",
         ["r.csv:2: linjen ser ut til å inneholde et fødselsnummer eller D-nummer; en deltakerliste har bare tjenester"]),
    ]

    @Test(arguments: faults.indices)
    func eachFaultIsReportedWithItsLineAndColumn(_ index: Int) {
        let (text, messages) = Self.faults[index]
        guard case .failure(let problems) = Roster.parse(bytes: Array(text.utf8), file: "r.csv") else {
            Issue.record("accepted: \(text)")
            return
        }
        #expect(problems.messages(in: .nb) == messages)
    }

    @Test func invalidUTF8IsRefusedAtItsLine() {
        let bytes = Array("table,dps,nav\n1,DPS A,NAV A\n2,DPS ".utf8) + [0xC3, 0x28] + Array(",NAV B\n".utf8)
        guard case .failure(let problems) = Roster.parse(bytes: bytes, file: "r.csv") else {
            Issue.record("accepted")
            return
        }
        #expect(problems.messages(in: .en) == ["r.csv:3: not valid UTF-8; save the file as UTF-8"])
    }

    @Test func anUnknownTableSaysWhichThereAre() {
        #expect(Language.en.words.unknownTable(99, [1, 2, 130]) == "table 99 is not in the roster (it has tables 1–130).")
    }
}
