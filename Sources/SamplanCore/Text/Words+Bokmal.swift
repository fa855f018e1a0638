/// Norwegian bokmål, as NAV and DPS staff write it (domain.md).
struct BokmalWords: Words {
    // The session
    func welcome(_ title: String) -> String {
        "samplan · \(title)\nDere svarer på spørsmål etter tur og lager en samarbeidsavtale med konkrete tiltak. Skriv /hjelp for hjelp, /hopp for å hoppe over et spørsmål. Tab fullfører kommandoer og valg. Ctrl-D avslutter."
    }
    /// The prompt's label for a question every party at the table answers.
    func everyone(_ count: Int) -> String { count == 2 ? "begge" : "alle" }
    func statusMet(barrier: Bool) -> String { barrier ? "avklart" : "oppfylt" }
    func statusPartly(barrier: Bool) -> String { "delvis" }
    var statusOpen: String { "åpent" }
    var ourSuggestion: String { "Vårt råd" }
    var formatOneUpgrade: String {
        "Format 1 leses fortsatt. Slik oppgraderer dere til format 2 (Rules/README.md): skriv «format: 2»; før opp partene under «parties:» (id, name, short, optional); skriv «ask:» som en part, en liste av parter eller «all» i stedet for «both»; og si hva hver «source:» hviler på: {research: ID, quote: \"setningen i kilden\"}, {law: ID, paragraph: \"§ …\"} eller practice (vårt eget råd)."
    }
    func unknownCommand(_ name: String) -> String { "Ukjent kommando «\(name)». Skriv /hjelp for å se kommandoene." }
    func unknownTable(_ number: Int, _ tables: [Int]) -> String {
        "bord \(number) finnes ikke i deltakerlisten"
            + (tables.isEmpty ? "; den har ingen bord." : " (den har bord \(tables.min()!)–\(tables.max()!)).")
    }
    func tableLabel(_ number: Int) -> String { "Bord \(number)" + String(repeating: " ", count: max(0, 4 - String(number).count)) }
    func rosterTables(_ count: Int, finished: Int, leftEarly: Int, notStarted: Int) -> String {
        "Deltakerlisten: \(count) bord: \(finished) \(finished == 1 ? "ferdig" : "ferdige"), \(leftEarly) avsluttet tidlig, \(notStarted) ikke startet"
    }
    func tablesNotStarted(_ count: Int) -> String { "Bord som ikke har startet (\(count)):" }
    func tablesLeftEarly(_ count: Int) -> String { "Bord som avsluttet tidlig, uten ferdig plan (\(count)):" }
    func tablesMatchedTwice(_ count: Int) -> String { "Bord med mer enn én økt (\(count)):" }
    func tablesNotFollowedUp(_ count: Int) -> String { "Bord med plan som ikke er fulgt opp (\(count)):" }
    func sessionsWithoutTable(_ count: Int) -> String { "Økter som ikke passer til noe bord i listen (\(count)):" }
    func fromRoster(_ name: String) -> String { "Fra deltakerlisten: \(name) — Enter bekrefter, eller skriv et annet navn." }
    func keepHint(_ current: String) -> String { "Nå: \(current) — Enter beholder svaret, eller skriv et nytt." }
    var adviceKeepHint: String { "Enter beholder svaret; skriv et nytt svar for å endre det." }
    var actionsHint: String { "Ett tiltak per linje: «hva ; ansvarlig ; frist». Tom linje når dere er ferdige." }
    var linesHint: String { "Flere linjer går fint. Tom linje når dere er ferdige." }
    var newStatus: String { "Ny" }
    var chooseSeveral: String { "Velg ett eller flere, for eksempel «1 og 3»." }
    var yesOrNo: String { "Svar ja eller nei." }
    func itemAdded(_ count: Int) -> String { "+ \(count) lagt til" }
    var skipped: String { "(hoppet over)" }
    var noEarlier: String { "Dette er det første spørsmålet." }
    func noSuchQuestion(_ number: Int, of total: Int) -> String { "Det finnes ikke noe spørsmål \(number); velg 1–\(total)." }
    var editUsage: String { "Skriv /endre og nummeret på spørsmålet, for eksempel /endre 3." }
    var finished: String { "Alle spørsmålene er besvart. Takk!" }
    var statusHeading: String { "Status:" }
    var why: String { "Hvorfor vi spør" }
    var identityNumberRefused: String {
        "Svaret ser ut til å inneholde et fødselsnummer eller D-nummer. Avtalen handler om samarbeidet mellom tjenestene, ikke om enkeltpersoner, så samplan tar ikke vare på slike nummer. Skriv svaret uten nummeret."
    }
    func tooLong(_ limit: Int) -> String {
        "Svaret er for langt (mer enn \(limit) tegn). Skriv det kortere, eller del det over flere linjer der spørsmålet tillater det."
    }
    func transcriptRecreated(_ path: String) -> String {
        "Øktloggen var slettet eller flyttet; den er skrevet på nytt i sin helhet: \(path)"
    }
    var nothingToSave: String { "Ingenting å lagre ennå." }
    func saved(_ path: String) -> String { "Avtalen er lagret: \(path)" }
    func planFile(_ path: String) -> String { "Avtalen: \(path)" }
    func transcriptFile(_ path: String) -> String { "Øktloggen: \(path)" }
    func resumeLater(_ command: String) -> String { "Fortsett senere med: \(command)" }
    var replayStepHint: String { "Enter viser neste steg; q og Enter avslutter avspillingen." }
    var replayStopped: String { "Avspillingen er stoppet. Økten i øktloggen er som før." }
    var resumeWithCode: String { "Fortsett senere: åpne siden igjen og skriv bordets kode." }
    func serving(link: String, folder: String, tables: Int) -> String {
        "samplan serve: \(tables) bord. Åpne \(link) og skriv bordets kode.\nØktloggene og avtalene lagres i \(folder)/. Stopp med Ctrl-C: alle økter lagres først."
    }
    var servingBeyondThisMachine: String { "Merk: serveren tar imot fra andre maskiner på nettet, ikke bare denne." }
    func codeSheetEntry(table: Int, parties: String, code: String, link: String) -> String {
        "Bord \(table)" + (parties.isEmpty ? "" : ": \(parties)") + "\n  Åpne \(link) og skriv koden \(code)\n"
    }
    var goodbye: String { "Avsluttet. Ha en god dag!" }
    func welcomeBack(answered: Int, of total: Int, since date: String) -> String {
        "Velkommen tilbake. Økten fra \(date) fortsetter: \(answered) av \(total) spørsmål er besvart."
    }
    func stoppedBy(_ signal: String, savedIn transcript: String?) -> String {
        "samplan: avbrutt av \(signal)" + (transcript.map { "; alt som er besvart, er lagret i \($0)" } ?? "") + "."
    }

