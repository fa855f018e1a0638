/// English, for participants who ask for it.
struct EnglishWords: Words {
    // The session
    func welcome(_ title: String) -> String {
        "samplan · \(title)\nYou answer questions in turn and build a cooperation agreement with concrete actions. Type /help for help, /skip to skip a question. Tab completes commands and options. Ctrl-D ends."
    }
    /// The prompt's label for a question every party at the table answers.
    func everyone(_ count: Int) -> String { count == 2 ? "both" : "all" }
    func statusMet(barrier: Bool) -> String { barrier ? "resolved" : "met" }
    func statusPartly(barrier: Bool) -> String { barrier ? "partly resolved" : "partly met" }
    var statusOpen: String { "open" }
    var ourSuggestion: String { "Our suggestion" }
    var formatOneUpgrade: String {
        "Format 1 still loads. To upgrade to format 2 (Rules/README.md): write \"format: 2\"; list the parties under \"parties:\" (id, name, short, optional); write \"ask:\" as a party, a list of parties or \"all\" instead of \"both\"; and say what each \"source:\" rests on: {research: ID, quote: \"the source's sentence\"}, {law: ID, paragraph: \"§ …\"} or practice (our own advice)."
    }
    func unknownCommand(_ name: String) -> String { "Unknown command “\(name)”. Type /help to see the commands." }
    func unknownTable(_ number: Int, _ tables: [Int]) -> String {
        "table \(number) is not in the roster" + (tables.isEmpty ? "; it has no tables." : " (it has tables \(tables.min()!)–\(tables.max()!)).")
    }
    func tableLabel(_ number: Int) -> String { "Table \(number)" + String(repeating: " ", count: max(0, 4 - String(number).count)) }
    func rosterTables(_ count: Int, finished: Int, leftEarly: Int, notStarted: Int) -> String {
        "The roster: \(count) tables: \(finished) finished, \(leftEarly) left early, \(notStarted) not started"
    }
    func tablesNotStarted(_ count: Int) -> String { "Tables that have not started (\(count)):" }
    func tablesLeftEarly(_ count: Int) -> String { "Tables that left early, no finished plan (\(count)):" }
    func tablesMatchedTwice(_ count: Int) -> String { "Tables with more than one session (\(count)):" }
    func tablesNotFollowedUp(_ count: Int) -> String { "Tables whose plan is not followed up (\(count)):" }
    func sessionsWithoutTable(_ count: Int) -> String { "Sessions that fit no table of the roster (\(count)):" }
    func fromRoster(_ name: String) -> String { "From the roster: \(name) — Enter confirms, or type another name." }
    func keepHint(_ current: String) -> String { "Now: \(current) — Enter keeps the answer, or type a new one." }
    var adviceKeepHint: String { "Enter keeps your answer; type a new answer to change it." }
    var actionsHint: String { "One action per line: “what ; responsible ; due”. An empty line when you are done." }
    var linesHint: String { "Several lines are fine. An empty line when you are done." }
    var newStatus: String { "New" }
    var chooseSeveral: String { "Choose one or more, for example “1 and 3”." }
    var yesOrNo: String { "Answer yes or no." }
    func itemAdded(_ count: Int) -> String { "+ \(count) added" }
    var skipped: String { "(skipped)" }
    var noEarlier: String { "This is the first question." }
    func noSuchQuestion(_ number: Int, of total: Int) -> String { "There is no question \(number); choose 1–\(total)." }
    var editUsage: String { "Type /edit and the question's number, for example /edit 3." }
    var finished: String { "All questions are answered. Thank you!" }
    var statusHeading: String { "Status:" }
    var why: String { "Why we ask" }
    var identityNumberRefused: String {
        "The answer seems to contain a national identity number or D-number. The agreement is about cooperation between the services, not about individuals, so samplan does not keep such numbers. Type the answer without it."
    }
    func tooLong(_ limit: Int) -> String {
        "The answer is too long (more than \(limit) characters). Make it shorter, or spread it over several lines where the question allows."
    }
    func transcriptRecreated(_ path: String) -> String {
        "The transcript had been deleted or moved; it has been written again in full: \(path)"
    }
    var nothingToSave: String { "Nothing to save yet." }
    func saved(_ path: String) -> String { "The agreement is saved: \(path)" }
    func planFile(_ path: String) -> String { "The agreement: \(path)" }
    func transcriptFile(_ path: String) -> String { "The transcript: \(path)" }
    func resumeLater(_ command: String) -> String { "To go on later: \(command)" }
    var replayStepHint: String { "Enter shows the next step; q and Enter stop the replay." }
    var replayStopped: String { "Replay stopped. The session in the transcript is unchanged." }
    var resumeWithCode: String { "To go on later: open the page again and type the table's code." }
    func serving(link: String, folder: String, tables: Int) -> String {
        "samplan serve: \(tables) tables. Open \(link) and type the table's code.\nTranscripts and agreements are saved in \(folder)/. Stop with Ctrl-C: every session is saved first."
    }
    var servingBeyondThisMachine: String { "Note: the server takes connections from other machines on the network, not only this one." }
    func codeSheetEntry(table: Int, parties: String, code: String, link: String) -> String {
        "Table \(table)" + (parties.isEmpty ? "" : ": \(parties)") + "\n  Open \(link) and type the code \(code)\n"
    }
    var goodbye: String { "Ended. Have a good day!" }
    func welcomeBack(answered: Int, of total: Int, since date: String) -> String {
        "Welcome back. The session from \(date) continues: \(answered) of \(total) questions are answered."
    }
    func stoppedBy(_ signal: String, savedIn transcript: String?) -> String {
        "samplan: stopped by \(signal)" + (transcript.map { "; everything answered is saved in \($0)" } ?? "") + "."
    }

