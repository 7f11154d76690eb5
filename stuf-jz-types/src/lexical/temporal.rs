//! The date and time lexical spaces: `date`, `dateTime`, `time`, the
//! Gregorian fragments (`gYear`, `gYearMonth`, `gMonth`, `gMonthDay`,
//! `gDay`) and `duration`.

use super::numbers::{check_decimal, is_digits};

/// Rejects non-ASCII input, so that later byte slicing is safe.
fn check_ascii(v: &str) -> Result<(), String> {
    if v.is_ascii() {
        Ok(())
    } else {
        Err("contains non-ASCII characters".to_owned())
    }
}

/// Checks a date/time lexical with an optional timezone: the input must be
/// ASCII, the timezone (if any) valid, and `check_body` must accept the
/// rest.
pub(super) fn check_timezoned(
    v: &str,
    check_body: fn(&str) -> Result<(), String>,
) -> Result<(), String> {
    check_ascii(v)?;
    let (body, tz) = split_timezone(v);
    check_timezone(tz)?;
    check_body(body)
}

/// Splits an optional timezone (`Z` or `±hh:mm`) off the end of a
/// date/time lexical.
pub(crate) fn split_timezone(v: &str) -> (&str, Option<&str>) {
    if let Some(body) = v.strip_suffix('Z') {
        return (body, Some("Z"));
    }
    let bytes = v.as_bytes();
    let n = bytes.len();
    if n >= 6 && matches!(bytes[n - 6], b'+' | b'-') && bytes[n - 3] == b':' {
        // A date such as `2024-01-01` has `-` at n - 6 but no `:` at n - 3;
        // a time ends in `:ss`, which has `:` at n - 3 but no sign at n - 6.
        if let (Some(body), Some(tz)) = (v.get(..n - 6), v.get(n - 6..)) {
            return (body, Some(tz));
        }
    }
    (v, None)
}

/// Checks a timezone `Z` or `(+|-)hh:mm` with `hh:mm` at most `14:00`.
fn check_timezone(tz: Option<&str>) -> Result<(), String> {
    let Some(tz) = tz else { return Ok(()) };
    if tz == "Z" {
        return Ok(());
    }
    let hours = tz.get(1..3).and_then(two_digits);
    let minutes = tz.get(4..6).and_then(two_digits);
    match (hours, minutes) {
        (Some(h), Some(m)) if m <= 59 && (h < 14 || (h == 14 && m == 0)) => Ok(()),
        _ => Err(format!("`{tz}` is not a valid timezone")),
    }
}

/// Parses exactly two ASCII digits.
fn two_digits(s: &str) -> Option<u32> {
    let b = s.as_bytes();
    if b.len() == 2 && b[0].is_ascii_digit() && b[1].is_ascii_digit() {
        Some(u32::from(b[0] - b'0') * 10 + u32::from(b[1] - b'0'))
    } else {
        None
    }
}

/// Parses a year `-?YYYY` (four or more digits, no leading zero beyond
/// four, not `0000`) and returns whether it is a leap year.
fn parse_year(s: &str) -> Result<bool, String> {
    let digits = s.strip_prefix('-').unwrap_or(s);
    if digits.len() < 4 || !is_digits(digits) {
        return Err("the year must have at least four digits".to_owned());
    }
    if digits.len() > 4 && digits.starts_with('0') {
        return Err("a year of more than four digits cannot start with 0".to_owned());
    }
    if digits.bytes().all(|b| b == b'0') {
        return Err("year 0000 does not exist in XML Schema 1.0".to_owned());
    }
    let rem400 = digits
        .bytes()
        .fold(0u32, |acc, b| (acc * 10 + u32::from(b - b'0')) % 400);
    Ok(rem400 % 4 == 0 && (rem400 % 100 != 0 || rem400 == 0))
}

/// Parses a two-digit month `01`..`12`.
fn parse_month(s: &str) -> Result<u32, String> {
    match two_digits(s) {
        Some(m) if (1..=12).contains(&m) => Ok(m),
        _ => Err(format!("`{s}` is not a month (01 to 12)")),
    }
}

