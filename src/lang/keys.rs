//! What each key does, as the help and the footer say it. The keymap table in `app::keymap`
//! names these; the help, the footer and `assets/keys.md` all read them from there.

catalogue! {
    KeyText {
        Type => "Skriv et yrke, en spesialitet, et annet navn eller en kode; bokstaver går alltid inn i søket, også fra de andre rutene",
            "Skriv eit yrke, ein spesialitet, eit anna namn eller ein kode; bokstavar går alltid inn i søket, også frå dei andre rutene";
        Open => "Åpne valgt treff eller relatert oppføring", "Opne det valde treffet eller den relaterte oppføringa";
        OpenHint => "åpne", "opne";
        DeleteChar => "Slett siste tegn i søket", "Slett siste teikn i søket";
        Clear => "Tøm søket", "Fjern alt i søket";
        ClearUndo => "Tøm søket; Esc igjen henter det tilbake", "Fjern alt i søket; Esc ein gong til hentar det tilbake";
        Filter => "Vis alle, bare yrker eller bare spesialiteter", "Vis alle, berre yrke eller berre spesialitetar";
        Down => "Neste treff, eller en linje ned", "Neste treff, eller ei linje ned";
        DownHint => "neste", "neste";
        Up => "Forrige treff, eller en linje opp", "Førre treff, eller ei linje opp";
        PageDown => "En side ned", "Ei side ned";
        PageDownHint => "side ned", "side ned";
        PageUp => "En side opp", "Ei side opp";
        NextSection => "Neste del av teksten (Arbeidsoppgaver, Hvor du jobber …)", "Neste del av teksten (Arbeidsoppgåver, Kvar du jobbar …)";
        NextSectionHint => "neste del", "neste del";
        PrevSection => "Forrige del av teksten", "Førre del av teksten";
        Top => "Til toppen", "Til toppen";
        Bottom => "Til bunnen", "Til botnen";
        NextPane => "Neste rute", "Neste rute";
        NextPaneHint => "neste rute", "neste rute";
        PrevPane => "Forrige rute", "Førre rute";
        GoToPane => "Gå til rute 1–4", "Gå til rute 1–4";
        BackToSearch => "Tilbake til Søk, med søket og treffene slik de var", "Tilbake til Søk, med søket og treffa slik dei var";
        BackToSearchHint => "søk", "søk";
        Back => "Tilbake til forrige oppføring", "Tilbake til førre oppføring";
        BackHint => "tilbake", "tilbake";
        Forward => "Fram igjen etter tilbake", "Fram att etter tilbake";
        Mark => "Merk eller fjern merket på oppføringen, for å sammenligne (høyst fire)", "Merk eller fjern merket på oppføringa, for å samanlikne (høgst fire)";
        MarkHint => "merk", "merk";
        Compare => "Vis de merkede oppføringene side om side, med kommandoen som skriver det samme ut", "Vis dei merkte oppføringane side om side, med kommandoen som skriv ut det same";
        CompareHint => "sammenlign", "samanlikn";
        CloseCompare => "Lukk sammenligningen", "Lukk samanlikninga";
        CloseHint => "lukk", "lukk";
        Help => "Hjelp og ordliste", "Hjelp og ordliste";
        HelpHint => "hjelp", "hjelp";
        CloseHelp => "Lukk hjelpen", "Lukk hjelpa";
        Language => "Bytt mellom bokmål og nynorsk i denne økten", "Byt mellom bokmål og nynorsk i denne økta";
        LanguageHint => "nynorsk", "bokmål";
        Quit => "Avslutt (trykk to ganger, så ingen avslutter ved et uhell)", "Avslutt (trykk to gonger, så ingen avsluttar ved eit uhell)";
        QuitHint => "avslutt", "avslutt";
    }
}