    // Follow-ups
    func followupWelcome(_ sessionDate: String, actions: Int) -> String {
        "Following up the agreement of \(sessionDate). You will be asked about \(actions == 1 ? "one action" : "\(actions) actions"): whether it is done, what stood in the way, and a new date. Then you agree on the next follow-up. Type /help for help. Ctrl-D saves and quits."
    }
    func followupContinues(_ date: String) -> String { "Welcome back. The follow-up of \(date) continues." }
    func followupContinuesToday(_ began: String, today: String) -> String {
        "Welcome back. The follow-up begun on \(began) continues today, \(today). New deadlines count from today."
    }
    func transcriptInUse(_ path: String) -> String {
        "samplan: “\(path)” is open in another session (a session, a resume or a follow-up). Only one can write to it at a time: try again when the other has ended."
    }
    func transcriptIsStandardInput(_ path: String) -> String {
        "samplan: standard input is the file “\(path)” itself. Type the answers, or send them from another file."
    }
    func notATranscriptPath(_ path: String) -> String {
        "samplan: “\(path)” is a device or process file, not a transcript's own path. Give the path of the .transcript file."
    }
    func sessionNotFinished(_ path: String, answered: Int, of total: Int) -> String {
        "samplan: the session is not finished (\(answered) of \(total) questions answered), so the agreement cannot be followed up yet. Finish the session first: samplan resume \(path)"
    }
    func followupBeforeSession(_ today: String, session: String) -> String {
        "samplan: today's date (\(today)) is before the session (\(session)). A follow-up cannot come before the agreement it follows up: check the machine's date."
    }
    func followedUpAlready(_ path: String) -> String {
        "The session has ended and the agreement has been followed up. A new follow-up: samplan review \(path)"
    }
    var followupFileWord: String { "followup" }
    var and: String { "and" }
    func statusCounts(_ counts: [(label: String, count: Int)], of total: Int) -> String {
        "Status of \(total) \(total == 1 ? "action" : "actions"): "
            + counts.filter { $0.count > 0 }.map { "\($0.count) \($0.label.lowercased())" }.joined(separator: ", ")
    }
    func firstMeetingHeld(_ held: Bool) -> String { held ? "The first meeting has taken place." : "The first meeting has not taken place yet." }
    var otherHindrance: String { "something else" }
    func hindrance(_ title: String, count: Int) -> String { "\(title) (\(count) \(count == 1 ? "action" : "actions"))" }
    func stoodInTheWay(_ hindrances: [String]) -> String { "Obstacles: " + list(hindrances) }
    func amendmentDropped(_ what: String) -> String { "“\(what)” is dropped." }
    func amendmentNewDate(_ what: String, _ date: String, replacing: String?) -> String {
        "“\(what)” gets a new deadline, \(date)" + (replacing.map { " (instead of \($0))." } ?? ".")
    }
    func amendmentNewOwner(_ what: String, _ owner: String, replacing: String?) -> String {
        "“\(what)”: the responsible position is now \(owner)" + (replacing.map { " (instead of \($0))." } ?? ".")
    }
    func amendmentRenamed(_ old: String, to new: String) -> String { "“\(old)” becomes “\(new)”." }
    func amendmentSettled(_ what: String, _ result: String) -> String { "“\(what)” is done. The parties agree: \(result.asSentence)" }
    func droppedBecause(_ what: String, _ reasons: [String]) -> String {
        "Dropped: “\(what)”" + (reasons.isEmpty ? "" : " (" + list(reasons) + ")")
    }
    func otherHindranceSaid(_ what: String, _ text: String) -> String { "What else stood in the way of “\(what)”: \(text)" }
    func resultOf(_ what: String, _ result: String) -> String { "Outcome of “\(what)”: \(result)" }
    func amendmentNewAction(_ what: String, owner: String?, date: String?) -> String {
        "New action: “\(what)”. Responsible: \(owner ?? "________________"). Deadline: \(date ?? "__________")."
    }
    func newActions(_ names: [String]) -> String { "New actions: " + list(names.map { "“\($0)”" }) }
    func nextFollowup(_ date: String) -> String { "Next follow-up: \(date)" }

