//! The explorer's own texts: pane titles, Søk, Detaljer, Relaterte, Utdanningsløp, the help
//! and its Ordliste, comparison and empty states. Key help texts are in `keys.rs`.

catalogue! {
    Ui {
        PaneSearch => "Søk", "Søk";
        PaneDetail => "Detaljer", "Detaljar";
        PaneRelated => "Relaterte", "Relaterte";
        PaneTimeline => "Utdanningsløp", "Utdanningsløp";
        TooSmall => "Gjør vinduet større (minst {w}x{h})", "Gjer vindauget større (minst {w}x{h})";
        TooSmallShort => "Gjør vinduet større", "Gjer vindauget større";

        QueryPlaceholder => "skriv et yrke, en spesialitet eller en kode",
            "skriv eit yrke, ein spesialitet eller ein kode";
        HitsAll => "Alle {n}, alfabetisk", "Alle {n}, alfabetisk";
        HitsFirst => "De første {shown} av {matched}, alfabetisk",
            "Dei første {shown} av {matched}, alfabetisk";
        HitsSome => "{shown} av {matched} treff", "{shown} av {matched} treff";
        HitsOne => "1 treff", "1 treff";
        HitsMany => "{n} treff", "{n} treff";
        NoHits => "Ingen treff for {query}", "Ingen treff for {query}";
        DidYouMean => "Mente du: ", "Meinte du: ";
        FieldName => "navn", "namn";
        FieldSynonym => "annet navn", "anna namn";
        FieldOldName => "tidligere navn", "tidlegare namn";
        FieldCode => "kode", "kode";
        FieldCodeTitle => "stillingstittel", "stillingstittel";
        FieldSummary => "sammendrag", "samandrag";
        FieldTask => "oppgave", "oppgåve";
        FieldText => "beskrivelse", "skildring";
        BadgeShortSpecialty => "spes.", "spes.";
        FilterOccupations => "bare yrker", "berre yrke";
        FilterSpecialties => "bare spesialiteter", "berre spesialitetar";
        NothingFound => "Ingen oppføring passer til {query}.", "Inga oppføring passar til {query}.";
        PickSuggestion => "Søk viser navn som ligner. Velg ett med ↓ og Enter.",
            "Søk viser namn som liknar. Vel eitt med ↓ og Enter.";
        Tip1 => "Prøv ett ord, for eksempel «lege», «barn» eller «sykehus».",
            "Prøv eitt ord, til dømes «lege», «barn» eller «tannlege».";
        Tip2 => "Sjekk skrivemåten, eller prøv et annet navn på yrket.",
            "Sjekk skrivemåten, eller prøv eit anna namn på yrket.";
        Tip3 => "Ctrl-K veksler mellom alle, bare yrker og bare spesialiteter.",
            "Ctrl-K vekslar mellom alle, berre yrke og berre spesialitetar.";

        WelcomeTitle => "Velkommen til yrke", "Velkomen til yrke";
        Welcome1 => "Her kan du utforske {occupations} yrker og {specialties} legespesialiteter: hva de gjør, hvor de jobber, hvilke yrker som henger sammen, og hvor lang utdanningen er.",
            "Her kan du utforske {occupations} yrke og {specialties} legespesialitetar: kva dei gjer, kvar dei jobbar, kva yrke som heng saman, og kor lang utdanninga er.";
        Welcome2 => "Skriv i Søk for å finne et yrke eller en spesialitet, velg med piltastene og trykk Enter for å åpne. Tab bytter rute, og Ctrl-G viser alle tastene.",
            "Skriv i Søk for å finne eit yrke eller ein spesialitet, vel med piltastane og trykk Enter for å opne. Tab byter rute, og Ctrl-G viser alle tastane.";
        Welcome3 => "Vil du heller lese på nynorsk? Trykk Ctrl-L.", "Vil du heller lese på bokmål? Trykk Ctrl-L.";

        Trail => "Vei: ", "Veg: ";
        NoRelations => "Ingen relaterte oppføringer i datasettet.",
            "Ingen relaterte oppføringar i datasettet.";
        PickFirst => "Velg et yrke eller en spesialitet i Søk først.",
            "Vel eit yrke eller ein spesialitet i Søk først.";

        NoPath => "Datasettet har ennå ikke noe utdanningsløp for {name}.",
            "Datasettet har enno ikkje noko utdanningsløp for {name}.";
        ManyPaths => "Etter LIS1 velger du spesialitet. Relaterte viser alle spesialitetene, ordnet etter LIS2-løp; velg en for å se resten av veien.",
            "Etter LIS1 vel du spesialitet. Relaterte viser alle spesialitetane, ordna etter LIS2-løp; vel ein for å sjå resten av vegen.";
        RouteHeading => "Veien til {name}, fra Vg1", "Vegen til {name}, frå Vg1";
        AfterLis1 => "Etter LIS1: spesialiseringen", "Etter LIS1: spesialiseringa";
        PathVia => "(spesialiteten til {name})", "(spesialiteten til {name})";
        Months => "mnd", "mnd";
        Year => "år", "år";
        AtYear => "år {y}", "år {y}";
        EarliestYear => "tidligst år {y}", "tidlegast år {y}";
        AtLeast => "minst", "minst";
        TotalAfterAuthorisation => "Minst {total} etter autorisasjon: LIS1 {lis1} + {rest_name} minst {rest}.",
            "Minst {total} etter autorisasjon: LIS1 {lis1} + {rest_name} minst {rest}.";
        TotalFromStart => "Tidligst spesialist {total} etter studiestart.",
            "Tidlegast spesialist {total} etter studiestart.";
        RestLis2Lis3 => "LIS2 og LIS3", "LIS2 og LIS3";
        RestLis3 => "LIS3", "LIS3";
        RestSpecial => "tjeneste", "teneste";
        Lis2Shared => "LIS2-delen deles av hele gruppen: {name}.",
            "LIS2-delen er felles for heile gruppa: {name}.";
        NoLis2 => "Ingen felles LIS2-del: rett fra LIS1 til LIS3.",
            "Ingen felles LIS2-del: rett frå LIS1 til LIS3.";
        RulesHeading => "Egne regler for {name}:", "Eigne reglar for {name}:";
        RuleMinMax => "minst {min}, høyst {max}", "minst {min}, høgst {max}";
        RuleMin => "minst {min}", "minst {min}";
        RuleMax => "høyst {max}", "høgst {max}";
        Notes => "Verdt å vite", "Verdt å vite";
        CommonGoals => "Felles kompetansemål for alle spesialiteter:",
            "Felles kompetansemål for alle spesialitetar:";

        HelpTitle => "Hjelp: taster", "Hjelp: tastar";
        HelpIntro => "Skriv, så søker du: bokstaver, tall og mellomrom går alltid inn i søket, fra hvilken rute som helst. Tastene under flytter deg rundt.",
            "Skriv, så søkjer du: bokstavar, tal og mellomrom går alltid inn i søket, frå kva rute som helst. Tastane under flyttar deg rundt.";
        HelpClose => "Esc lukker", "Esc lukkar";
        QuitConfirm => "Trykk Ctrl-C én gang til for å avslutte, eller en annen tast for å bli",
            "Trykk Ctrl-C éin gong til for å avslutte, eller ein annan tast for å bli";
        UndoClear => "angre tømming", "hent søket tilbake";
        ScreenReader => "Bruker du skjermleser? «yrke show NAVN» skriver hele oppføringen som ren tekst, og «yrke timeline NAVN» hele utdanningsløpet.",
            "Brukar du skjermlesar? «yrke show NAMN» skriv heile oppføringa som rein tekst, og «yrke timeline NAMN» heile utdanningsløpet.";

        CompareTitle => "Sammenligning", "Samanlikning";
        CompareEmpty => "Merk to til fire yrker eller spesialiteter med Ctrl-X (i Søk, Detaljer eller Relaterte), så viser Alt-5 dem side om side her. Merkene gjelder bare denne økten.",
            "Merk to til fire yrke eller spesialitetar med Ctrl-X (i Søk, Detaljar eller Relaterte), så viser Alt-5 dei side om side her. Merka gjeld berre denne økta.";
        CompareMarked => "Merket nå:", "Merka no:";
        CompareExport => "Samme sammenligning som fil, til å dele ut:",
            "Same samanlikning som fil, til å dele ut:";
        CompareFile => "sammenligning.md", "samanlikning.md";

        Everywhere => "overalt", "overalt";
        WhenSearchRelated => "i Søk og Relaterte", "i Søk og Relaterte";
        WhenSearch => "i Søk", "i Søk";
        WhenOutside => "utenfor Søk", "utanfor Søk";
        WhenReading => "i Detaljer og Utdanningsløp", "i Detaljar og Utdanningsløp";
        WhenHelp => "i hjelpen", "i hjelpa";
        WhenCompare => "i sammenligningen", "i samanlikninga";
        GroupSearch => "Søke", "Søkje";
        GroupRead => "Lese", "Lese";
        GroupMove => "Flytte deg", "Flytte deg";
        GroupCompare => "Sammenligne", "Samanlikne";
        GroupOther => "Hjelp og avslutte", "Hjelp og avslutte";

        KeyAnyChar => "bokstaver", "bokstavar";
        KeySpace => "Mellomrom", "Mellomrom";
        KeyUp => "Pil opp", "Pil opp";
        KeyDown => "Pil ned", "Pil ned";
        KeyLeft => "Pil venstre", "Pil venstre";
        KeyRight => "Pil høyre", "Pil høgre";

        GlossaryHeading => "Ordliste", "Ordliste";
        GlYrke => "Yrke", "Yrke";
        GlYrkeDef => "en jobb, for eksempel sykepleier, jordmor eller kardiolog.",
            "ein jobb, til dømes sjukepleiar, jordmor eller kardiolog.";
        GlSpesialitet => "Spesialitet", "Spesialitet";
        GlSpesialitetDef => "et fagområde en lege blir spesialist i, for eksempel hjertesykdommer. Det finnes 46.",
            "eit fagområde ein lege blir spesialist i, til dømes hjartesjukdommar. Det finst 46.";
        GlAutorisasjon => "Autorisasjon", "Autorisasjon";
        GlAutorisasjonDef => "godkjenningen fra Helsedirektoratet som gir rett til å jobbe som lege, sykepleier og i mange andre helseyrker.",
            "godkjenninga frå Helsedirektoratet som gir rett til å jobbe som lege, sjukepleiar og i mange andre helseyrke.";
        GlLis => "LIS", "LIS";
        GlLisDef => "lege i spesialisering: en lege som er i gang med å bli spesialist.",
            "lege i spesialisering: ein lege som er i gang med å bli spesialist.";
        GlLis1 => "LIS1", "LIS1";
        GlLis1Def => "den første delen, lik for alle: 12 måneder på sykehus og 6 måneder i en kommune.",
            "den første delen, lik for alle: 12 månader på sjukehus og 6 månader i ein kommune.";
        GlLis2 => "LIS2", "LIS2";
        GlLis2Def => "en felles del for en gruppe spesialiteter. Bare den indremedisinske og den kirurgiske gruppen har en slik del.",
            "ein felles del for ei gruppe spesialitetar. Berre den indremedisinske og den kirurgiske gruppa har ein slik del.";
        GlLis3 => "LIS3", "LIS3";
        GlLis3Def => "den delen som er egen for hver spesialitet. LIS2 og LIS3 tar til sammen minst 5 år.",
            "den delen som er eigen for kvar spesialitet. LIS2 og LIS3 tek til saman minst 5 år.";
        GlFim => "FIM", "FIM";
        GlFimDef => "felles indremedisinske læringsmål: LIS2-delen for de indremedisinske spesialitetene.",
            "felles indremedisinske læringsmål: LIS2-delen for dei indremedisinske spesialitetane.";
        GlKirurgi => "Kirurgi del 2", "Kirurgi del 2";
        GlKirurgiDef => "LIS2-delen for de kirurgiske spesialitetene; noen sykehus kaller den FKI.",
            "LIS2-delen for dei kirurgiske spesialitetane; nokre sjukehus kallar han FKI.";
        GlNus => "NUS", "NUS";
        GlNusDef => "Norsk standard for utdanningsgruppering: koden SSB gir hver utdanning.",
            "Norsk standard for utdanningsgruppering: koden SSB gir kvar utdanning.";
        GlStyrk => "STYRK", "STYRK";
        GlStyrkDef => "SSBs koder for yrker; NAV bruker dem for stillingstitler.",
            "SSB sine kodar for yrke; NAV brukar dei for stillingstitlar.";
        GlVg => "Vg1, Vg2, Vg3", "Vg1, Vg2, Vg3";
        GlVgDef => "de tre årene på videregående skole.", "dei tre åra på vidaregåande skule.";
        GlVei => "Vei", "Veg";
        GlVeiDef => "stien du har gått mellom oppføringene; tilbake-tasten går den baklengs.",
            "stigen du har gått mellom oppføringane; tilbake-tasten går han baklengs.";
    }
}

/// The Ordliste in the help, in the order shown.
pub const GLOSSARY: [(Ui, Ui); 13] = [
    (Ui::GlYrke, Ui::GlYrkeDef),
    (Ui::GlSpesialitet, Ui::GlSpesialitetDef),
    (Ui::GlAutorisasjon, Ui::GlAutorisasjonDef),
    (Ui::GlLis, Ui::GlLisDef),
    (Ui::GlLis1, Ui::GlLis1Def),
    (Ui::GlLis2, Ui::GlLis2Def),
    (Ui::GlLis3, Ui::GlLis3Def),
    (Ui::GlFim, Ui::GlFimDef),
    (Ui::GlKirurgi, Ui::GlKirurgiDef),
    (Ui::GlNus, Ui::GlNusDef),
    (Ui::GlStyrk, Ui::GlStyrkDef),
    (Ui::GlVg, Ui::GlVgDef),
    (Ui::GlVei, Ui::GlVeiDef),
];

/// The tips under «Ingen oppføring passer».
pub const NOTHING_FOUND_TIPS: [Ui; 3] = [Ui::Tip1, Ui::Tip2, Ui::Tip3];
