/// The rules file's own problems, in bokmål: written for the author of a
/// rules file, who reads them beside the line (`RulesError.render`).
extension RulesProblem {
    var norwegianMessage: String {
        switch self {
        case .syntax(let problem): "YAML-syntaksfeil: \(problem)"
        case .empty: "regelfilen er tom"
        case .notText: "regelfilen er ikke UTF-8-tekst"
        case .unsupportedFormat(let v): "ukjent regelformat «\(v)»; denne samplan leser format 1 og 2, og followup-1 for oppfølgingsregler"
        case .wrongShape(let field, let expected): "«\(field)» må være \(expected.norwegian)"
        case .unknownField(let f, let allowed): "ukjent felt «\(f)»; forventet ett av: \(allowed.joined(separator: ", "))"
        case .missingField(let f): "mangler påkrevd felt «\(f)»"
        case .unknownValue(let field, let value, let allowed):
            "ukjent \(field) «\(value)»; forventet ett av: \(allowed.joined(separator: ", "))"
        case .invalidID(let id): "ugyldig id «\(id)»; bruk små bokstaver a–z, sifre, «_» og «-», og start med en bokstav"
        case .duplicateID(let kind, let id, let line): "\(kind.norwegian)-id «\(id)» finnes fra før (linje \(line))"
        case .unknownQuestion(let id): "ukjent spørsmål «\(id)»"
        case .questionNotAskedBefore(let id, let guarding):
            "betingelsen for «\(guarding)» viser til «\(id)», som ikke stilles før"
        case .unknownSource(let id): "ukjent kilde «\(id)»; før den opp under «sources»"
        case .unknownSection(let id): "ukjent del «\(id)»"
        case .unknownOption(let option, let question, let allowed):
            "«\(option)» er ikke et valg i «\(question)»; forventet ett av: \(allowed.joined(separator: ", "))"
        case .missingTranslation(let lang): "mangler oversettelse: ingen «\(lang.rawValue)»-tekst"
        case .invalidPattern(let p, let reason): "ugyldig mønster «\(p)»: \(reason)"
        case .patternMayHang(let p, let suggestion):
            "mønsteret «\(p)» har en gjentakelse som kan gi fra seg det den har tatt, så noen svar ville gjøre søket eksponentielt tregt; gjør hver gjentakelse possessiv: «\(suggestion)»"
        case .patternBackreference(let p): "mønsteret «\(p)» bruker en tilbakereferanse, som kan gjøre søket eksponentielt tregt; skriv det uten"
        case .emptySection(let id): "delen «\(id)» har ingen spørsmål"
        case .duplicateRole(let role, let line): "et annet spørsmål har allerede rollen «\(role)» (linje \(line)); hver rolle hører til ett spørsmål"
        case .promptTooWide(let q, let lang, let width, let limit):
            "med denne korte tittelen blir ledeteksten til «\(q)» \(width) tegn bred på «\(lang.rawValue)»; høyst \(limit) gir plass til svaret i en terminal på 80 tegn"
        case .emptyList(let field): "«\(field)» kan ikke være tom"
        case .invalidRange(let lo, let hi): "ugyldig intervall: min \(lo.compact) er større enn max \(hi.compact)"
        case .conditionNeedsOneTest(let found):
            found.isEmpty
                ? "en betingelse trenger nøyaktig én test (answered, is, in, matches, at_least, at_most, less_than, more_than, missing, day_off, overdue), eller all/any/not"
                : "en betingelse trenger nøyaktig én test, fant: \(found.joined(separator: ", "))"
        case .testNotForType(let test, let type): "testen «\(test)» passer ikke til et spørsmål av typen \(type)"
        case .fieldNotForType(let field, let type): "«\(field)» passer ikke til et spørsmål av typen \(type)"
        case .unknownParty(let id, let allowed): "ukjent part «\(id)»; forventet én av: \(allowed.joined(separator: ", "))"
        case .questionForNoParty(let q): "«\(q)» stilles ikke til noen part; nevn én, flere eller all"
        case .partyNeverAsked(let id):
            "den valgfrie parten «\(id)» trenger et ja/nei-spørsmål med «role: present.\(id)» som spør om den sitter ved bordet"
        case .askedBeforePresence(let q, let party):
            "«\(q)» gjelder bare «\(party)», men kommer før spørsmålet om «\(party)» sitter ved bordet"
        case .sourceKindMissing(let id):
            "si hva slags kilde «\(id)» er: {research: \(id), quote: \"…\"}, {law: \(id), paragraph: \"§ …\"}, eller practice for vårt eget råd"
        case .stepWithoutFirstStepDate: "«step» hører hjemme på spørsmålet med «role: first-step.date»"
        case .actionOnBlockingRule: "«action» hører hjemme på råd: en blokkerende regel avviser svaret og foreslår ikke noe tiltak"
        case .placeholderMissing(let field, let placeholder): "«\(field)» må inneholde \(placeholder) nøyaktig én gang: hvert tiltak får sin egen id"
        case .researchWithoutQuote(let id):
            "forskningskilden «\(id)» trenger «quote:», den ordrette setningen i kilden som bærer meldingen"
        }
    }
}

extension RulesProblem.Shape {
    var norwegian: String {
        switch self {
        case .mapping: "en mapping (nøkkel: verdi)"
        case .list: "en liste"
        case .text: "tekst"
        case .number: "et tall"
        case .boolean: "true eller false"
        case .integer: "et heltall"
        }
    }
}

extension RulesProblem.IDKind {
    var norwegian: String {
        switch self {
        case .question: "spørsmåls"
        case .section: "dels"
        case .feedback: "tilbakemeldings"
        case .source: "kilde"
        case .option: "valg"
        case .party: "parts"
        }
    }
}