    // Actions
    var noActionList: String { "These rules have no list of actions." }
    var noActionsYet: String { "No actions yet. Type /action to add one." }
    var actionsSoFar: String { "The actions so far, sorted by deadline:" }
    var actionsKeepHint: String {
        "Enter keeps them; type another action to add it. /action N changes, /remove N removes, /first N makes action N the first step."
    }
    var actionUsage: String { "Type /action for a new action, or /action and its number to change one, for example /action 2 or /action 2 due." }
    var removeUsage: String { "Type /remove and the action's number, for example /remove 2. /list shows the actions." }
    var firstUsage: String { "Type /first and the action's number, for example /first 1. /list shows the actions." }
    func noSuchAction(_ number: Int, numbers: [Int]) -> String {
        numbers.isEmpty
            ? "There is no action \(number); there are no actions yet."
            : "There is no action \(number); the actions are numbered \(list(numbers, and: "and")). /list shows them."
    }
    func noSuchField(_ name: String) -> String { "An action has no field “\(name)”. Choose what, responsible or due." }
    func meetingFromQuestion(question: Int?) -> String {
        question.map { "The first meeting has no action number; change it with /edit \($0)." }
            ?? "The first meeting has no action number; change it at its question."
    }
    var newAction: String { "New action. A command cancels." }
    func changeAction(_ number: Int) -> String { "Change action \(number). Enter keeps what is there; a command cancels." }
    var actionCancelled: String { "Cancelled. The actions are unchanged." }
    func clarify(_ question: String) -> String { "Clarify: \(question)" }
    func suggestAction(_ text: String) -> String { "Type /action to turn this into an action: “\(text)”" }
    func actionWhatHint(current: String?, adding: Bool) -> String {
        guard let current else { return "What is to be done? An empty line cancels." }
        return "What is to be done? \(adding ? "Suggested" : "Now"): “\(current)”. Enter keeps it, or type something else."
    }
    func actionOwnerHint(current: String?, adding: Bool, gap: Bool) -> String {
        guard let current else {
            return "Which position is responsible? Tab fills in positions you have named. " + (gap ? "Enter leaves it open." : "Enter skips.")
        }
        return
            "Which position is responsible? \(adding ? "Suggested" : "Now"): “\(current)”. Enter keeps it, - removes it. Tab fills in positions you have named."
    }
    func actionDateHint(current: String?, adding: Bool, gap: Bool) -> String {
        guard let current else {
            return "By when? For example 15.01.2027, “in 4 weeks” or “by Christmas”. " + (gap ? "Enter leaves it open." : "Enter skips.")
        }
        return "By when? \(adding ? "Suggested" : "Now"): \(current). Enter keeps it, - removes it."
    }
    var actionPrompts: (what: String, owner: String, date: String) { ("Action · what › ", "Action · responsible › ", "Action · due › ") }
    var firstStepPrompt: String { "First step › " }
    var chooseFirst: String { "Which action is the first step? Type its number; Enter skips." }
    func chooseFirstAgain(_ numbers: [Int]) -> String {
        "Type the number of one of the actions (\(list(numbers, and: "or"))), or Enter to skip."
    }
    func actionLacksOwner(_ number: Int, _ what: String) -> String { "Action \(number), “\(what)”, has no responsible position." }
    func actionLacksDate(_ number: Int, _ what: String) -> String { "Action \(number), “\(what)”, has no deadline." }
    func actionRemoved(_ what: String) -> String { "✓ Removed: “\(what)”" }
    func firstStepMarked(_ number: Int, _ what: String) -> String { "► Action \(number), “\(what)”, is the first step." }
    func leftForAction(_ reference: String) -> String { "(left open – see \(reference))" }
    func notClarified(see reference: String) -> String { "(not yet clarified – see \(reference))" }
    func actionReference(_ numbers: [Int]) -> String { (numbers.count == 1 ? "action " : "actions ") + list(numbers, and: "and") }