    // Follow-ups
    func followupWelcome(_ sessionDate: String, actions: Int) -> String {
        "Avtalen fra \(sessionDate) følges opp. Dere får spørsmål om \(actions == 1 ? "ett tiltak" : "\(actions) tiltak"): om det er gjort, hva som eventuelt sto i veien, og ny frist. Så avtaler dere neste oppfølging. Skriv /hjelp for hjelp. Ctrl-D lagrer og avslutter."
    }
    func followupContinues(_ date: String) -> String { "Velkommen tilbake. Oppfølgingen fra \(date) fortsetter." }
    func followupContinuesToday(_ began: String, today: String) -> String {
        "Velkommen tilbake. Oppfølgingen som ble påbegynt \(began), fortsetter i dag, \(today). Nye frister regnes fra i dag."
    }
    func transcriptInUse(_ path: String) -> String {
        "samplan: «\(path)» er åpen i en annen økt (en økt, en gjenopptakelse eller en oppfølging). Bare én kan skrive i den om gangen: prøv igjen når den andre er avsluttet."
    }
    func transcriptIsStandardInput(_ path: String) -> String {
        "samplan: standard inndata er selve filen «\(path)». Skriv svarene, eller send dem fra en annen fil."
    }
    func notATranscriptPath(_ path: String) -> String {
        "samplan: «\(path)» er en enhet eller en prosessfil, ikke en øktlogg. Oppgi stien til .transcript-filen."
    }
    func sessionNotFinished(_ path: String, answered: Int, of total: Int) -> String {
        "samplan: økten er ikke ferdig (\(answered) av \(total) spørsmål besvart), så avtalen kan ikke følges opp ennå. Fortsett økten først: samplan resume \(path)"
    }
    func followupBeforeSession(_ today: String, session: String) -> String {
        "samplan: dagens dato (\(today)) er før økten (\(session)). En oppfølging kan ikke ligge før avtalen den følger opp: sjekk datoen på maskinen."
    }
    func followedUpAlready(_ path: String) -> String {
        "Økten er avsluttet og avtalen er fulgt opp. En ny oppfølging: samplan oppfølging \(path)"
    }
    var followupFileWord: String { "oppfolging" }
    var and: String { "og" }
    func statusCounts(_ counts: [(label: String, count: Int)], of total: Int) -> String {
        "Status for \(total) tiltak: " + counts.filter { $0.count > 0 }.map { "\($0.count) \($0.label.lowercased())" }.joined(separator: ", ")
    }
    func firstMeetingHeld(_ held: Bool) -> String { held ? "Det første møtet er holdt." : "Det første møtet er ikke holdt ennå." }
    var otherHindrance: String { "annet" }
    func hindrance(_ title: String, count: Int) -> String { "\(title) (\(count) tiltak)" }
    func stoodInTheWay(_ hindrances: [String]) -> String { "Sto i veien: " + list(hindrances) }
    func amendmentDropped(_ what: String) -> String { "«\(what)» utgår." }
    func amendmentNewDate(_ what: String, _ date: String, replacing: String?) -> String {
        "«\(what)» får ny frist \(date)" + (replacing.map { " (i stedet for \($0))." } ?? ".")
    }
    func amendmentNewOwner(_ what: String, _ owner: String, replacing: String?) -> String {
        "«\(what)»: ansvarlig er nå \(owner)" + (replacing.map { " (i stedet for \($0))." } ?? ".")
    }
    func amendmentRenamed(_ old: String, to new: String) -> String { "«\(old)» endres til «\(new)»." }
    func amendmentSettled(_ what: String, _ result: String) -> String { "«\(what)» er gjennomført. Partene er enige om: \(result.asSentence)" }
    func droppedBecause(_ what: String, _ reasons: [String]) -> String {
        "Droppet: «\(what)»" + (reasons.isEmpty ? "" : " (" + list(reasons) + ")")
    }
    func otherHindranceSaid(_ what: String, _ text: String) -> String { "Annet som sto i veien for «\(what)»: \(text)" }
    func resultOf(_ what: String, _ result: String) -> String { "Resultat av «\(what)»: \(result)" }
    func amendmentNewAction(_ what: String, owner: String?, date: String?) -> String {
        "Nytt tiltak: «\(what)». Ansvarlig: \(owner ?? "________________"). Frist: \(date ?? "__________")."
    }
    func newActions(_ names: [String]) -> String { "Nye tiltak: " + list(names.map { "«\($0)»" }) }
    func nextFollowup(_ date: String) -> String { "Neste oppfølging: \(date)" }

