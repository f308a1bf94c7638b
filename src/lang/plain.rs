//! The words around the dataset in the plain documents (`yrke show`, `timeline`, `compare`,
//! and Detaljer and Utdanningsløp, which draw the same documents) and the dataset layer's own
//! labels: why two entries are related, the rules relations rest on, lengths of time and the
//! path's phases. The dataset's prose (names, summaries, tasks, sources' titles) stays as the
//! data has it; only these texts follow the chosen standard.
//!
//! Month names are spelt the same in bokmål and nynorsk, so `plain::date` has none here.

catalogue! {
    Doc {
        // plain::entry: fields and section headings, in reading order.
        AlsoCalled => "Også kalt", "Også kalla";
        FormerNames => "Tidligere navn", "Tidlegare namn";
        WhatTheJobIs => "Hva jobben går ut på", "Kva jobben går ut på";
        Tasks => "Arbeidsoppgaver", "Arbeidsoppgåver";
        WhoYouHelp => "Hvem du hjelper", "Kven du hjelper";
        WhereYouWork => "Hvor du jobber", "Kvar du jobbar";
        WhoYouWorkWith => "Hvem du jobber med", "Kven du jobbar med";
        Qualities => "Egenskaper", "Eigenskapar";
        Hours => "Arbeidstid", "Arbeidstid";
        Pay => "Lønn", "Løn";
        PayLine => "{what}: {amount} kr i måneden ({year}).", "{what}: {amount} kr i månaden ({year}).";
        Society => "Spesialistforening", "Spesialistforeining";
        GroupInferred => " (antatt, ikke oppgitt i kildene)", " (truleg, men ikkje oppgitt i kjeldene)";
        Lis2Group => "LIS2-gruppe", "LIS2-gruppe";
        EducationCode => "Utdanningskode (NUS)", "Utdanningskode (NUS)";
        RouteFromVg1 => "Veien dit fra Vg1", "Vegen dit frå Vg1";
        SpecialistAfterLis1 => "Etter LIS1 følger spesialiseringen i {specialty}: LIS2 og LIS3 tar minst {rest}, så hele spesialistutdanningen tar minst {total} etter autorisasjon.",
            "Etter LIS1 følgjer spesialiseringa i {specialty}: LIS2 og LIS3 tek minst {rest}, så heile spesialistutdanninga tek minst {total} etter autorisasjon.";
        Codes => "Koder", "Kodar";
        OccupationCodes => "Yrkeskoder (NAV, STYRK-98)", "Yrkeskodar (NAV, STYRK-98)";
        OccupationCodesNote => "Stillingstitlene registreres ikke alltid nøyaktig, og noen spesialister har ingen egen kode.",
            "Stillingstitlane blir ikkje alltid registrerte nøyaktig, og nokre spesialistar har ingen eigen kode.";
        EducationCodes => "Vanligste utdanninger blant dem i yrket (SSB, NUS)",
            "Dei vanlegaste utdanningane blant dei som er i yrket (SSB, NUS)";
        Perspective => "Perspektiv", "Perspektiv";
        ArticleElsewhere => "Artikkelen «{title}» om legers arbeidsvilkår står på oppføringen {home}.",
            "Artikkelen «{title}» om arbeidsvilkåra til legar står på oppføringa {home}.";
        ArticleRefers => "Artikkelen omtaler", "Artikkelen omtaler";
        SomeoneToTalkTo => "Trenger du noen å snakke med?", "Treng du nokon å snakke med?";
        SourceIs => "Kilde: {source}", "Kjelde: {source}";
        Related => "Beslektede yrker og spesialiteter", "Relaterte yrke og spesialitetar";
        ReviewedBy => "kvalitetssikret av {by} {date}", "kvalitetssikra av {by} {date}";
        LastReviewed => "sist gjennomgått {year}", "sist gått gjennom i {year}";
        Sources => "Kilder", "Kjelder";

        // plain::route: the route from Vg1.
        AtYear => "år {y}", "år {y}";
        AfterYear => "etter {at}", "etter {at}";
        SubjectsInLine => "fag: {subjects}", "fag: {subjects}";
        Lis2Lis3In => "LIS2 og LIS3 i {specialty} (minst {rest})", "LIS2 og LIS3 i {specialty} (minst {rest})";
        SpecialistApproval => "spesialistgodkjenning", "spesialistgodkjenning";
        FromVg1 => "Fra Vg1: {total}", "Frå Vg1: {total}";
        FromStudyStart => "Fra studiestart: {total}", "Frå studiestart: {total}";
        AtLeast => "minst {len}", "minst {len}";
        Subjects => "Fag", "Fag";
        AdmissionCode => "Opptakskrav (Samordna opptak)", "Opptakskrav (Samordna opptak)";
        StudyPlaces => "Studiesteder", "Studiestader";
        RouteSources => "Kilder for utdanningsløpet", "Kjelder for utdanningsløpet";

        // plain::chart: the specialist path as an ASCII chart.
        Legend => "Tegnforklaring: # medisinstudiet, = LIS1, - LIS2 og LIS3, > minst så lenge (kan ta lenger tid), ^ milepæl. Tallene øverst er år fra start på medisinstudiet.",
            "Teiknforklaring: # medisinstudiet, = LIS1, - LIS2 og LIS3, > minst så lenge (kan ta lengre tid), ^ milepåle. Tala øvst er år frå starten på medisinstudiet.";
        Years => "År", "År";
        EarliestAfter => "{label}, tidligst etter {len}", "{label}, tidlegast etter {len}";
        OwnRulesShort => "{short} (egne regler)", "{short} (eigne reglar)";

        // plain::path: the specialist path as a document and in sentences.
        PathTitle => "Utdanningsløp: {name}", "Utdanningsløp: {name}";
        PathVia => "{occupation} (yrke) er spesialist i {specialty}, og dette er utdanningsløpet dit.",
            "{occupation} (yrke) er spesialist i {specialty}, og dette er utdanningsløpet dit.";
        Minimums => "Minstetider", "Minstetider";
        OwnRulesFor => "Egne regler for {specialty}", "Eigne reglar for {specialty}";
        Notes => "Merknader", "Merknader";
        InSentences => "Utdanningsløpet i setninger", "Utdanningsløpet i setningar";
        AuthorisationToApproval => "Fra autorisasjon til spesialistgodkjenning: minst {len}",
            "Frå autorisasjon til spesialistgodkjenning: minst {len}";
        StudyToApproval => "Fra start på medisinstudiet til spesialistgodkjenning: minst {len}",
            "Frå starten på medisinstudiet til spesialistgodkjenning: minst {len}";
        MinMax => "minst {min}, høyst {max}", "minst {min}, høgst {max}";
        Max => "høyst {max}", "høgst {max}";
        NoFixedLength => "ingen fast lengde", "inga fast lengd";
        FirstComes => "Først kommer {study}, som tar {len}.", "Først kjem {study}, som tek {len}.";
        ThenComes => "Deretter kommer {authorisation}.", "Deretter kjem {authorisation}.";
        MonthsSpoken => "{n} måneder", "{n} månader";
        InPlace => "i {place}", "i {place}";
        ThenLis1 => "Så følger LIS1, som er lik for alle spesialiteter: {parts}.",
            "Så følgjer LIS1, som er lik for alle spesialitetar: {parts}.";
        AndThen => ", og deretter ", ", og deretter ";
        OwnRulesRest => "Resten av løpet følger egne regler for {specialty}, med minst {rest} tjeneste.",
            "Resten av løpet følgjer eigne reglar for {specialty}, med minst {rest} teneste.";
        RuleApplies => "For {rule} gjelder {bounds}.", "For {rule} gjeld {bounds}.";
        SharedLis2 => "{specialty} har en felles LIS2-del, {lis2}. LIS2 og LIS3 tar til sammen minst {rest}; delene har ingen fast lengde hver for seg og kan gå samtidig.",
            "{specialty} har ein felles LIS2-del, {lis2}. LIS2 og LIS3 tek til saman minst {rest}; delane har inga fast lengd kvar for seg og kan gå samtidig.";
        NoSharedLis2 => "{specialty} har ingen felles LIS2-del, så etter LIS1 går man rett til LIS3, som tar minst {rest}.",
            "{specialty} har ingen felles LIS2-del, så etter LIS1 går ein rett til LIS3, som tek minst {rest}.";
        EarliestApproval => "{milestone} kan tidligst komme {after} etter autorisasjonen, altså {total} etter at medisinstudiet startet. Løpet kan ta lenger tid enn dette.",
            "{milestone} kan tidlegast kome {after} etter autorisasjonen, altså {total} etter at medisinstudiet starta. Løpet kan ta lengre tid enn dette.";

        // plain::compare: the rows, in order.
        RowWhat => "Hva jobben er", "Kva jobben er";
        RowWhere => "Hvor", "Kvar";
        RowVgs => "Videregående", "Vidaregåande";
        RowAdmission => "Opptak", "Opptak";
        RowStudy => "Studium", "Studium";
        RowAuthorisation => "Autorisasjon", "Autorisasjon";
        RowToJob => "Til jobben, fra Vg1", "Til jobben, frå Vg1";
        RowToSpecialist => "Til spesialist", "Til spesialist";
        RowRelated => "Beslektet", "Relaterte";
        RowSources => "Kilder", "Kjelder";
        SpecialistFromVg1 => "minst {total} fra Vg1 ({after} etter autorisasjon)",
            "minst {total} frå Vg1 ({after} etter autorisasjon)";

        // dataset::relations: why an entry is related, seen from the current one.
        SpecialistOf => "spesialiteten yrket bygger på", "spesialiteten yrket byggjer på";
        HasSpecialist => "spesialist i dette faget", "spesialist i dette faget";
        WorksWith => "samarbeider i jobben", "samarbeider i jobben";
        SpecialisationOf => "yrket dette bygger videre på", "yrket dette byggjer vidare på";
        HasSpecialisation => "en videre spesialisering", "ei vidare spesialisering";
        SamePatientGroup => "samme pasientgruppe", "same pasientgruppe";
        SameGroup => "samme LIS2-gruppe", "same LIS2-gruppe";
        // …and what a relation derived from the structure rests on.
        RuleOneOf46 => "regel: en av de 46 spesialitetene i spesialistforskriften",
            "regel: ein av dei 46 spesialitetane i spesialistforskrifta";
        RuleSpecialistIn => "regel: spesialist i faget", "regel: spesialist i faget";
        RuleSpecialistIsDoctor => "regel: spesialisten er lege med spesialitet",
            "regel: spesialisten er lege med spesialitet";
        RuleAfterLis1 => "regel: en spesialitet leger tar etter LIS1",
            "regel: ein spesialitet legar tek etter LIS1";
        RuleSameLis2 => "regel: samme felles LIS2-del", "regel: same felles LIS2-del";
        RuleRouteBuildsOn => "regel: utdanningsløpet bygger på det andre yrkets løp",
            "regel: utdanningsløpet byggjer på løpet til det andre yrket";
        // LIS2 groups the education rules don't name.
        GroupDirect => "rett fra LIS1 til LIS3", "rett frå LIS1 til LIS3";
        GroupMunicipal => "allmennmedisin og samfunnsmedisin (egne regler)",
            "allmennmedisin og samfunnsmedisin (eigne reglar)";
        GroupFim => "indremedisinsk gruppe", "indremedisinsk gruppe";
        GroupSurgery => "kirurgisk gruppe", "kirurgisk gruppe";

        // dataset::timeline: lengths and phases.
        YearsN => "{n} år", "{n} år";
        MonthsN => "{n} mnd", "{n} mnd";
        OwnRules => "{specialty}: egne regler", "{specialty}: eigne reglar";
        Lis2AndLis3 => "LIS2 ({short}) og LIS3", "LIS2 ({short}) og LIS3";
    }
}
