# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_yrke_global_optspecs
    string join \n data= color= ascii mouse width= sprak= h/help V/version
end

function __fish_yrke_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_yrke_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_yrke_using_subcommand
    set -l cmd (__fish_yrke_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c yrke -n "__fish_yrke_needs_command" -l data -d 'Les datasettet fra denne filen eller mappen i stedet for det innebygde' -r -F
complete -c yrke -n "__fish_yrke_needs_command" -l color -d 'Farger: auto (i en terminal uten NO_COLOR), always eller never; aldri inn i et rør eller en fil [verdier: auto, always, never; standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c yrke -n "__fish_yrke_needs_command" -l width -d 'Bryt ren tekst ved så mange tegn (ellers $COLUMNS, så terminalens bredde, så 80)' -r
complete -c yrke -n "__fish_yrke_needs_command" -l sprak -d 'Målform: nb (bokmål) eller nn (nynorsk); ellers YRKE_SPRAK, så språkmiljøet (LANG …)' -r
complete -c yrke -n "__fish_yrke_needs_command" -l ascii -d 'Bare ASCII-tegn i rammer og symboler (velges selv når språkmiljøet ikke er UTF-8)'
complete -c yrke -n "__fish_yrke_needs_command" -l mouse -d 'Slå på mus i utforskeren (klikk og rulling); da virker ikke vanlig merking av tekst'
complete -c yrke -n "__fish_yrke_needs_command" -s h -l help -d 'Vis hjelp (-h kort, --help utfyllende)'
complete -c yrke -n "__fish_yrke_needs_command" -s V -l version -d 'Vis versjonen'
complete -c yrke -n "__fish_yrke_needs_command" -f -a "validate" -d 'Sjekk datasettet og skriv et sammendrag, eller alle feilene'
complete -c yrke -n "__fish_yrke_needs_command" -f -a "search" -d 'Søk etter yrker og spesialiteter'
complete -c yrke -n "__fish_yrke_needs_command" -f -a "show" -d 'Vis alt om ett yrke eller én spesialitet som ren tekst'
complete -c yrke -n "__fish_yrke_needs_command" -f -a "list" -d 'List alle yrker og spesialiteter i norsk alfabetisk rekkefølge'
complete -c yrke -n "__fish_yrke_needs_command" -f -a "timeline" -d 'Vis utdanningsløpet til en spesialitet (eller til et yrkes spesialitet) som tekst'
complete -c yrke -n "__fish_yrke_needs_command" -f -a "compare" -d 'Sammenlign to til fire yrker eller spesialiteter side om side'
complete -c yrke -n "__fish_yrke_needs_command" -f -a "related" -d 'Vis beslektede yrker og spesialiteter, og hvorfor de henger sammen'
complete -c yrke -n "__fish_yrke_needs_command" -f -a "serve" -d 'Kjør utforskeren over SSH for en hel klasse, uten brukerkontoer'
complete -c yrke -n "__fish_yrke_using_subcommand validate" -l data -d 'Les datasettet fra denne filen eller mappen i stedet for det innebygde' -r -F
complete -c yrke -n "__fish_yrke_using_subcommand validate" -l color -d 'Farger: auto (i en terminal uten NO_COLOR), always eller never; aldri inn i et rør eller en fil [verdier: auto, always, never; standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c yrke -n "__fish_yrke_using_subcommand validate" -l width -d 'Bryt ren tekst ved så mange tegn (ellers $COLUMNS, så terminalens bredde, så 80)' -r
complete -c yrke -n "__fish_yrke_using_subcommand validate" -l sprak -d 'Målform: nb (bokmål) eller nn (nynorsk); ellers YRKE_SPRAK, så språkmiljøet (LANG …)' -r
complete -c yrke -n "__fish_yrke_using_subcommand validate" -l strict -d 'Hold --data til de samme kravene som det innebygde datasettet (lenke, dato, løp …)'
complete -c yrke -n "__fish_yrke_using_subcommand validate" -l ascii -d 'Bare ASCII-tegn i rammer og symboler (velges selv når språkmiljøet ikke er UTF-8)'
complete -c yrke -n "__fish_yrke_using_subcommand validate" -l mouse -d 'Slå på mus i utforskeren (klikk og rulling); da virker ikke vanlig merking av tekst'
complete -c yrke -n "__fish_yrke_using_subcommand validate" -s h -l help -d 'Vis hjelp (-h kort, --help utfyllende)'
complete -c yrke -n "__fish_yrke_using_subcommand search" -l limit -d 'Høyst så mange treff [standard: 10]' -r
complete -c yrke -n "__fish_yrke_using_subcommand search" -l format -d 'Hvordan det skrives ut [verdier: text, markdown, json; standard: text]' -r -f -a "text\t'Ren tekst, brutt til terminalens bredde (80 tegn i et rør eller en fil)'
markdown\t'Markdown, for å lime inn i dokumenter'
json\t'JSON med alle feltene i oppføringen'"
complete -c yrke -n "__fish_yrke_using_subcommand search" -l data -d 'Les datasettet fra denne filen eller mappen i stedet for det innebygde' -r -F
complete -c yrke -n "__fish_yrke_using_subcommand search" -l color -d 'Farger: auto (i en terminal uten NO_COLOR), always eller never; aldri inn i et rør eller en fil [verdier: auto, always, never; standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c yrke -n "__fish_yrke_using_subcommand search" -l width -d 'Bryt ren tekst ved så mange tegn (ellers $COLUMNS, så terminalens bredde, så 80)' -r
complete -c yrke -n "__fish_yrke_using_subcommand search" -l sprak -d 'Målform: nb (bokmål) eller nn (nynorsk); ellers YRKE_SPRAK, så språkmiljøet (LANG …)' -r
complete -c yrke -n "__fish_yrke_using_subcommand search" -l json -d 'Det samme som --format json'
complete -c yrke -n "__fish_yrke_using_subcommand search" -l ascii -d 'Bare ASCII-tegn i rammer og symboler (velges selv når språkmiljøet ikke er UTF-8)'
complete -c yrke -n "__fish_yrke_using_subcommand search" -l mouse -d 'Slå på mus i utforskeren (klikk og rulling); da virker ikke vanlig merking av tekst'
complete -c yrke -n "__fish_yrke_using_subcommand search" -s h -l help -d 'Vis hjelp (-h kort, --help utfyllende)'
complete -c yrke -n "__fish_yrke_using_subcommand show" -l format -d 'Hvordan det skrives ut [verdier: text, markdown, json; standard: text]' -r -f -a "text\t'Ren tekst, brutt til terminalens bredde (80 tegn i et rør eller en fil)'
markdown\t'Markdown, for å lime inn i dokumenter'
json\t'JSON med alle feltene i oppføringen'"
complete -c yrke -n "__fish_yrke_using_subcommand show" -l data -d 'Les datasettet fra denne filen eller mappen i stedet for det innebygde' -r -F
complete -c yrke -n "__fish_yrke_using_subcommand show" -l color -d 'Farger: auto (i en terminal uten NO_COLOR), always eller never; aldri inn i et rør eller en fil [verdier: auto, always, never; standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c yrke -n "__fish_yrke_using_subcommand show" -l width -d 'Bryt ren tekst ved så mange tegn (ellers $COLUMNS, så terminalens bredde, så 80)' -r
complete -c yrke -n "__fish_yrke_using_subcommand show" -l sprak -d 'Målform: nb (bokmål) eller nn (nynorsk); ellers YRKE_SPRAK, så språkmiljøet (LANG …)' -r
complete -c yrke -n "__fish_yrke_using_subcommand show" -l json -d 'Det samme som --format json'
complete -c yrke -n "__fish_yrke_using_subcommand show" -l ascii -d 'Bare ASCII-tegn i rammer og symboler (velges selv når språkmiljøet ikke er UTF-8)'
complete -c yrke -n "__fish_yrke_using_subcommand show" -l mouse -d 'Slå på mus i utforskeren (klikk og rulling); da virker ikke vanlig merking av tekst'
complete -c yrke -n "__fish_yrke_using_subcommand show" -s h -l help -d 'Vis hjelp (-h kort, --help utfyllende)'
complete -c yrke -n "__fish_yrke_using_subcommand list" -l kind -d 'Bare yrker eller bare spesialiteter [verdier: occupation, specialty]' -r -f -a "occupation\t'Yrker (også: yrke)'
specialty\t'Legespesialiteter (også: spesialitet)'"
complete -c yrke -n "__fish_yrke_using_subcommand list" -l group -d 'Bare spesialiteter i denne LIS2-gruppen (gjelder ikke yrker) [verdier: fim, kirurgi, direkte, kommunal]' -r -f -a "fim\t'Felles indremedisinske læringsmål (FIM) i LIS2'
kirurgi\t'Kirurgi del 2 (FKI), den felles kirurgiske LIS2-delen'
direkte\t'Rett fra LIS1 til LIS3, uten felles LIS2-del'
kommunal\t'Kommunalt løp (allmennmedisin, samfunnsmedisin)'"
complete -c yrke -n "__fish_yrke_using_subcommand list" -l format -d 'Hvordan det skrives ut [verdier: text, markdown, json; standard: text]' -r -f -a "text\t'Ren tekst, brutt til terminalens bredde (80 tegn i et rør eller en fil)'
markdown\t'Markdown, for å lime inn i dokumenter'
json\t'JSON med alle feltene i oppføringen'"
complete -c yrke -n "__fish_yrke_using_subcommand list" -l data -d 'Les datasettet fra denne filen eller mappen i stedet for det innebygde' -r -F
complete -c yrke -n "__fish_yrke_using_subcommand list" -l color -d 'Farger: auto (i en terminal uten NO_COLOR), always eller never; aldri inn i et rør eller en fil [verdier: auto, always, never; standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c yrke -n "__fish_yrke_using_subcommand list" -l width -d 'Bryt ren tekst ved så mange tegn (ellers $COLUMNS, så terminalens bredde, så 80)' -r
complete -c yrke -n "__fish_yrke_using_subcommand list" -l sprak -d 'Målform: nb (bokmål) eller nn (nynorsk); ellers YRKE_SPRAK, så språkmiljøet (LANG …)' -r
complete -c yrke -n "__fish_yrke_using_subcommand list" -l json -d 'Det samme som --format json'
complete -c yrke -n "__fish_yrke_using_subcommand list" -l ascii -d 'Bare ASCII-tegn i rammer og symboler (velges selv når språkmiljøet ikke er UTF-8)'
complete -c yrke -n "__fish_yrke_using_subcommand list" -l mouse -d 'Slå på mus i utforskeren (klikk og rulling); da virker ikke vanlig merking av tekst'
complete -c yrke -n "__fish_yrke_using_subcommand list" -s h -l help -d 'Vis hjelp (-h kort, --help utfyllende)'
complete -c yrke -n "__fish_yrke_using_subcommand timeline" -l format -d 'Hvordan det skrives ut [verdier: text, markdown, json; standard: text]' -r -f -a "text\t'Ren tekst, brutt til terminalens bredde (80 tegn i et rør eller en fil)'
markdown\t'Markdown, for å lime inn i dokumenter'
json\t'JSON med alle feltene i oppføringen'"
complete -c yrke -n "__fish_yrke_using_subcommand timeline" -l data -d 'Les datasettet fra denne filen eller mappen i stedet for det innebygde' -r -F
complete -c yrke -n "__fish_yrke_using_subcommand timeline" -l color -d 'Farger: auto (i en terminal uten NO_COLOR), always eller never; aldri inn i et rør eller en fil [verdier: auto, always, never; standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c yrke -n "__fish_yrke_using_subcommand timeline" -l width -d 'Bryt ren tekst ved så mange tegn (ellers $COLUMNS, så terminalens bredde, så 80)' -r
complete -c yrke -n "__fish_yrke_using_subcommand timeline" -l sprak -d 'Målform: nb (bokmål) eller nn (nynorsk); ellers YRKE_SPRAK, så språkmiljøet (LANG …)' -r
complete -c yrke -n "__fish_yrke_using_subcommand timeline" -l json -d 'Det samme som --format json'
complete -c yrke -n "__fish_yrke_using_subcommand timeline" -l ascii -d 'Bare ASCII-tegn i rammer og symboler (velges selv når språkmiljøet ikke er UTF-8)'
complete -c yrke -n "__fish_yrke_using_subcommand timeline" -l mouse -d 'Slå på mus i utforskeren (klikk og rulling); da virker ikke vanlig merking av tekst'
complete -c yrke -n "__fish_yrke_using_subcommand timeline" -s h -l help -d 'Vis hjelp (-h kort, --help utfyllende)'
complete -c yrke -n "__fish_yrke_using_subcommand compare" -l format -d 'Hvordan det skrives ut [verdier: text, markdown, json; standard: text]' -r -f -a "text\t'Ren tekst, brutt til terminalens bredde (80 tegn i et rør eller en fil)'
markdown\t'Markdown, for å lime inn i dokumenter'
json\t'JSON med alle feltene i oppføringen'"
complete -c yrke -n "__fish_yrke_using_subcommand compare" -l data -d 'Les datasettet fra denne filen eller mappen i stedet for det innebygde' -r -F
complete -c yrke -n "__fish_yrke_using_subcommand compare" -l color -d 'Farger: auto (i en terminal uten NO_COLOR), always eller never; aldri inn i et rør eller en fil [verdier: auto, always, never; standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c yrke -n "__fish_yrke_using_subcommand compare" -l width -d 'Bryt ren tekst ved så mange tegn (ellers $COLUMNS, så terminalens bredde, så 80)' -r
complete -c yrke -n "__fish_yrke_using_subcommand compare" -l sprak -d 'Målform: nb (bokmål) eller nn (nynorsk); ellers YRKE_SPRAK, så språkmiljøet (LANG …)' -r
complete -c yrke -n "__fish_yrke_using_subcommand compare" -l json -d 'Det samme som --format json'
complete -c yrke -n "__fish_yrke_using_subcommand compare" -l ascii -d 'Bare ASCII-tegn i rammer og symboler (velges selv når språkmiljøet ikke er UTF-8)'
complete -c yrke -n "__fish_yrke_using_subcommand compare" -l mouse -d 'Slå på mus i utforskeren (klikk og rulling); da virker ikke vanlig merking av tekst'
complete -c yrke -n "__fish_yrke_using_subcommand compare" -s h -l help -d 'Vis hjelp (-h kort, --help utfyllende)'
complete -c yrke -n "__fish_yrke_using_subcommand related" -l format -d 'Hvordan det skrives ut [verdier: text, markdown, json; standard: text]' -r -f -a "text\t'Ren tekst, brutt til terminalens bredde (80 tegn i et rør eller en fil)'
markdown\t'Markdown, for å lime inn i dokumenter'
json\t'JSON med alle feltene i oppføringen'"
complete -c yrke -n "__fish_yrke_using_subcommand related" -l data -d 'Les datasettet fra denne filen eller mappen i stedet for det innebygde' -r -F
complete -c yrke -n "__fish_yrke_using_subcommand related" -l color -d 'Farger: auto (i en terminal uten NO_COLOR), always eller never; aldri inn i et rør eller en fil [verdier: auto, always, never; standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c yrke -n "__fish_yrke_using_subcommand related" -l width -d 'Bryt ren tekst ved så mange tegn (ellers $COLUMNS, så terminalens bredde, så 80)' -r
complete -c yrke -n "__fish_yrke_using_subcommand related" -l sprak -d 'Målform: nb (bokmål) eller nn (nynorsk); ellers YRKE_SPRAK, så språkmiljøet (LANG …)' -r
complete -c yrke -n "__fish_yrke_using_subcommand related" -l json -d 'Det samme som --format json'
complete -c yrke -n "__fish_yrke_using_subcommand related" -l ascii -d 'Bare ASCII-tegn i rammer og symboler (velges selv når språkmiljøet ikke er UTF-8)'
complete -c yrke -n "__fish_yrke_using_subcommand related" -l mouse -d 'Slå på mus i utforskeren (klikk og rulling); da virker ikke vanlig merking av tekst'
complete -c yrke -n "__fish_yrke_using_subcommand related" -s h -l help -d 'Vis hjelp (-h kort, --help utfyllende)'
complete -c yrke -n "__fish_yrke_using_subcommand serve" -l listen -d 'Adressen serveren lytter på; en bredere adresse enn 127.0.0.1 må velges med vilje [standard: 127.0.0.1:2222]' -r
complete -c yrke -n "__fish_yrke_using_subcommand serve" -l host-key -d 'Vertsnøkkelen; lages ved første oppstart (standard: under XDG-datamappen)' -r -F
complete -c yrke -n "__fish_yrke_using_subcommand serve" -l max-sessions -d 'Høyst så mange samtidige økter [standard: 100]' -r
complete -c yrke -n "__fish_yrke_using_subcommand serve" -l idle-timeout -d 'Koble fra en økt etter så lang tid uten taster, f.eks. 30m, 90s, 1h (høyst 30d); 0: aldri [standard: 30m]' -r
complete -c yrke -n "__fish_yrke_using_subcommand serve" -l max-startups -d 'Tilkoblinger som ikke har logget inn ennå: slipp alle inn under START, avvis RATE % ved START, stigende til alle ved FULL (som OpenSSH MaxStartups) [standard: 10:30:60]' -r
complete -c yrke -n "__fish_yrke_using_subcommand serve" -l max-startups-per-address -d 'Høyst så mange tilkoblinger som ikke har logget inn ennå fra én adresse (innloggede økter telles ikke) [standard: 40]' -r
complete -c yrke -n "__fish_yrke_using_subcommand serve" -l login-timeout -d 'Koble fra en tilkobling som ikke har startet utforskeren innen denne tiden (skjult: for tester og skript som prøver serveren; 30s passer for en klasse) [standard: 30s]' -r
complete -c yrke -n "__fish_yrke_using_subcommand serve" -l log-addresses -d 'Elevenes adresser i loggen: hele, bare nettet (/24, /48) eller ingen [verdier: full, truncated, none; standard: full]' -r -f -a "full\t'Adresse og port'
truncated\t'Bare nettet: /24 for IPv4, /48 for IPv6'
none\t'Ingen adresse'"
complete -c yrke -n "__fish_yrke_using_subcommand serve" -l proxy-from -d 'Bare disse nettene får sende PROXY-hodet; alle andre avvises. Oppgi bare lastbalansereren (standard: 127.0.0.0/8,::1/128, maskinen selv)' -r
complete -c yrke -n "__fish_yrke_using_subcommand serve" -l data -d 'Les datasettet fra denne filen eller mappen i stedet for det innebygde' -r -F
complete -c yrke -n "__fish_yrke_using_subcommand serve" -l color -d 'Farger: auto (i en terminal uten NO_COLOR), always eller never; aldri inn i et rør eller en fil [verdier: auto, always, never; standard: auto]' -r -f -a "auto\t''
always\t''
never\t''"
complete -c yrke -n "__fish_yrke_using_subcommand serve" -l width -d 'Bryt ren tekst ved så mange tegn (ellers $COLUMNS, så terminalens bredde, så 80)' -r
complete -c yrke -n "__fish_yrke_using_subcommand serve" -l sprak -d 'Målform: nb (bokmål) eller nn (nynorsk); ellers YRKE_SPRAK, så språkmiljøet (LANG …)' -r
complete -c yrke -n "__fish_yrke_using_subcommand serve" -l proxy-protocol -d 'Bak en lastbalanserer (HAProxy med send-proxy-v2): krev et PROXY-hode (v1 eller v2) først på hver tilkobling, og bruk elevens adresse fra det i loggen og i grensene'
complete -c yrke -n "__fish_yrke_using_subcommand serve" -l ascii -d 'Bare ASCII-tegn i rammer og symboler (velges selv når språkmiljøet ikke er UTF-8)'
complete -c yrke -n "__fish_yrke_using_subcommand serve" -l mouse -d 'Slå på mus i utforskeren (klikk og rulling); da virker ikke vanlig merking av tekst'
complete -c yrke -n "__fish_yrke_using_subcommand serve" -s h -l help -d 'Vis hjelp (-h kort, --help utfyllende)'