    // Actions
    var noActionList: String { "Disse reglene har ingen liste over tiltak." }
    var noActionsYet: String { "Ingen tiltak ennå. Skriv /tiltak for å legge til ett." }
    var actionsSoFar: String { "Tiltakene så langt, sortert etter frist:" }
    var actionsKeepHint: String {
        "Enter beholder dem; skriv et tiltak til for å legge det til. /tiltak N endrer, /fjern N fjerner, /først N gjør tiltak N til første steg."
    }
    var actionUsage: String {
        "Skriv /tiltak for et nytt tiltak, eller /tiltak og nummeret for å endre ett, for eksempel /tiltak 2 eller /tiltak 2 frist."
    }
    var removeUsage: String { "Skriv /fjern og nummeret på tiltaket, for eksempel /fjern 2. /liste viser tiltakene." }
    var firstUsage: String { "Skriv /først og nummeret på tiltaket, for eksempel /først 1. /liste viser tiltakene." }
    func noSuchAction(_ number: Int, numbers: [Int]) -> String {
        numbers.isEmpty
            ? "Det finnes ikke noe tiltak \(number); det er ingen tiltak ennå."
            : "Det finnes ikke noe tiltak \(number); tiltakene har numrene \(list(numbers, and: "og")). /liste viser dem."
    }
    func noSuchField(_ name: String) -> String { "Et tiltak har ikke noe felt «\(name)». Velg hva, ansvarlig eller frist." }
    func meetingFromQuestion(question: Int?) -> String {
        question.map { "Det første møtet har ikke et tiltaksnummer; det endrer dere med /endre \($0)." }
            ?? "Det første møtet har ikke et tiltaksnummer; det endrer dere ved spørsmålet om det."
    }
    var newAction: String { "Nytt tiltak. En kommando avbryter." }
    func changeAction(_ number: Int) -> String { "Endre tiltak \(number). Enter beholder det som står; en kommando avbryter." }
    var actionCancelled: String { "Avbrutt. Tiltakene er uendret." }
    func clarify(_ question: String) -> String { "Avklare: \(question)" }
    func suggestAction(_ text: String) -> String { "Skriv /tiltak for å gjøre dette til et tiltak: «\(text)»" }
    func actionWhatHint(current: String?, adding: Bool) -> String {
        guard let current else { return "Hva skal gjøres? Tom linje avbryter." }
        return "Hva skal gjøres? \(adding ? "Forslag" : "Nå"): «\(current)». Enter beholder det, eller skriv noe annet."
    }
    func actionOwnerHint(current: String?, adding: Bool, gap: Bool) -> String {
        guard let current else {
            return "Hvilken stilling er ansvarlig? Tab fyller ut stillinger dere har nevnt. "
                + (gap ? "Enter lar det stå åpent." : "Enter hopper over.")
        }
        return
            "Hvilken stilling er ansvarlig? \(adding ? "Forslag" : "Nå"): «\(current)». Enter beholder det, - fjerner det. Tab fyller ut stillinger dere har nevnt."
    }
    func actionDateHint(current: String?, adding: Bool, gap: Bool) -> String {
        guard let current else {
            return "Innen når? For eksempel 15.01.2027, «om 4 uker» eller «innen jul». " + (gap ? "Enter lar det stå åpent." : "Enter hopper over.")
        }
        return "Innen når? \(adding ? "Forslag" : "Nå"): \(current). Enter beholder den, - fjerner den."
    }
    var actionPrompts: (what: String, owner: String, date: String) { ("Tiltak · hva › ", "Tiltak · ansvarlig › ", "Tiltak · frist › ") }
    var firstStepPrompt: String { "Første steg › " }
    var chooseFirst: String { "Hvilket tiltak er det første steget? Skriv nummeret; Enter hopper over." }
    func chooseFirstAgain(_ numbers: [Int]) -> String {
        "Skriv nummeret på et av tiltakene (\(list(numbers, and: "eller"))), eller Enter for å hoppe over."
    }
    func actionLacksOwner(_ number: Int, _ what: String) -> String { "Tiltak \(number), «\(what)», mangler en ansvarlig stilling." }
    func actionLacksDate(_ number: Int, _ what: String) -> String { "Tiltak \(number), «\(what)», mangler en frist." }
    func actionRemoved(_ what: String) -> String { "✓ Fjernet: «\(what)»" }
    func firstStepMarked(_ number: Int, _ what: String) -> String { "► Tiltak \(number), «\(what)», er første steg." }
    func leftForAction(_ reference: String) -> String { "(står som ikke avklart – se \(reference))" }
    func notClarified(see reference: String) -> String { "(ikke avklart – se \(reference))" }
    func actionReference(_ numbers: [Int]) -> String { "tiltak " + list(numbers, and: "og") }

