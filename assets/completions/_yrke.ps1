
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'yrke' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'yrke'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'yrke' {
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Les datasettet fra denne filen eller mappen i stedet for det innebygde')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto (i en terminal uten NO_COLOR), always eller never; aldri inn i et rør eller en fil [verdier: auto, always, never; standard: auto]')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Bryt ren tekst ved så mange tegn (ellers $COLUMNS, så terminalens bredde, så 80)')
            [CompletionResult]::new('--sprak', '--sprak', [CompletionResultType]::ParameterName, 'Målform: nb (bokmål) eller nn (nynorsk); ellers YRKE_SPRAK, så språkmiljøet (LANG …)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Bare ASCII-tegn i rammer og symboler (velges selv når språkmiljøet ikke er UTF-8)')
            [CompletionResult]::new('--mouse', '--mouse', [CompletionResultType]::ParameterName, 'Slå på mus i utforskeren (klikk og rulling); da virker ikke vanlig merking av tekst')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help utfyllende)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help utfyllende)')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Vis versjonen')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Vis versjonen')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Sjekk datasettet og skriv et sammendrag, eller alle feilene')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Søk etter yrker og spesialiteter')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Vis alt om ett yrke eller én spesialitet som ren tekst')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List alle yrker og spesialiteter i norsk alfabetisk rekkefølge')
            [CompletionResult]::new('timeline', 'timeline', [CompletionResultType]::ParameterValue, 'Vis utdanningsløpet til en spesialitet (eller til et yrkes spesialitet) som tekst')
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'Sammenlign to til fire yrker eller spesialiteter side om side')
            [CompletionResult]::new('related', 'related', [CompletionResultType]::ParameterValue, 'Vis beslektede yrker og spesialiteter, og hvorfor de henger sammen')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Kjør utforskeren over SSH for en hel klasse, uten brukerkontoer')
            break
        }
        'yrke;validate' {
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Les datasettet fra denne filen eller mappen i stedet for det innebygde')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto (i en terminal uten NO_COLOR), always eller never; aldri inn i et rør eller en fil [verdier: auto, always, never; standard: auto]')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Bryt ren tekst ved så mange tegn (ellers $COLUMNS, så terminalens bredde, så 80)')
            [CompletionResult]::new('--sprak', '--sprak', [CompletionResultType]::ParameterName, 'Målform: nb (bokmål) eller nn (nynorsk); ellers YRKE_SPRAK, så språkmiljøet (LANG …)')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Hold --data til de samme kravene som det innebygde datasettet (lenke, dato, løp …)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Bare ASCII-tegn i rammer og symboler (velges selv når språkmiljøet ikke er UTF-8)')
            [CompletionResult]::new('--mouse', '--mouse', [CompletionResultType]::ParameterName, 'Slå på mus i utforskeren (klikk og rulling); da virker ikke vanlig merking av tekst')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help utfyllende)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help utfyllende)')
            break
        }
        'yrke;search' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Høyst så mange treff [standard: 10]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Hvordan det skrives ut [verdier: text, markdown, json; standard: text]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Les datasettet fra denne filen eller mappen i stedet for det innebygde')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto (i en terminal uten NO_COLOR), always eller never; aldri inn i et rør eller en fil [verdier: auto, always, never; standard: auto]')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Bryt ren tekst ved så mange tegn (ellers $COLUMNS, så terminalens bredde, så 80)')
            [CompletionResult]::new('--sprak', '--sprak', [CompletionResultType]::ParameterName, 'Målform: nb (bokmål) eller nn (nynorsk); ellers YRKE_SPRAK, så språkmiljøet (LANG …)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Det samme som --format json')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Bare ASCII-tegn i rammer og symboler (velges selv når språkmiljøet ikke er UTF-8)')
            [CompletionResult]::new('--mouse', '--mouse', [CompletionResultType]::ParameterName, 'Slå på mus i utforskeren (klikk og rulling); da virker ikke vanlig merking av tekst')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help utfyllende)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help utfyllende)')
            break
        }
        'yrke;show' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Hvordan det skrives ut [verdier: text, markdown, json; standard: text]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Les datasettet fra denne filen eller mappen i stedet for det innebygde')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto (i en terminal uten NO_COLOR), always eller never; aldri inn i et rør eller en fil [verdier: auto, always, never; standard: auto]')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Bryt ren tekst ved så mange tegn (ellers $COLUMNS, så terminalens bredde, så 80)')
            [CompletionResult]::new('--sprak', '--sprak', [CompletionResultType]::ParameterName, 'Målform: nb (bokmål) eller nn (nynorsk); ellers YRKE_SPRAK, så språkmiljøet (LANG …)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Det samme som --format json')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Bare ASCII-tegn i rammer og symboler (velges selv når språkmiljøet ikke er UTF-8)')
            [CompletionResult]::new('--mouse', '--mouse', [CompletionResultType]::ParameterName, 'Slå på mus i utforskeren (klikk og rulling); da virker ikke vanlig merking av tekst')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help utfyllende)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help utfyllende)')
            break
        }
        'yrke;list' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Bare yrker eller bare spesialiteter [verdier: occupation, specialty]')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Bare spesialiteter i denne LIS2-gruppen (gjelder ikke yrker) [verdier: fim, kirurgi, direkte, kommunal]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Hvordan det skrives ut [verdier: text, markdown, json; standard: text]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Les datasettet fra denne filen eller mappen i stedet for det innebygde')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto (i en terminal uten NO_COLOR), always eller never; aldri inn i et rør eller en fil [verdier: auto, always, never; standard: auto]')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Bryt ren tekst ved så mange tegn (ellers $COLUMNS, så terminalens bredde, så 80)')
            [CompletionResult]::new('--sprak', '--sprak', [CompletionResultType]::ParameterName, 'Målform: nb (bokmål) eller nn (nynorsk); ellers YRKE_SPRAK, så språkmiljøet (LANG …)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Det samme som --format json')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Bare ASCII-tegn i rammer og symboler (velges selv når språkmiljøet ikke er UTF-8)')
            [CompletionResult]::new('--mouse', '--mouse', [CompletionResultType]::ParameterName, 'Slå på mus i utforskeren (klikk og rulling); da virker ikke vanlig merking av tekst')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help utfyllende)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help utfyllende)')
            break
        }
        'yrke;timeline' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Hvordan det skrives ut [verdier: text, markdown, json; standard: text]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Les datasettet fra denne filen eller mappen i stedet for det innebygde')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto (i en terminal uten NO_COLOR), always eller never; aldri inn i et rør eller en fil [verdier: auto, always, never; standard: auto]')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Bryt ren tekst ved så mange tegn (ellers $COLUMNS, så terminalens bredde, så 80)')
            [CompletionResult]::new('--sprak', '--sprak', [CompletionResultType]::ParameterName, 'Målform: nb (bokmål) eller nn (nynorsk); ellers YRKE_SPRAK, så språkmiljøet (LANG …)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Det samme som --format json')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Bare ASCII-tegn i rammer og symboler (velges selv når språkmiljøet ikke er UTF-8)')
            [CompletionResult]::new('--mouse', '--mouse', [CompletionResultType]::ParameterName, 'Slå på mus i utforskeren (klikk og rulling); da virker ikke vanlig merking av tekst')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help utfyllende)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help utfyllende)')
            break
        }
        'yrke;compare' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Hvordan det skrives ut [verdier: text, markdown, json; standard: text]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Les datasettet fra denne filen eller mappen i stedet for det innebygde')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto (i en terminal uten NO_COLOR), always eller never; aldri inn i et rør eller en fil [verdier: auto, always, never; standard: auto]')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Bryt ren tekst ved så mange tegn (ellers $COLUMNS, så terminalens bredde, så 80)')
            [CompletionResult]::new('--sprak', '--sprak', [CompletionResultType]::ParameterName, 'Målform: nb (bokmål) eller nn (nynorsk); ellers YRKE_SPRAK, så språkmiljøet (LANG …)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Det samme som --format json')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Bare ASCII-tegn i rammer og symboler (velges selv når språkmiljøet ikke er UTF-8)')
            [CompletionResult]::new('--mouse', '--mouse', [CompletionResultType]::ParameterName, 'Slå på mus i utforskeren (klikk og rulling); da virker ikke vanlig merking av tekst')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help utfyllende)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help utfyllende)')
            break
        }
        'yrke;related' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Hvordan det skrives ut [verdier: text, markdown, json; standard: text]')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Les datasettet fra denne filen eller mappen i stedet for det innebygde')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto (i en terminal uten NO_COLOR), always eller never; aldri inn i et rør eller en fil [verdier: auto, always, never; standard: auto]')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Bryt ren tekst ved så mange tegn (ellers $COLUMNS, så terminalens bredde, så 80)')
            [CompletionResult]::new('--sprak', '--sprak', [CompletionResultType]::ParameterName, 'Målform: nb (bokmål) eller nn (nynorsk); ellers YRKE_SPRAK, så språkmiljøet (LANG …)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Det samme som --format json')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Bare ASCII-tegn i rammer og symboler (velges selv når språkmiljøet ikke er UTF-8)')
            [CompletionResult]::new('--mouse', '--mouse', [CompletionResultType]::ParameterName, 'Slå på mus i utforskeren (klikk og rulling); da virker ikke vanlig merking av tekst')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help utfyllende)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help utfyllende)')
            break
        }
        'yrke;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Adressen serveren lytter på; en bredere adresse enn 127.0.0.1 må velges med vilje [standard: 127.0.0.1:2222]')
            [CompletionResult]::new('--host-key', '--host-key', [CompletionResultType]::ParameterName, 'Vertsnøkkelen; lages ved første oppstart (standard: under XDG-datamappen)')
            [CompletionResult]::new('--max-sessions', '--max-sessions', [CompletionResultType]::ParameterName, 'Høyst så mange samtidige økter [standard: 100]')
            [CompletionResult]::new('--idle-timeout', '--idle-timeout', [CompletionResultType]::ParameterName, 'Koble fra en økt etter så lang tid uten taster, f.eks. 30m, 90s, 1h (høyst 30d); 0: aldri [standard: 30m]')
            [CompletionResult]::new('--max-startups', '--max-startups', [CompletionResultType]::ParameterName, 'Tilkoblinger som ikke har logget inn ennå: slipp alle inn under START, avvis RATE % ved START, stigende til alle ved FULL (som OpenSSH MaxStartups) [standard: 10:30:60]')
            [CompletionResult]::new('--max-startups-per-address', '--max-startups-per-address', [CompletionResultType]::ParameterName, 'Høyst så mange tilkoblinger som ikke har logget inn ennå fra én adresse (innloggede økter telles ikke) [standard: 40]')
            [CompletionResult]::new('--login-timeout', '--login-timeout', [CompletionResultType]::ParameterName, 'Koble fra en tilkobling som ikke har startet utforskeren innen denne tiden (skjult: for tester og skript som prøver serveren; 30s passer for en klasse) [standard: 30s]')
            [CompletionResult]::new('--log-addresses', '--log-addresses', [CompletionResultType]::ParameterName, 'Elevenes adresser i loggen: hele, bare nettet (/24, /48) eller ingen [verdier: full, truncated, none; standard: full]')
            [CompletionResult]::new('--proxy-from', '--proxy-from', [CompletionResultType]::ParameterName, 'Bare disse nettene får sende PROXY-hodet; alle andre avvises. Oppgi bare lastbalansereren (standard: 127.0.0.0/8,::1/128, maskinen selv)')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Les datasettet fra denne filen eller mappen i stedet for det innebygde')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Farger: auto (i en terminal uten NO_COLOR), always eller never; aldri inn i et rør eller en fil [verdier: auto, always, never; standard: auto]')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Bryt ren tekst ved så mange tegn (ellers $COLUMNS, så terminalens bredde, så 80)')
            [CompletionResult]::new('--sprak', '--sprak', [CompletionResultType]::ParameterName, 'Målform: nb (bokmål) eller nn (nynorsk); ellers YRKE_SPRAK, så språkmiljøet (LANG …)')
            [CompletionResult]::new('--proxy-protocol', '--proxy-protocol', [CompletionResultType]::ParameterName, 'Bak en lastbalanserer (HAProxy med send-proxy-v2): krev et PROXY-hode (v1 eller v2) først på hver tilkobling, og bruk elevens adresse fra det i loggen og i grensene')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Bare ASCII-tegn i rammer og symboler (velges selv når språkmiljøet ikke er UTF-8)')
            [CompletionResult]::new('--mouse', '--mouse', [CompletionResultType]::ParameterName, 'Slå på mus i utforskeren (klikk og rulling); da virker ikke vanlig merking av tekst')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help utfyllende)')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Vis hjelp (-h kort, --help utfyllende)')
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
