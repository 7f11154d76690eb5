//! Plausible StUF values: burgerservicenummers that pass the 11-proef, real
//! dates and timestamps, words, and the stuurgegevens of a message
//! (zender and ontvanger differ, a referentienummer per seed, a real
//! tijdstipBericht).

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};

use super::rng::Rng;
use super::SampleKind;

/// Whether nine digits pass the 11-proef: `9*d1 + 8*d2 + ... + 2*d8 - d9`
/// is a multiple of 11 and not 0.
pub fn is_valid_bsn(bsn: &str) -> bool {
    let digits: Vec<i64> = bsn
        .bytes()
        .map(|b| i64::from(b) - i64::from(b'0'))
        .collect();
    if digits.len() != 9 || digits.iter().any(|d| !(0..=9).contains(d)) {
        return false;
    }
    let sum: i64 = digits[..8]
        .iter()
        .zip((2..=9).rev())
        .map(|(d, w)| d * w)
        .sum::<i64>()
        - digits[8];
    sum != 0 && sum % 11 == 0
}

/// A random burgerservicenummer that passes the 11-proef.
pub(crate) fn bsn(rng: &mut Rng) -> String {
    loop {
        let digits: Vec<u64> = (0..8).map(|_| rng.below(10)).collect();
        let sum: u64 = digits.iter().zip((2..=9).rev()).map(|(d, w)| d * w).sum();
        let last = sum % 11;
        if last == 10 || sum == 0 {
            continue;
        }
        let mut out: String = digits.iter().map(|d| char::from(b'0' + *d as u8)).collect();
        out.push(char::from(b'0' + last as u8));
        return out;
    }
}

/// A real day between 1990-01-01 and 2026-12-31.
fn day(rng: &mut Rng) -> NaiveDate {
    let first = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap_or_default();
    first + Duration::days(rng.below(37 * 365) as i64)
}

/// A real `StUF:Datum` (`yyyymmdd`).
pub(crate) fn datum(rng: &mut Rng) -> String {
    let d = day(rng);
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// A `StUF:Datum` with the unknown parts zero for the given
/// `StUF:indOnvolledigeDatum` (`V`, `D`, `M`, `J`).
pub(crate) fn incomplete_datum(rng: &mut Rng, indicator: &str) -> String {
    let full = datum(rng);
    match indicator {
        "D" => format!("{}00", &full[..6]),
        "M" => format!("{}0000", &full[..4]),
        "J" => "00000000".to_string(),
        _ => full,
    }
}

/// A real timestamp in 2025–2026, with milliseconds.
fn moment(rng: &mut Rng) -> NaiveDateTime {
    let start = NaiveDate::from_ymd_opt(2025, 1, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .unwrap_or_default();
    start + Duration::milliseconds(rng.below(2 * 365 * 86_400_000) as i64)
}

/// A real `StUF:Tijdstip`: 17 digits in maximal samples, otherwise one of
/// the lengths StUF allows (8, 10, 12, 14 to 17).
pub(crate) fn tijdstip(rng: &mut Rng, kind: SampleKind) -> String {
    let full = moment(rng).format("%Y%m%d%H%M%S%3f").to_string();
    let len = match kind {
        SampleKind::Maximal => 17,
        SampleKind::Minimal => 14,
        SampleKind::Random => *rng.pick(&[8, 10, 12, 14, 15, 16, 17]),
    };
    full[..len].to_string()
}

/// A real `xs:date` lexical (`2024-03-15`).
pub(crate) fn iso_date(rng: &mut Rng) -> String {
    day(rng).format("%Y-%m-%d").to_string()
}

/// A real `xs:time` lexical (`10:20:30`).
pub(crate) fn iso_time(rng: &mut Rng) -> String {
    moment(rng).format("%H:%M:%S").to_string()
}

const WORDS: &[&str] = &[
    "jeugd",
    "zorg",
    "melding",
    "gemeente",
    "veilig",
    "thuis",
    "gezin",
    "kind",
    "ouder",
    "school",
    "onderzoek",
    "advies",
    "besluit",
    "Zoë",
    "Daniël",
    "overleg",
    "rapport",
    "Utrecht",
    "Groningen",
    "Koningsweg",
    "huis",
    "straat",
    "raad",
    "bescherming",
    "hulp",
    "traject",
    "wijkteam",
    "voogdij",
    "toezicht",
    "Jansen",
    "de",
    "van",
    "Bakker",
];

/// A word.
pub(crate) fn word(rng: &mut Rng) -> &'static str {
    WORDS[rng.below(WORDS.len() as u64) as usize]
}

const SPECIALS: &[&str] = &[
    "&",
    "<b>",
    "\"citaat\"",
    "'s-Hertogenbosch",
    "€12,50",
    "a>b",
    "]]>",
    "Ĳssel",
    "Ærø",
    "naïef",
    "café",
    "&amp;",
    "€",
];

/// A word with a character beyond U+FFFF (rare: Xerces-J counts it twice in
/// a length, see `tests/sample_valid.rs`).
pub(crate) const ASTRAL: &str = "𝄞muziek";

/// A word with characters that need escaping or are not ASCII.
pub(crate) fn special(rng: &mut Rng) -> &'static str {
    SPECIALS[rng.below(SPECIALS.len() as u64) as usize]
}

