import SamplanCore

/// DPS units and NAV offices that sit near each other, as at the
/// conferences samplan is made for. Sessions cycle through them, with a
/// unit's outpatient clinic or team now and then, so names vary in length.
enum Pairs {
    static let neighbours: [(dps: String, nav: String)] = [
        ("DPS Kongsberg", "NAV Kongsberg"), ("Vinderen DPS", "NAV Vestre Aker"), ("Nidaros DPS", "NAV Østbyen"),
        ("Solli DPS", "NAV Fana"), ("Tynset DPS", "NAV Nord-Østerdal"), ("DPS Lillestrøm", "NAV Lillestrøm"),
        ("Jæren DPS", "NAV Klepp-Time"), ("Lofoten DPS", "NAV Vågan"), ("DPS Øvre Romerike", "NAV Eidsvoll"),
        ("Sørlandet sykehus DPS Kristiansand", "NAV Kristiansand"), ("DPS Vestfold", "NAV Tønsberg"),
        ("Sogn DPS", "NAV Sogndal"), ("DPS Nordre Vestfold", "NAV Holmestrand"), ("Kronstad DPS", "NAV Årstad"),
        ("Bjørgvin DPS", "NAV Åsane"), ("DPS Gjøvik", "NAV Gjøvik"), ("Sanderud DPS", "NAV Hamar"),
        ("DPS Aust-Agder", "NAV Arendal"), ("Helgeland DPS", "NAV Rana"), ("Nordlandssykehuset DPS Bodø", "NAV Bodø"),
        ("UNN DPS Tromsø", "NAV Tromsø"), ("DPS Midt-Finnmark", "NAV Karasjok"), ("Stjørdal DPS", "NAV Stjørdal"),
        ("Molde DPS", "NAV Molde"), ("Kristiansund DPS", "NAV Kristiansund"), ("Ålesund DPS", "NAV Ålesund"),
        ("Haugaland DPS", "NAV Haugesund"), ("Stavanger DPS", "NAV Hillevåg"), ("DPS Asker", "NAV Asker"),
        ("Groruddalen DPS", "NAV Alna"), ("Lovisenberg DPS", "NAV Grünerløkka"), ("Søndre Oslo DPS", "NAV Søndre Nordstrand"),
        ("DPS Follo", "NAV Nordre Follo"), ("DPS Halden", "NAV Halden"), ("DPS Fredrikstad", "NAV Fredrikstad"),
        ("DPS Ringerike", "NAV Ringerike"), ("Drammen DPS", "NAV Drammen"), ("Namsos DPS", "NAV Namsos"),
    ]

    static let units = ["", " poliklinikk", " allmennpsykiatrisk poliklinikk", " ambulant team", " døgnavdeling"]
    static let unitsEnglish = ["", " outpatient clinic", " general psychiatry outpatients", " ambulant team"]

    static func pair(_ number: Int, language: Language, random: inout SeededRandom) -> (dps: String, nav: String) {
        let base = neighbours[number % neighbours.count]
        let unit = random.pick(language == .nb ? units : unitsEnglish)
        return (base.dps + unit, base.nav)
    }
}