/// The number of days in `month` (1..=12).
fn days_in_month(month: u32, leap: bool) -> u32 {
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Checks a two-digit day `01`..`max`.
fn check_day(s: &str, max: u32) -> Result<(), String> {
    match two_digits(s) {
        Some(d) if (1..=max).contains(&d) => Ok(()),
        Some(_) => Err(format!("day `{s}` does not exist in that month")),
        None => Err(format!("`{s}` is not a two-digit day")),
    }
}

/// Checks `-?YYYY-MM` and returns `(month, leap year)`.
fn check_year_month(s: &str) -> Result<(u32, bool), String> {
    let sign = usize::from(s.starts_with('-'));
    let split = s
        .get(sign..)
        .and_then(|rest| rest.find('-'))
        .map(|i| i + sign)
        .ok_or_else(|| "expected `YYYY-MM`".to_owned())?;
    let year = s.get(..split).unwrap_or("");
    let month = s.get(split + 1..).unwrap_or("");
    let leap = parse_year(year)?;
    Ok((parse_month(month)?, leap))
}

/// Checks the body of `xs:gYear`: `-?YYYY`.
pub(super) fn check_g_year(s: &str) -> Result<(), String> {
    parse_year(s).map(|_| ())
}

/// Checks the body of `xs:gYearMonth`: `-?YYYY-MM`.
pub(super) fn check_g_year_month(s: &str) -> Result<(), String> {
    check_year_month(s).map(|_| ())
}

/// Checks the body of `xs:gMonth`: `--MM` or `--MM--`.
pub(super) fn check_g_month(s: &str) -> Result<(), String> {
    let month = s
        .strip_prefix("--")
        .map(|rest| rest.strip_suffix("--").unwrap_or(rest))
        .ok_or_else(|| "expected `--MM`".to_owned())?;
    parse_month(month).map(|_| ())
}

/// Checks the body of `xs:gMonthDay`: `--MM-DD`.
pub(super) fn check_g_month_day(s: &str) -> Result<(), String> {
    let rest = s
        .strip_prefix("--")
        .ok_or_else(|| "expected `--MM-DD`".to_owned())?;
    let (month, day) = rest
        .split_once('-')
        .ok_or_else(|| "expected `--MM-DD`".to_owned())?;
    let month = parse_month(month)?;
    // February 29 is allowed: some year has it.
    check_day(day, days_in_month(month, true))
}

/// Checks the body of `xs:gDay`: `---DD`.
pub(super) fn check_g_day(s: &str) -> Result<(), String> {
    let day = s
        .strip_prefix("---")
        .ok_or_else(|| "expected `---DD`".to_owned())?;
    check_day(day, 31)
}

/// Checks the body of `xs:dateTime`: a date, `T` and a time.
pub(super) fn check_date_time(s: &str) -> Result<(), String> {
    let (date, time) = s
        .split_once('T')
        .ok_or_else(|| "missing `T` between date and time".to_owned())?;
    check_date(date)?;
    check_time(time)
}

/// Checks `-?YYYY-MM-DD` including the calendar.
pub(super) fn check_date(s: &str) -> Result<(), String> {
    let n = s.len();
    if n < 3 || s.as_bytes()[n - 3] != b'-' {
        return Err("expected `YYYY-MM-DD`".to_owned());
    }
    let (month, leap) = check_year_month(s.get(..n - 3).unwrap_or(""))?;
    check_day(s.get(n - 2..).unwrap_or(""), days_in_month(month, leap))
}

/// Checks `hh:mm:ss(.s+)?`, allowing `24:00:00`.
pub(super) fn check_time(s: &str) -> Result<(), String> {
    let b = s.as_bytes();
    if b.len() < 8 || b[2] != b':' || b[5] != b':' {
        return Err("expected `hh:mm:ss`".to_owned());
    }
    let h = s.get(0..2).and_then(two_digits);
    let m = s.get(3..5).and_then(two_digits);
    let sec = s.get(6..8).and_then(two_digits);
    let (Some(h), Some(m), Some(sec)) = (h, m, sec) else {
        return Err("expected `hh:mm:ss`".to_owned());
    };
    let fraction = s.get(8..).unwrap_or("");
    let fraction_zero = match fraction.strip_prefix('.') {
        None if fraction.is_empty() => true,
        Some(digits) if is_digits(digits) => digits.bytes().all(|b| b == b'0'),
        _ => return Err("invalid fractional seconds".to_owned()),
    };
    if m > 59 || sec > 59 || h > 24 || (h == 24 && (m != 0 || sec != 0 || !fraction_zero)) {
        return Err("time out of range".to_owned());
    }
    Ok(())
}

/// Checks `xs:duration`: `-?PnYnMnDTnHnMnS` in ASCII.
pub(super) fn check_duration(v: &str) -> Result<(), String> {
    check_ascii(v)?;
    let body = v.strip_prefix('-').unwrap_or(v);
    let body = body
        .strip_prefix('P')
        .ok_or_else(|| "must start with `P`".to_owned())?;
    let (date, time) = match body.split_once('T') {
        Some((date, time)) => (date, Some(time)),
        None => (body, None),
    };
    let mut count = duration_components(date, b"YMD")?;
    if let Some(time) = time {
        let time_count = duration_components(time, b"HMS")?;
        if time_count == 0 {
            return Err("`T` must be followed by hours, minutes or seconds".to_owned());
        }
        count += time_count;
    }
    if count == 0 {
        Err("at least one component is required".to_owned())
    } else {
        Ok(())
    }
}

/// Parses `(digits designator)*` with designators in the given order; only
/// `S` takes a decimal number. Returns the number of components.
fn duration_components(s: &str, designators: &[u8]) -> Result<usize, String> {
    let mut count = 0;
    let mut next = 0;
    let mut rest = s;
    while !rest.is_empty() {
        let end = rest
            .find(|c: char| !c.is_ascii_digit() && c != '.')
            .ok_or_else(|| "a number must be followed by a designator".to_owned())?;
        let number = rest.get(..end).unwrap_or("");
        let designator = rest.as_bytes()[end];
        let position = designators
            .get(next..)
            .and_then(|ds| ds.iter().position(|d| *d == designator))
            .ok_or_else(|| format!("unexpected `{}`", char::from(designator)))?;
        let number_ok = if designator == b'S' {
            !number.starts_with(['+', '-']) && check_decimal(number).is_ok()
        } else {
            is_digits(number)
        };
        if !number_ok {
            return Err(format!(
                "invalid number before `{}`",
                char::from(designator)
            ));
        }
        next += position + 1;
        count += 1;
        rest = rest.get(end + 1..).unwrap_or("");
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use crate::lexical::tests::ok;
    use crate::lexical::Builtin;

    #[test]
    fn dates() {
        for v in [
            "2024-01-31",
            "2024-02-29",
            "2000-02-29",
            "-0001-01-01",
            "12345-06-07",
            "2024-01-31Z",
            "2024-01-31+14:00",
            "2024-01-31-05:30",
        ] {
            assert!(ok(Builtin::Date, v), "{v}");
        }
        for v in [
            "2023-02-29",
            "1900-02-29",
            "0000-01-01",
            "2024-13-01",
            "2024-00-01",
            "2024-04-31",
            "024-01-01",
            "02024-01-01",
            "2024-1-01",
            "2024-01-31+14:01",
            "2024-01-31+15:00",
            "2024-01-31 ",
            "20240131",
            "2024-01-3é",
            "",
        ] {
            assert!(!ok(Builtin::Date, v), "{v}");
        }
    }

    #[test]
    fn times() {
        for v in [
            "2024-01-31T12:30:00",
            "2024-01-31T24:00:00",
            "2024-01-31T12:30:00.123456Z",
            "2024-01-31T12:30:00+01:00",
        ] {
            assert!(ok(Builtin::DateTime, v), "{v}");
        }
        for v in [
            "2024-01-31",
            "2024-01-31T12:30",
            "2024-01-31T24:00:01",
            "2024-01-31T12:60:00",
            "2024-01-31T12:30:00.",
            "2024-01-31 12:30:00",
        ] {
            assert!(!ok(Builtin::DateTime, v), "{v}");
        }
        assert!(ok(Builtin::Time, "23:59:59.5-01:00"));
        assert!(!ok(Builtin::Time, "23:59:60"));
        assert!(!ok(Builtin::Time, "1:00:00"));
    }

    #[test]
    fn gregorian_fragments() {
        assert!(ok(Builtin::GYear, "2024"));
        assert!(ok(Builtin::GYear, "-2024Z"));
        assert!(!ok(Builtin::GYear, "24"));
        assert!(ok(Builtin::GYearMonth, "2024-02"));
        assert!(!ok(Builtin::GYearMonth, "2024-13"));
        assert!(ok(Builtin::GMonth, "--02"));
        assert!(ok(Builtin::GMonth, "--02--"));
        assert!(ok(Builtin::GMonth, "--12Z"));
        assert!(!ok(Builtin::GMonth, "--13"));
        assert!(ok(Builtin::GMonthDay, "--02-29"));
        assert!(!ok(Builtin::GMonthDay, "--02-30"));
        assert!(!ok(Builtin::GMonthDay, "--04-31"));
        assert!(ok(Builtin::GDay, "---31"));
        assert!(!ok(Builtin::GDay, "---32"));
        assert!(!ok(Builtin::GDay, "--31"));
    }

    #[test]
    fn durations() {
        for v in [
            "P1Y",
            "-P1Y2M3DT4H5M6.7S",
            "PT0S",
            "P0D",
            "PT.5S",
            "PT5.S",
            "P1DT1H",
        ] {
            assert!(ok(Builtin::Duration, v), "{v}");
        }
        for v in [
            "P", "PT", "P1DT", "P1M1Y", "P1.5Y", "1Y", "P-1Y", "PT1H1H", "P1", "PT.S",
        ] {
            assert!(!ok(Builtin::Duration, v), "{v}");
        }
    }
}