    // /hjelp
    var helpHeading: String { "Kommandoer:" }
    func helpText(_ command: SlashCommand) -> String {
        switch command {
        case .help: "denne hjelpen"
        case .back: "forrige spørsmål (svarene deres beholdes)"
        case .skip: "hopp over spørsmålet (det havner under «Ikke avklart»)"
        case .why: "hvorfor vi spør, og kilden"
        case .status: "hvor dere står på hvert kriterium og hver barriere"
        case .plan: "vis avtalen så langt"
        case .edit: "gå til spørsmål N og kom tilbake hit etterpå"
        case .save: "lagre avtalen nå (den lagres også når dere avslutter)"
        case .quit: "lagre og avslutt (også Ctrl-D)"
        case .action: "nytt tiltak, ut fra rådet eller spørsmålet på skjermen; /tiltak N [hva|ansvarlig|frist] endrer tiltak N"
        case .actions: "vis tiltakene, nummerert som i avtalen"
        case .remove: "fjern tiltak N"
        case .first: "gjør tiltak N til første steg"
        }
    }
    var helpFooter: [String] {
        [
            "Enter på et tomt svar beholder svaret dere allerede har gitt.",
            "Datoer: 15.01.2027, 15.01, «i morgen», «om 2 uker». Ctrl-C tømmer linjen.",
        ]
    }