    // /help
    var helpHeading: String { "Commands:" }
    func helpText(_ command: SlashCommand) -> String {
        switch command {
        case .help: "this help"
        case .back: "the previous question (your answers are kept)"
        case .skip: "skip the question (it goes under “Not yet clarified”)"
        case .why: "why we ask, and the source"
        case .status: "where you stand on each criterion and barrier"
        case .plan: "show the agreement so far"
        case .edit: "go to question N and come back here afterwards"
        case .save: "save the agreement now (it is also saved when you quit)"
        case .quit: "save and quit (also Ctrl-D)"
        case .action: "a new action, based on the advice or question on screen; /action N [what|responsible|due] changes action N"
        case .actions: "show the actions, numbered as in the agreement"
        case .remove: "remove action N"
        case .first: "make action N the first step"
        }
    }
    var helpFooter: [String] {
        [
            "Enter on an empty answer keeps the answer you have already given.",
            "Dates: 15.01.2027, 15.01, “tomorrow”, “in 2 weeks”. Ctrl-C clears the line.",
        ]
    }

    // Answers and plans
    var yes: String { "yes" }
    var no: String { "no" }
    var notSet: String { "not set" }
    var notClarified: String { "(not yet clarified)" }
    func openPointTerms(owner: String?, due: String?, action: String?) -> String {
        // An action made of the point holds its position and deadline.
        if let action { return "See \(action)." }
        return "Responsible: \(owner ?? "________________"). Deadline: \(due ?? "__________")."
    }
    func answeredWith(_ answer: String) -> String { "answered: “\(answer)”" }
    var signingLeaders: String { "the leaders who sign" }
    func missing(_ what: [String]) -> String { "Missing: " + what.joined(separator: "; ") }
    var weekdays: [String] { ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] }
    func number(_ compact: String) -> String { compact }
    var actionHeadings: (deadline: String, responsible: String, action: String) { ("Deadline", "Responsible", "Action") }
    var statusColumn: String { "Status" }
    var held: String { "Held" }
    var notHeld: String { "Not held" }
    var firstStepMark: String { "► first step" }

    // summary and followup
    var summaryHeadings: (date: String, parties: String, answers: String, firstStep: String, review: String) {
        ("Date", "Parties", "Answers", "1st step", "Review")
    }
    var summaryLegend: String { "* interrupted (not every question asked)   ✔ met/resolved  ◐ partly  ○ open" }
    func sessions(_ count: Int, complete: Int) -> String { "Sessions: \(count) (\(complete) complete, \(count - complete) interrupted)" }
    func firstStepsWithinFourWeeks(_ count: Int, of total: Int, percent: Int) -> String {
        "First step within four weeks: \(count) of \(total) (\(percent) %)"
    }
    func actionsInPlans(_ count: Int, plans: Int) -> String {
        "Actions: \(count) in \(plans) plans (\(perPlan(count, plans)) per plan)"
    }
    var actionsByCriterion: String { "Actions, by the success criterion or barrier they answer:" }
    func actionsDueByOwner(_ date: String) -> String { "Actions due before \(date), by responsible position:" }
    func notFollowedUpYet(_ count: Int) -> String { "Not followed up yet (\(count)):" }
    func letterTo(_ parties: [String]) -> String { "To " + list(parties) }
    func letterIntro(_ sessionDate: String, actions: Int, followups: Int, nextAhead: Bool) -> String {
        "At the event on \(sessionDate) you made a cooperation agreement with \(actions == 1 ? "one action" : "\(actions) actions"). "
            + (followups == 0
                ? "Now it is time to follow it up."
                : nextAhead ? "This is a reminder of your next follow-up." : "Now it is time for the next follow-up.")
    }
    func letterDue(_ date: String) -> String { "Actions due before \(date):" }
    func letterNext(_ date: String, passed: Bool) -> String {
        passed ? "Your next follow-up was due on \(date)." : "You have agreed on your next follow-up on \(date)."
    }
    var letterContacts: String { "Contacts for the cooperation: " }
    var letterHow: String {
        "You can do the follow-up together or separately; it takes about 15 minutes. Get in touch and we will agree on how. If you have samplan on your machine, you can also type:"
    }
    var letterWhat: String {
        "For each action, you say whether it has been done, started, not started or dropped, what got in the way, and any new deadline. Finally, you agree on the next follow-up. The signed agreement itself does not change. You get a follow-up note and, if you change any commitments, an amendment for both leaders to sign."
    }
    var letterHowByLink: String {
        "You can do the follow-up together or separately, with the same code; it takes about 15 minutes. Open this address in a browser and enter your table's code:"
    }
    var letterCode: String { "Code: " }
    var letterRegards: String { "Kind regards" }
    var overdue: String { "overdue" }
    func coordinatorPage(_ link: String, password: String) -> String {
        "The coordinator's page: \(link), password \(password) (shown only this once). To choose your own, set SAMPLAN_COORDINATOR_PASSWORD."
    }
    func coordinatorPageChosen(_ link: String) -> String { "The coordinator's page: \(link), with the password in SAMPLAN_COORDINATOR_PASSWORD." }
    func watchingFolders(_ time: String) -> String { "Updated \(time). The table updates whenever a transcript changes. Press Ctrl-C to stop." }
    var sheetHeadings: SheetHeadings {
        SheetHeadings(
            table: "Table", date: "Date", finished: "Finished", answered: "Answered", asked: "Questions", met: "Met or settled",
            partly: "Partly", open: "Still open", openBarriers: "Open barriers", firstStep: "First step",
            firstStepOwner: "Responsible for the first step", firstStepDate: "Date of the first step", review: "Review",
            actions: "Actions", followups: "Follow-ups", lastFollowup: "Last follow-up", language: "Language", rules: "Rule set",
            file: "File")
    }
    func languageName(_ language: Language) -> String {
        switch language {
        case .nb: "Norwegian bokmål"
        case .en: "English"
        }
    }
    var askAfterRange: String { "samplan: --ask-after must be a whole number of weeks from 0 to 520." }
    func lettersWithoutLink(_ count: Int) -> String {
        "\(count == 1 ? "One letter" : "\(count) letters") without a link: the session was not held through samplan serve, or its table's code is not in .serve-codes beside the transcript. The letter asks the pair to get in touch."
    }
    var followupCommand: String { "review" }
    var letterFileWord: String { "letter" }
    func lettersWritten(_ count: Int, _ folder: String) -> String { "\(count == 1 ? "One letter" : "\(count) letters") written in \(folder)." }
    func followedUpPlans(_ count: Int, of total: Int, percent: Int) -> String { "Followed up: \(count) of \(total) plans (\(percent) %)" }
    func firstStepsTaken(_ count: Int, of planned: Int) -> String {
        "First steps taken (followed up, planned within four weeks): \(count) of \(planned)"
            + (planned > 0 ? " (\((count * 100 + planned / 2) / planned) %)" : "")
    }
    var actionsByStatus: String { "The actions by status at the last follow-up:" }
    var doneByCriterion: String { "Done, by the success criterion or barrier the actions answer:" }
    var mostOftenInTheWay: String { "Most often in the way (times named):" }
    var openByCriterion: String { "Open, by success criterion and barrier:" }
    var barriersNotResolved: String { "Barriers not resolved (partly met or open):" }
    func dueBefore(_ date: String) -> String { "Follow-up: due before \(date)" }
    var nothingDue: String { "Nothing is due before then." }
    var firstStepDue: String { "First step — " }
    var reviewDue: String { "Review — " }
    var noOneResponsible: String { "no one responsible" }
    var noContact: String { "no designated contact" }
    func responseTime(_ time: String) -> String { "; response time: \(time)" }
    var contact: String { "Contact: " }

    // The coordinator's tools and the command line
    func skipping(_ file: String, because reason: String) -> String { "samplan: skipping \(file): \(reason)" }
    func skipping(_ problem: String) -> String { "samplan: skipping, \(problem)" }
    var doesNotExist: String { "does not exist" }
    var cannotBeRead: String { "cannot be read" }
    var skippingIt: String { " Skipping it." }
    func notADate(_ text: String) -> String { "samplan: “\(text)” is not a date." }
    func templateUnreadable(_ path: String, _ reason: String) -> String { "samplan: the template “\(path)” cannot be read: \(reason)" }
    func identityNumberInArgument(_ option: String) -> String {
        "samplan: \(option) seems to contain a national identity number or D-number; samplan does not write such numbers into files."
    }
    func judgedBy(new: String, path: String, old: String) -> String { "The answers judged by \(new) (\(path)) instead of \(old):" }
    var noChanges: String { "No changes." }
    var newFeedback: String { "New feedback:" }
    var vanishedFeedback: String { "Feedback that vanishes:" }
    var nowUnanswered: String { "Questions now unanswered:" }
    var statusChanges: String { "Status that changes:" }
    var absent: String { "absent" }
}