const SENDING_ORGANISATIONS: &[&str] = &["0796", "0363", "0344", "0599", "0014", "1680"];
const SENDING_APPLICATIONS: &[&str] = &["Jeugd Regiesysteem", "iJW Suite", "Sociaal Domein"];
const RECEIVING_ORGANISATIONS: &[&str] = &["RC0109", "AR0001", "RC0101", "VT0013", "CORV"];
const RECEIVING_APPLICATIONS: &[&str] = &["KBS", "CORV", "VT Registratie"];

/// A value the place suggests, for the stuurgegevens of a message: `path`
/// holds the local names of the enclosing elements, outermost first. The
/// referentienummer is unique per kind and seed (`SMP-R-000000000000002A`).
pub(crate) fn hint(
    path: &[String],
    local: &str,
    (kind, seed): (SampleKind, u64),
    rng: &mut Rng,
) -> Option<String> {
    let parent = path.last().map(String::as_str).unwrap_or("");
    if !path.iter().any(|p| p == "stuurgegevens") {
        return None;
    }
    Some(match (parent, local) {
        (_, "referentienummer") => {
            let k = kind.name()[..3].to_ascii_uppercase();
            format!("SMP-{k}-{seed:016X}")
        }
        (_, "crossRefnummer") => format!("SMP-{:016X}", rng.next()),
        (_, "tijdstipBericht") => tijdstip(rng, SampleKind::Maximal),
        ("zender", "organisatie") => rng.pick(SENDING_ORGANISATIONS).to_string(),
        ("zender", "applicatie") => rng.pick(SENDING_APPLICATIONS).to_string(),
        ("ontvanger", "organisatie") => rng.pick(RECEIVING_ORGANISATIONS).to_string(),
        ("ontvanger", "applicatie") => rng.pick(RECEIVING_APPLICATIONS).to_string(),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_bsns_pass_the_11_proef() {
        let mut rng = Rng::new(7, "bsn");
        for _ in 0..1000 {
            let b = bsn(&mut rng);
            assert!(is_valid_bsn(&b), "{b}");
        }
        // Known valid and invalid numbers (from the bundled samples).
        assert!(is_valid_bsn("704550544"));
        assert!(is_valid_bsn("478420638"));
        assert!(!is_valid_bsn("704550545"));
        assert!(!is_valid_bsn("000000000"));
        assert!(!is_valid_bsn("12345678"));
    }

    #[test]
    fn dates_are_real() {
        let mut rng = Rng::new(1, "dates");
        for _ in 0..500 {
            let d = datum(&mut rng);
            assert!(stuf_jz_types::date::parse_datum(&d, None).is_ok(), "{d}");
            for ind in ["V", "D", "M", "J"] {
                let d = incomplete_datum(&mut rng, ind);
                assert!(
                    stuf_jz_types::date::parse_datum(&d, Some(ind)).is_ok(),
                    "{d} {ind}"
                );
            }
            let t = tijdstip(&mut rng, SampleKind::Random);
            assert!(stuf_jz_types::date::parse_tijdstip(&t).is_ok(), "{t}");
        }
    }
}
