//! ISO dates from the data written the Norwegian way: "2022-10-31" → "31. oktober 2022".

const MONTHS: [&str; 12] = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
];

/// A date as Norwegian text (the month names are the same in bokmål and nynorsk, so this
/// needs no `Lang`). Year-month and year alone are written as far as they go; anything
/// that is not an ISO date is returned as it stands rather than guessed at.
pub fn norwegian(iso: &str) -> String {
    let parts: Vec<&str> = iso.trim().split('-').collect();
    let num = |s: &str| s.parse::<u32>().ok();
    let month = |m: u32| MONTHS.get((m as usize).wrapping_sub(1)).copied();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 => match (num(y), num(m).and_then(month), num(d)) {
            (Some(y), Some(m), Some(d)) if (1..=31).contains(&d) => format!("{d}. {m} {y}"),
            _ => iso.to_string(),
        },
        [y, m] if y.len() == 4 => match (num(y), num(m).and_then(month)) {
            (Some(y), Some(m)) => format!("{m} {y}"),
            _ => iso.to_string(),
        },
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::norwegian;

    #[test]
    fn full_dates_read_as_day_month_year() {
        assert_eq!(norwegian("2022-10-31"), "31. oktober 2022");
        assert_eq!(norwegian("2019-04-10"), "10. april 2019");
        assert_eq!(norwegian("2023-03-03"), "3. mars 2023");
    }

    #[test]
    fn partial_and_odd_dates_are_not_guessed() {
        assert_eq!(norwegian("2026-04"), "april 2026");
        assert_eq!(norwegian("2026"), "2026");
        assert_eq!(norwegian("2026-13-01"), "2026-13-01");
        assert_eq!(norwegian("i fjor"), "i fjor");
    }
}
