//! The command line's help: what `yrke --help` and `yrke KOMMANDO --help` say about each
//! command, flag and value, the headings clap would write in English, and the man pages'
//! section titles. `cli::help` puts these on the clap command at run time, in the standard
//! asked for; the messages the commands print are in `cli_msg.rs`.

catalogue! {
    CliHelp {
        // Headings and the words around the flags.
        Usage => "Bruk", "Bruk";
        Commands => "Kommandoer", "Kommandoar";
        CommandValue => "KOMMANDO", "KOMMANDO";
        Arguments => "Argumenter", "Argument";
        Options => "Valg", "Val";
        OptionsUsage => "[VALG]", "[VAL]";
        ValuesShort => "verdier: {values}", "verdiar: {values}";
        DefaultShort => "standard: {default}", "standard: {default}";
        ValuesLong => "Verdier:", "Verdiar:";
        DefaultLong => "Standard: {default}", "Standard: {default}";
        Help => "Vis hjelp (-h kort, --help utfyllende)", "Vis hjelp (-h kort, --help utfyllande)";
        Version => "Vis versjonen", "Vis versjonen";

        // yrke itself.
        About => "Utforsk yrker og legespesialiteter i terminalen",
            "Utforsk yrke og legespesialitetar i terminalen";
        LongAbout => "Utforsk yrker og legespesialiteter i terminalen.\n\n\
            Uten kommando åpnes utforskeren: skriv for å søke, Enter åpner, Ctrl-G viser tastene, Ctrl-C to ganger avslutter.\n\
            Kommandoene under skriver ren tekst, for rør, utskrift og skjermlesere.",
            "Utforsk yrke og legespesialitetar i terminalen.\n\n\
            Utan kommando opnar yrke utforskaren: skriv for å søkje, Enter opnar, Ctrl-G viser tastane, Ctrl-C to gonger avsluttar.\n\
            Kommandoane under skriv rein tekst, for røyr, utskrift og skjermlesarar.";
        AfterHelp => "Skriv «yrke KOMMANDO --help» for hjelp til én kommando.",
            "Skriv «yrke KOMMANDO --help» for hjelp til éin kommando.";
        AfterLongHelp => "Eksempler:\n  \
            yrke show radiolog\n  \
            yrke show røntgenlege --format markdown > radiolog.md\n  \
            yrke timeline anestesiologi\n  \
            yrke list --kind specialty --group fim\n  \
            yrke related anestesilege\n\n\
            Avslutningskoder: 0 ok, 1 fant ingenting, 2 feil bruk eller feil i datasettet.\n\n\
            Miljø: NO_COLOR (med en verdi) slår av farger når --color er auto. \
            YRKE_SPRAK=nb|nn velger målform når --sprak ikke er gitt; ellers avgjør språkmiljøet \
            (LANGUAGE, LC_ALL, LC_MESSAGES, LANG): nn gir nynorsk, alt annet bokmål.",
            "Døme:\n  \
            yrke show radiolog\n  \
            yrke show røntgenlege --format markdown > radiolog.md\n  \
            yrke timeline anestesiologi\n  \
            yrke list --kind specialty --group fim\n  \
            yrke related anestesilege\n\n\
            Avslutningskodar: 0 ok, 1 fann ingenting, 2 feil bruk eller feil i datasettet.\n\n\
            Miljø: NO_COLOR (med ein verdi) slår av fargar når --color er auto. \
            YRKE_SPRAK=nb|nn vel målform når --sprak ikkje er gitt; elles avgjer språkmiljøet \
            (LANGUAGE, LC_ALL, LC_MESSAGES, LANG): nn gir nynorsk, alt anna bokmål.";

        // Options every command takes.
        Data => "Les datasettet fra denne filen eller mappen i stedet for det innebygde",
            "Les datasettet frå denne fila eller mappa i staden for det innebygde";
        Color => "Farger: auto (i en terminal uten NO_COLOR), always eller never; aldri inn i et rør eller en fil",
            "Fargar: auto (i ein terminal utan NO_COLOR), always eller never; aldri inn i eit røyr eller ei fil";
        Ascii => "Bare ASCII-tegn i rammer og symboler (velges selv når språkmiljøet ikke er UTF-8)",
            "Berre ASCII-teikn i rammer og symbol (blir valt av seg sjølv når språkmiljøet ikkje er UTF-8)";
        Mouse => "Slå på mus i utforskeren (klikk og rulling); da virker ikke vanlig merking av tekst",
            "Slå på mus i utforskaren (klikk og rulling); då verkar ikkje vanleg merking av tekst";
        Width => "Bryt ren tekst ved så mange tegn (ellers $COLUMNS, så terminalens bredde, så 80)",
            "Bryt rein tekst ved så mange teikn (elles $COLUMNS, så breidda til terminalen, så 80)";
        Sprak => "Målform: nb (bokmål) eller nn (nynorsk); ellers YRKE_SPRAK, så språkmiljøet (LANG …)",
            "Målform: nb (bokmål) eller nn (nynorsk); elles YRKE_SPRAK, så språkmiljøet (LANG …)";
        SprakInvalid => "bruk nb (bokmål) eller nn (nynorsk)", "bruk nb (bokmål) eller nn (nynorsk)";

        // Value names where the standards spell them differently.
        NameValue => "NAVN", "NAMN";
        DurationValue => "VARIGHET", "VARIGHEIT";
        HowValue => "HVORDAN", "KORLEIS";

        // --format and --json, on every command that writes an entry.
        Format => "Hvordan det skrives ut", "Korleis det blir skrive ut";
        FormatText => "Ren tekst, brutt til terminalens bredde (80 tegn i et rør eller en fil)",
            "Rein tekst, broten til breidda på terminalen (80 teikn i eit røyr eller ei fil)";
        FormatMarkdown => "Markdown, for å lime inn i dokumenter", "Markdown, for å lime inn i dokument";
        FormatJson => "JSON med alle feltene i oppføringen", "JSON med alle felta i oppføringa";
        Json => "Det samme som --format json", "Det same som --format json";
        Query => "Id, navn eller et annet navn på yrket eller spesialiteten (røntgenlege, radiologi …)",
            "Id, namn eller eit anna namn på yrket eller spesialiteten (røntgenlege, radiologi …)";

        // yrke validate
        ValidateAbout => "Sjekk datasettet og skriv et sammendrag, eller alle feilene",
            "Sjekk datasettet og skriv eit samandrag, eller alle feila";
        Strict => "Hold --data til de samme kravene som det innebygde datasettet (lenke, dato, løp …)",
            "Hald --data til dei same krava som det innebygde datasettet (lenkje, dato, løp …)";

        // yrke search
        SearchAbout => "Søk etter yrker og spesialiteter", "Søk etter yrke og spesialitetar";
        SearchQuery => "Hva du leter etter: navn, gammelt navn, oppgave eller kode",
            "Kva du leitar etter: namn, gammalt namn, oppgåve eller kode";
        Limit => "Høyst så mange treff", "Høgst så mange treff";

        // yrke show
        ShowAbout => "Vis alt om ett yrke eller én spesialitet som ren tekst",
            "Vis alt om eitt yrke eller éin spesialitet som rein tekst";
        ShowLongAbout => "Vis alt om ett yrke eller én spesialitet som ren tekst: sammendrag, \
            beskrivelse, oppgaver, arbeidssteder, egenskaper, utdanning, koder, \
            perspektivartikler, beslektede oppføringer, kilder og når teksten ble gjennomgått.\n\n\
            Navnet kan være id-en, navnet, et annet navn (røntgenlege) eller et søk. Finnes flere \
            like gode treff, vises det beste og de andre nevnes på standardfeil.",
            "Vis alt om eitt yrke eller éin spesialitet som rein tekst: samandrag, \
            skildring, oppgåver, arbeidsstader, eigenskapar, utdanning, kodar, \
            perspektivartiklar, relaterte oppføringar, kjelder og når teksten vart gjennomgått.\n\n\
            Namnet kan vere id-en, namnet, eit anna namn (røntgenlege) eller eit søk. Finst det \
            fleire like gode treff, blir det beste vist og dei andre nemnde på standardfeil.";
        ShowExample => "Eksempel: yrke show radiolog --format markdown",
            "Døme: yrke show radiolog --format markdown";
        ShowQuery => "Id, navn eller et annet navn på yrket eller spesialiteten (røntgenlege, radiologi …); \
            flere navn gir flere oppføringer etter hverandre (sett navn med mellomrom i anførselstegn)",
            "Id, namn eller eit anna namn på yrket eller spesialiteten (røntgenlege, radiologi …); \
            fleire namn gir fleire oppføringar etter kvarandre (set namn med mellomrom i hermeteikn)";

        // yrke list
        ListAbout => "List alle yrker og spesialiteter i norsk alfabetisk rekkefølge",
            "List opp alle yrke og spesialitetar i norsk alfabetisk rekkjefølgje";
        ListExample => "Eksempel: yrke list --kind specialty --group fim",
            "Døme: yrke list --kind specialty --group fim";
        Kind => "Bare yrker eller bare spesialiteter", "Berre yrke eller berre spesialitetar";
        KindOccupation => "Yrker (også: yrke)", "Yrke (du kan òg skrive «yrke»)";
        KindSpecialty => "Legespesialiteter (også: spesialitet)", "Legespesialitetar (du kan òg skrive «spesialitet»)";
        Group => "Bare spesialiteter i denne LIS2-gruppen (gjelder ikke yrker)",
            "Berre spesialitetar i denne LIS2-gruppa (gjeld ikkje yrke)";
        GroupFim => "Felles indremedisinske læringsmål (FIM) i LIS2",
            "Felles indremedisinske læringsmål (FIM) i LIS2";
        GroupKirurgi => "Kirurgi del 2 (FKI), den felles kirurgiske LIS2-delen",
            "Kirurgi del 2 (FKI), den felles kirurgiske LIS2-delen";
        GroupDirekte => "Rett fra LIS1 til LIS3, uten felles LIS2-del",
            "Rett frå LIS1 til LIS3, utan felles LIS2-del";
        GroupKommunal => "Kommunalt løp (allmennmedisin, samfunnsmedisin)",
            "Kommunalt løp (allmennmedisin, samfunnsmedisin)";

        // yrke timeline
        TimelineAbout => "Vis utdanningsløpet til en spesialitet (eller til et yrkes spesialitet) som tekst",
            "Vis utdanningsløpet til ein spesialitet (eller til spesialiteten til eit yrke) som tekst";
        TimelineLongAbout => "Vis utdanningsløpet til en spesialitet som en tidslinje i ren tekst \
            (bare ASCII-tegn), med minstetidene: medisinstudiet, LIS1 (12 måneder sykehus og \
            6 måneder kommune), en felles LIS2-del der spesialiteten har en, LIS3 og \
            spesialistgodkjenning. Etterpå kommer det samme i hele setninger, for skjermlesere.\n\n\
            Et yrke viser løpet til spesialiteten yrket bygger på.",
            "Vis utdanningsløpet til ein spesialitet som ei tidslinje i rein tekst \
            (berre ASCII-teikn), med minstetidene: medisinstudiet, LIS1 (12 månader sjukehus og \
            6 månader kommune), ein felles LIS2-del der spesialiteten har ein, LIS3 og \
            spesialistgodkjenning. Etterpå kjem det same i heile setningar, for skjermlesarar.\n\n\
            Eit yrke viser løpet til spesialiteten yrket byggjer på.";
        TimelineExample => "Eksempel: yrke timeline anestesiologi", "Døme: yrke timeline anestesiologi";

        // yrke compare
        CompareAbout => "Sammenlign to til fire yrker eller spesialiteter side om side",
            "Samanlikn to til fire yrke eller spesialitetar side om side";
        CompareLongAbout => "Sammenlign to til fire yrker eller spesialiteter side om side: hva jobben er, \
            hvor, videregående, opptak, studium, autorisasjon, hvor lang tid det tar fra Vg1, \
            beslektede yrker og kildene. Hvert navn er ett argument; sett navn med mellomrom i \
            anførselstegn.",
            "Samanlikn to til fire yrke eller spesialitetar side om side: kva jobben er, \
            kvar, vidaregåande, opptak, studium, autorisasjon, kor lang tid det tek frå Vg1, \
            relaterte yrke og kjeldene. Kvart namn er eitt argument; set namn med mellomrom i \
            hermeteikn.";
        CompareExample => "Eksempel: yrke compare anestesilege sykepleier radiograf --format markdown",
            "Døme: yrke compare anestesilege sjukepleiar radiograf --format markdown";
        CompareQuery => "To til fire yrker eller spesialiteter, hvert som ett argument («klinisk ernæringsfysiolog»)",
            "To til fire yrke eller spesialitetar, kvart som eitt argument («klinisk ernæringsfysiolog»)";

        // yrke related
        RelatedAbout => "Vis beslektede yrker og spesialiteter, og hvorfor de henger sammen",
            "Vis relaterte yrke og spesialitetar, og kvifor dei heng saman";
        RelatedExample => "Eksempel: yrke related radiolog", "Døme: yrke related radiolog";

        // yrke serve (the flags are defined in `serve`; their help is here)
        ServeAbout => "Kjør utforskeren over SSH for en hel klasse, uten brukerkontoer",
            "Køyr utforskaren over SSH for ein heil klasse, utan brukarkontoar";
        Listen => "Adressen serveren lytter på; en bredere adresse enn 127.0.0.1 må velges med vilje",
            "Adressa serveren lyttar på; ei breiare adresse enn 127.0.0.1 må veljast med vilje";
        HostKey => "Vertsnøkkelen; lages ved første oppstart (standard: under XDG-datamappen)",
            "Vertsnøkkelen; blir laga ved første oppstart (standard: under XDG-datamappa)";
        MaxSessions => "Høyst så mange samtidige økter", "Høgst så mange samtidige økter";
        IdleTimeout => "Koble fra en økt etter så lang tid uten taster, f.eks. 30m, 90s, 1h (høyst 30d); 0: aldri",
            "Kople frå ei økt etter så lang tid utan tastetrykk, t.d. 30m, 90s, 1h (høgst 30d); 0: aldri";
        MaxStartups => "Tilkoblinger som ikke har logget inn ennå: slipp alle inn under START, avvis RATE % ved \
            START, stigende til alle ved FULL (som OpenSSH MaxStartups)",
            "Tilkoplingar som ikkje har logga inn enno: slepp alle inn under START, avvis RATE % ved \
            START, stigande til alle ved FULL (som MaxStartups i OpenSSH)";
        MaxStartupsPerAddress => "Høyst så mange tilkoblinger som ikke har logget inn ennå fra én adresse (innloggede \
            økter telles ikke)",
            "Høgst så mange tilkoplingar som ikkje har logga inn enno frå éi adresse (innlogga \
            økter blir ikkje talde)";
        LogAddresses => "Elevenes adresser i loggen: hele, bare nettet (/24, /48) eller ingen",
            "Adressene til elevane i loggen: heile, berre nettet (/24, /48) eller ingen";
        ProxyProtocol => "Bak en lastbalanserer (HAProxy med send-proxy-v2): krev et PROXY-hode (v1 eller v2) først på hver tilkobling, og bruk elevens adresse fra det i loggen og i grensene",
            "Bak ein lastbalanserar (HAProxy med send-proxy-v2): krev eit PROXY-hovud (v1 eller v2) først på kvar tilkopling, og bruk adressa til eleven derifrå i loggen og i grensene";
        ProxyFrom => "Bare disse nettene får sende PROXY-hodet; alle andre avvises. Oppgi bare lastbalansereren (standard: 127.0.0.0/8,::1/128, maskinen selv)",
            "Berre desse nettene får sende PROXY-hovudet; alle andre blir avviste. Oppgi berre lastbalanseraren (standard: 127.0.0.0/8,::1/128, maskina sjølv)";
        LoginTimeout => "Koble fra en tilkobling som ikke har startet utforskeren innen denne tiden (skjult: for tester og skript som prøver serveren; 30s passer for en klasse)",
            "Kople frå ei tilkopling som ikkje har starta utforskaren innan denne tida (skjult: for testar og skript som prøver serveren; 30s passar for ein klasse)";
        AddressesFull => "Adresse og port", "Adresse og port";
        AddressesTruncated => "Bare nettet: /24 for IPv4, /48 for IPv6",
            "Berre nettet: /24 for IPv4, /48 for IPv6";
        AddressesNone => "Ingen adresse", "Inga adresse";

        // The man pages' section titles (clap_mangen writes them in English).
        ManManual => "Brukerveiledning for yrke", "Brukarrettleiing for yrke";
        ManName => "NAVN", "NAMN";
        ManSynopsis => "BRUK", "BRUK";
        ManDescription => "BESKRIVELSE", "SKILDRING";
        ManExtra => "MER", "MEIR";
        ManVersion => "VERSJON", "VERSJON";
        ManAuthors => "FORFATTERE", "FORFATTARAR";
    }
}