    // Answers and plans
    var yes: String { "ja" }
    var no: String { "nei" }
    var notSet: String { "ikke satt" }
    var notClarified: String { "(ikke avklart)" }
    func openPointTerms(owner: String?, due: String?, action: String?) -> String {
        // An action made of the point holds its position and deadline.
        if let action { return "Se \(action)." }
        return "Ansvarlig: \(owner ?? "________________"). Frist: \(due ?? "__________")."
    }
    func answeredWith(_ answer: String) -> String { "svart: «\(answer)»" }
    var signingLeaders: String { "lederne som skriver under" }
    func missing(_ what: [String]) -> String { "Mangler: " + what.joined(separator: "; ") }
    var weekdays: [String] { ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"] }
    func number(_ compact: String) -> String { compact.replacing(".", with: ",") }
    var actionHeadings: (deadline: String, responsible: String, action: String) { ("Frist", "Ansvarlig", "Tiltak") }
    var firstStepMark: String { "► første steg" }
    var statusColumn: String { "Status" }
    var held: String { "Holdt" }
    var notHeld: String { "Ikke holdt" }

    // summary and followup
    var summaryHeadings: (date: String, parties: String, answers: String, firstStep: String, review: String) {
        ("Dato", "Parter", "Svar", "1. steg", "Evaluering")
    }
    var summaryLegend: String { "* avbrutt (ikke alle spørsmål stilt)  ✔ oppfylt/avklart  ◐ delvis  ○ åpent" }
    func sessions(_ count: Int, complete: Int) -> String { "Økter: \(count) (\(complete) fullført, \(count - complete) avbrutt)" }
    func firstStepsWithinFourWeeks(_ count: Int, of total: Int, percent: Int) -> String {
        "Første steg innen fire uker: \(count) av \(total) (\(percent) %)"
    }
    func actionsInPlans(_ count: Int, plans: Int) -> String {
        "Tiltak: \(count) i \(plans) planer (\(number(perPlan(count, plans))) per plan)"
    }
    var actionsByCriterion: String { "Tiltak, etter suksesskriteriet eller barrieren de svarer på:" }
    func actionsDueByOwner(_ date: String) -> String { "Tiltak med frist før \(date), etter ansvarlig stilling:" }
    func notFollowedUpYet(_ count: Int) -> String { "Ikke fulgt opp ennå (\(count)):" }
    func letterTo(_ parties: [String]) -> String { "Til " + list(parties) }
    func letterIntro(_ sessionDate: String, actions: Int, followups: Int, nextAhead: Bool) -> String {
        "På samlingen \(sessionDate) laget dere en samarbeidsavtale med \(actions == 1 ? "ett tiltak" : "\(actions) tiltak"). "
            + (followups == 0
                ? "Nå er det tid for å følge den opp."
                : nextAhead ? "Dette er en påminnelse om neste oppfølging." : "Nå er det tid for neste oppfølging.")
    }
    func letterDue(_ date: String) -> String { "Tiltak med frist før \(date):" }
    func letterNext(_ date: String, passed: Bool) -> String {
        passed ? "Neste oppfølging var avtalt til \(date)." : "Dere har avtalt neste oppfølging til \(date)."
    }
    var letterContacts: String { "Kontaktpersoner for samarbeidet: " }
    var letterHow: String {
        "Dere kan gjøre oppfølgingen sammen eller hver for dere; den tar omtrent et kvarter. Ta kontakt, så avtaler vi hvordan. Har dere samplan på maskinen, kan dere også skrive:"
    }
    var letterWhat: String {
        "For hvert tiltak svarer dere om det er gjennomført, påbegynt, ikke påbegynt eller droppet, hva som eventuelt har hindret dere, og eventuelt ny frist. Til slutt avtaler dere neste oppfølging. Den signerte avtalen endres ikke. Dere får et oppfølgingsnotat, og hvis dere endrer noen forpliktelser, også en endring av avtalen som begge lederne signerer."
    }
    var letterHowByLink: String {
        "Dere kan gjøre oppfølgingen sammen eller hver for dere, med samme kode; den tar omtrent et kvarter. Åpne adressen i en nettleser og skriv inn koden til bordet deres:"
    }
    var letterCode: String { "Kode: " }
    var letterRegards: String { "Med vennlig hilsen" }
    var overdue: String { "forfalt" }
    func coordinatorPage(_ link: String, password: String) -> String {
        "Koordinatorens side: \(link), passord \(password) (vises bare nå). Vil du velge passord selv, sett SAMPLAN_COORDINATOR_PASSWORD."
    }
    func coordinatorPageChosen(_ link: String) -> String { "Koordinatorens side: \(link), med passordet i SAMPLAN_COORDINATOR_PASSWORD." }
    func watchingFolders(_ time: String) -> String { "Oppdatert \(time). Tabellen oppdateres når en øktlogg endres. Trykk Ctrl-C for å avslutte." }
    var sheetHeadings: SheetHeadings {
        SheetHeadings(
            table: "Bord", date: "Dato", finished: "Ferdig", answered: "Besvart", asked: "Antall spørsmål", met: "Oppfylt/avklart",
            partly: "Delvis", open: "Står åpent", openBarriers: "Åpne barrierer", firstStep: "Første steg",
            firstStepOwner: "Ansvarlig for første steg", firstStepDate: "Dato for første steg", review: "Evaluering",
            actions: "Tiltak", followups: "Oppfølginger", lastFollowup: "Siste oppfølging", language: "Språk", rules: "Regelsett",
            file: "Fil")
    }
    func languageName(_ language: Language) -> String {
        switch language {
        case .nb: "bokmål"
        case .en: "engelsk"
        }
    }
    var askAfterRange: String { "samplan: --ask-after må være et helt antall uker fra 0 til 520." }
    func lettersWithoutLink(_ count: Int) -> String {
        "\(count == 1 ? "Ett brev" : "\(count) brev") uten lenke: økten ble ikke holdt gjennom samplan serve, eller bordets kode står ikke i .serve-codes ved øktloggen. Brevet ber paret ta kontakt."
    }
    var followupCommand: String { "oppfølging" }
    var letterFileWord: String { "brev" }
    func lettersWritten(_ count: Int, _ folder: String) -> String { "\(count == 1 ? "Ett brev" : "\(count) brev") skrevet i \(folder)." }
    func followedUpPlans(_ count: Int, of total: Int, percent: Int) -> String { "Fulgt opp: \(count) av \(total) planer (\(percent) %)" }
    func firstStepsTaken(_ count: Int, of planned: Int) -> String {
        "Første steg tatt (fulgt opp, planlagt innen fire uker): \(count) av \(planned)"
            + (planned > 0 ? " (\((count * 100 + planned / 2) / planned) %)" : "")
    }
    var actionsByStatus: String { "Tiltakene etter status ved siste oppfølging:" }
    var doneByCriterion: String { "Gjennomført, per suksesskriterium og barriere tiltakene svarer på:" }
    var mostOftenInTheWay: String { "Sto oftest i veien (ganger nevnt):" }
    var openByCriterion: String { "Åpent, per suksesskriterium og barriere:" }
    var barriersNotResolved: String { "Barrierer som ikke er løst (delvis eller åpent):" }
    func dueBefore(_ date: String) -> String { "Oppfølging: frister før \(date)" }
    var nothingDue: String { "Ingenting forfaller før da." }
    var firstStepDue: String { "Første steg — " }
    var reviewDue: String { "Evaluering — " }
    var noOneResponsible: String { "ansvarlig ikke satt" }
    var noContact: String { "ingen kontaktperson satt" }
    func responseTime(_ time: String) -> String { "; svartid: \(time)" }
    var contact: String { "Kontakt: " }

    // The coordinator's tools and the command line
    func skipping(_ file: String, because reason: String) -> String { "samplan: hopper over \(file): \(reason)" }
    func skipping(_ problem: String) -> String { "samplan: hopper over, \(problem)" }
    var doesNotExist: String { "finnes ikke" }
    var cannotBeRead: String { "kan ikke leses" }
    var skippingIt: String { " Hopper over den." }
    func notADate(_ text: String) -> String { "samplan: «\(text)» er ikke en dato." }
    func templateUnreadable(_ path: String, _ reason: String) -> String { "samplan: malen «\(path)» kan ikke leses: \(reason)" }
    func identityNumberInArgument(_ option: String) -> String {
        "samplan: \(option) ser ut til å inneholde et fødselsnummer eller D-nummer; samplan skriver ikke slike nummer i filer."
    }
    func judgedBy(new: String, path: String, old: String) -> String { "Svarene vurdert etter \(new) (\(path)) i stedet for \(old):" }
    var noChanges: String { "Ingen endringer." }
    var newFeedback: String { "Ny tilbakemelding:" }
    var vanishedFeedback: String { "Tilbakemelding som forsvinner:" }
    var nowUnanswered: String { "Spørsmål som nå er ubesvart:" }
    var statusChanges: String { "Status som endres:" }
    var absent: String { "finnes ikke" }
}
