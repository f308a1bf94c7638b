//! Calendar dates for review stamps: ISO parsing and "today", injected so tests are fixed.

use std::time::{SystemTime, UNIX_EPOCH};

/// A calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// `YYYY-MM-DD`, with a real month and a day that month has.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year: i32 = s.get(0..4)?.parse().ok()?;
        let month: u32 = s.get(5..7)?.parse().ok()?;
        let day: u32 = s.get(8..10)?.parse().ok()?;
        let date = Date { year, month, day };
        ((1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day))
            .then_some(date)
    }

    /// Today's date in UTC from the system clock.
    pub fn today() -> Date {
        let secs = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        Date::from_days((secs / 86_400) as i64)
    }

    /// The date `days` days after 1970-01-01 (Howard Hinnant's civil_from_days).
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Whole years from `self` to `later` (negative when `later` is earlier).
    pub fn years_until(self, later: Date) -> i32 {
        let mut years = later.year - self.year;
        if (later.month, later.day) < (self.month, self.day) {
            years -= 1;
        }
        years
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_dates_only() {
        assert_eq!(
            Date::parse("2022-10-31"),
            Some(Date {
                year: 2022,
                month: 10,
                day: 31
            })
        );
        assert_eq!(Date::parse("2023-02-29"), None);
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Some(29));
        assert_eq!(Date::parse("2022-13-01"), None);
        assert_eq!(Date::parse("22-10-31"), None);
    }

    #[test]
    fn days_since_epoch() {
        assert_eq!(
            Date::from_days(0),
            Date {
                year: 1970,
                month: 1,
                day: 1
            }
        );
        // 2026-12-01 is day 20,788.
        assert_eq!(
            Date::from_days(20_788),
            Date {
                year: 2026,
                month: 12,
                day: 1
            }
        );
    }

    #[test]
    fn whole_years() {
        let a = Date::parse("2022-10-31").unwrap();
        assert_eq!(a.years_until(Date::parse("2025-10-30").unwrap()), 2);
        assert_eq!(a.years_until(Date::parse("2025-10-31").unwrap()), 3);
    }
}
