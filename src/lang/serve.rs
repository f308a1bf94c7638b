//! What `yrke serve` says to a pupil's terminal (raw mode, hence `\r\n`). The server's own
//! log lines stay bokmål: their format is stable for tools such as fail2ban.

catalogue! {
    Pupil {
        Full => "Beklager, alle {max} plassene er i bruk akkurat nå. Prøv igjen om litt.\r\nSorry, the server is full. Please try again in a moment.\r\n",
            "Beklagar, alle dei {max} plassane er i bruk akkurat no. Prøv igjen om litt.\r\nSorry, the server is full. Please try again in a moment.\r\n";
        DumbTerminal => "Beklager, utforskeren trenger en terminal som kan tegne skjermbilder (TERM={term}).\r\nPrøv et annet terminalprogram, for eksempel Windows Terminal, PuTTY eller Terminal.\r\n",
            "Beklagar, utforskaren treng ein terminal som kan teikne skjermbilete (TERM={term}).\r\nPrøv eit anna terminalprogram, til dømes Windows Terminal, PuTTY eller Terminal.\r\n";
        NoPty => "Utforskeren trenger en terminal. Koble til med «ssh -t» i stedet, eller uten en kommando etter vertsnavnet.\r\n",
            "Utforskaren treng ein terminal. Kople til med «ssh -t» i staden, eller utan ein kommando etter vertsnamnet.\r\n";
        NoCommands => "Denne serveren kjører bare yrkesutforskeren; kommandoer og filoverføring er slått av.\r\n",
            "Denne serveren køyrer berre yrkesutforskaren; kommandoar og filoverføring er slått av.\r\n";
        Idle => "Koblet fra etter {after} uten aktivitet. Koble til igjen når du vil fortsette.\r\n",
            "Kopla frå etter {after} utan aktivitet. Kople til igjen når du vil halde fram.\r\n";
        Shutdown => "Serveren stoppes nå. Takk for besøket!\r\n",
            "Serveren blir stoppa no. Takk for besøket!\r\n";
        Crashed => "Beklager, noe gikk galt i utforskeren, og økten ble avsluttet. Koble til igjen for å fortsette.\r\n",
            "Beklagar, noko gjekk gale i utforskaren, og økta vart avslutta. Kople til igjen for å halde fram.\r\n";
    }
}
