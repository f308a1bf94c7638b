//! What the command line says besides its help: parse errors, «fant ingenting» and «mente
//! du», the commands' own lines and notes, and the errors a command ends with. The per-rule
//! messages of the dataset validator are for data authors and stay in bokmål.

catalogue! {
    CliMsg {
        // Parse errors (clap's error context, written in Norwegian by `cli::help`).
        NeedsValue => "{arg} trenger en verdi.", "{arg} treng ein verdi.";
        InvalidValue => "«{value}» er ikke en gyldig verdi for {arg}. Mulige verdier: {valid}.",
            "«{value}» er ikkje ein gyldig verdi for {arg}. Moglege verdiar: {valid}.";
        UnknownArgument => "ukjent valg eller argument «{arg}».", "ukjent val eller argument «{arg}».";
        UnknownCommand => "ukjent kommando «{command}».", "ukjent kommando «{command}».";
        NoEquals => "{arg} må ha = mellom valget og verdien.", "{arg} må ha = mellom valet og verdien.";
        BadValue => "ugyldig verdi «{value}» for {arg}.", "ugyldig verdi «{value}» for {arg}.";
        BadSprak => "ugyldig verdi «{value}» for {arg}: bruk nb (bokmål) eller nn (nynorsk).",
            "ugyldig verdi «{value}» for {arg}: bruk nb (bokmål) eller nn (nynorsk).";
        TooManyValues => "for mange verdier for {arg}: «{value}».", "for mange verdiar for {arg}: «{value}».";
        WrongNumberOfValues => "feil antall verdier for {arg}.", "feil tal på verdiar for {arg}.";
        Conflict => "{arg} kan ikke brukes sammen med {prior}.", "{arg} kan ikkje brukast saman med {prior}.";
        Missing => "mangler {arg}.", "manglar {arg}.";
        MissingCommand => "mangler en kommando.", "manglar ein kommando.";
        NotUtf8 => "argumentene må være gyldig UTF-8.", "argumenta må vere gyldig UTF-8.";
        BadUsage => "ugyldig bruk.", "ugyldig bruk.";
        DidYouMeanOne => " Mente du «{suggestion}»?", " Meinte du «{suggestion}»?";
        UsageAndHelp => "\nBruk: {usage}\n\nSkriv «{command} --help» for mer hjelp.\n",
            "\nBruk: {usage}\n\nSkriv «{command} --help» for meir hjelp.\n";

        // Finding an entry by name (show, timeline, related, compare).
        EmptyQuery => "skriv navnet eller id-en på et yrke eller en spesialitet",
            "skriv namnet eller id-en til eit yrke eller ein spesialitet";
        AlsoMatched => "yrke: viser {shown}. Like gode treff: {others}. Skriv mer av navnet, eller bruk id-en.",
            "yrke: viser {shown}. Like gode treff: {others}. Skriv meir av namnet, eller bruk id-en.";
        FoundNothing => "yrke: fant ingenting for «{query}».", "yrke: fann ingenting for «{query}».";
        TryShorter => " Prøv et kortere ord, eller se alle navnene med «yrke list».",
            " Prøv eit kortare ord, eller sjå alle namna med «yrke list».";
        DidYouMeanList => " Mente du: {names}?", " Meinte du: {names}?";
        Or => "{init} eller {last}", "{init} eller {last}";

        // yrke search
        SearchEmpty => "skriv noe å søke etter, for eksempel: yrke search røntgen",
            "skriv noko å søkje etter, til dømes: yrke search røntgen";
        LimitZero => "--limit må være minst 1", "--limit må vere minst 1";
        NoHitsTry => "Ingen treff for {query}. Prøv et kortere ord, et annet navn på yrket eller en kode.",
            "Ingen treff for {query}. Prøv eit kortare ord, eit anna namn på yrket eller ein kode.";
        NoHitsDidYouMean => "Ingen treff for {query}. Mente du {names}?",
            "Ingen treff for {query}. Meinte du {names}?";

        // yrke list, show, compare, related, timeline, validate
        GroupNeedsSpecialties => "--group gjelder bare spesialiteter; ta bort --kind occupation",
            "--group gjeld berre spesialitetar; ta bort --kind occupation";
        NoJson => "kan ikke lage JSON: {error}", "kan ikkje lage JSON: {error}";
        CompareCount => "sammenlign to til fire oppføringer (fikk {n}), for eksempel: yrke compare lege sykepleier",
            "samanlikn to til fire oppføringar (fekk {n}), til dømes: yrke compare lege sjukepleiar";
        NoRelated => "Datasettet har ingen beslektede oppføringer for {entry}.",
            "Datasettet har ingen relaterte oppføringar for {entry}.";
        RelatedTo => "Beslektet med {entry}", "Relatert til {entry}";
        TimelineTitle => "Utdanningsløp: {name}", "Utdanningsløp: {name}";
        AfterLis1 => "Etter LIS1: spesialiseringen i {specialty}", "Etter LIS1: spesialiseringa i {specialty}";
        NoRoute => "Datasettet har ennå ikke noe utdanningsløp for {entry}. «yrke show {id}» viser det \
            datasettet har om yrket.",
            "Datasettet har enno ikkje noko utdanningsløp for {entry}. «yrke show {id}» viser det \
            datasettet har om yrket.";
        ValidateOk => "ok: {occupations} yrker, {specialties} spesialiteter, {articles} artikler, \
            {occupation_codes} yrkeskoder, {education_codes} utdanningskoder, {sources} kilder",
            "ok: {occupations} yrke, {specialties} spesialitetar, {articles} artiklar, \
            {occupation_codes} yrkeskodar, {education_codes} utdanningskodar, {sources} kjelder";

        // Errors a command ends with (`yrke: …`, exit 2).
        CantRead => "{path}: kan ikke lese: {error}", "{path}: kan ikkje lese: {error}";
        NoRonFiles => "{path}: ingen .ron-filer i mappen", "{path}: ingen .ron-filer i mappa";
        ProblemsInData => "{n} feil i datasettet:", "{n} feil i datasettet:";
        Warning => "advarsel: ", "åtvaring: ";

        // The explorer without a terminal it can draw on.
        NotATty => "utforskeren trenger en terminal, men inn- eller utdata er ikke koblet til en.",
            "utforskaren treng ein terminal, men inn- eller utdata er ikkje kopla til nokon.";
        DumbTerminal => "terminalen (TERM=dumb) kan ikke vise utforskeren.",
            "terminalen (TERM=dumb) kan ikkje vise utforskaren.";
        UsePlainCommands => "Bruk de vanlige kommandoene i stedet, de skriver ren tekst:\n  \
            yrke search <ord>   søk etter yrker og spesialiteter\n  \
            yrke show <navn>    vis ett yrke eller én spesialitet\n  \
            yrke list           list alle yrker og spesialiteter\n\
            Se «yrke --help» for resten.",
            "Bruk dei vanlege kommandoane i staden, dei skriv rein tekst:\n  \
            yrke search <ord>   søk etter yrke og spesialitetar\n  \
            yrke show <namn>    vis eitt yrke eller éin spesialitet\n  \
            yrke list           list opp alle yrke og spesialitetar\n\
            Sjå «yrke --help» for resten.";
    }
}
