//! StUF dates and timestamps of the real samples (`examples/messages/**`)
//! read with the runtime and written back to the same text:
//! `StUF:indOnvolledigeDatum` decides which parts of a date are known, and
//! every `StUF:tijdstipBericht` is a `StUF:Tijdstip`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use quick_xml::events::Event;
use stuf_jz::types::date::{format_timestamp, parse_timestamp, DateError, DatePrecision, StufDate};

/// A date or timestamp found in a sample.
struct Found {
    file: PathBuf,
    element: String,
    indicator: Option<String>,
    text: String,
}

fn xml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            xml_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "xml") {
            out.push(path);
        }
    }
}

/// Every element with `StUF:indOnvolledigeDatum`, and every
/// `tijdstipBericht`, of every sample.
fn found() -> Vec<Found> {
    let mut files = Vec::new();
    xml_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/messages"),
        &mut files,
    );
    files.sort();
    assert!(
        files.len() > 40,
        "expected the samples, found {}",
        files.len()
    );
    let mut found = Vec::new();
    for file in files {
        let xml = std::fs::read_to_string(&file).expect("sample is UTF-8");
        let mut reader = quick_xml::Reader::from_str(&xml);
        let mut open: Option<(String, Option<String>)> = None;
        loop {
            match reader
                .read_event()
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()))
            {
                Event::Start(start) => {
                    let element = String::from_utf8_lossy(start.name().as_ref()).into_owned();
                    let indicator = start.attributes().flatten().find_map(|a| {
                        (a.key.local_name().as_ref() == b"indOnvolledigeDatum")
                            .then(|| String::from_utf8_lossy(&a.value).into_owned())
                    });
                    let is_timestamp = start.local_name().as_ref() == b"tijdstipBericht";
                    open = (indicator.is_some() || is_timestamp).then_some((element, indicator));
                }
                Event::Text(text) => {
                    if let Some((element, indicator)) = open.take() {
                        let text = text.unescape().expect("text").into_owned();
                        found.push(Found {
                            file: file.clone(),
                            element,
                            indicator,
                            text,
                        });
                    }
                }
                Event::Eof => break,
                _ => open = None,
            }
        }
    }
    found
}

#[test]
fn sample_dates_read_and_write_back() {
    let mut per_precision: BTreeMap<&'static str, usize> = BTreeMap::new();
    for f in found().iter().filter(|f| f.indicator.is_some()) {
        let at = format!("{} <{}>{}", f.file.display(), f.element, f.text);
        let precision: DatePrecision = f.indicator.as_deref().unwrap_or("V").parse().expect(&at);
        let date =
            StufDate::parse(&f.text, Some(precision)).unwrap_or_else(|e| panic!("{at}: {e}"));
        assert_eq!(date.precision(), precision, "{at}");
        assert_eq!(date.lexical(), f.text.trim(), "{at}: written back");
        match precision {
            DatePrecision::Full => assert_eq!(
                date.to_naive_date()
                    .map(|d| d.format("%Y%m%d").to_string())
                    .as_deref(),
                Some(f.text.trim()),
                "{at}"
            ),
            DatePrecision::YearMonth => {
                assert_eq!(date.day(), None, "{at}");
                assert_eq!(
                    StufDate::year_month(date.year().expect("year"), date.month().expect("month")),
                    Ok(date)
                );
            }
            DatePrecision::Year => {
                assert_eq!((date.month(), date.day()), (None, None), "{at}");
                assert_eq!(StufDate::year_only(date.year().expect("year")), Ok(date));
            }
            DatePrecision::Unknown => assert_eq!(date, StufDate::UNKNOWN, "{at}"),
        }
        if precision != DatePrecision::Full {
            assert_eq!(
                date.complete(),
                Err(DateError::Incomplete { precision }),
                "{at}"
            );
        }
        *per_precision.entry(precision.as_str()).or_default() += 1;
    }
    println!("dates with StUF:indOnvolledigeDatum per value: {per_precision:?}");
    for literal in ["V", "D", "M", "J"] {
        assert!(
            per_precision.get(literal).copied().unwrap_or(0) > 0,
            "no sample date with {literal}"
        );
    }
}

#[test]
fn sample_timestamps_read_and_write_back() {
    let timestamps: Vec<Found> = found()
        .into_iter()
        .filter(|f| f.indicator.is_none())
        .collect();
    assert!(
        timestamps.len() > 40,
        "expected a tijdstipBericht per sample"
    );
    let mut per_length: BTreeMap<usize, usize> = BTreeMap::new();
    for f in &timestamps {
        let at = format!("{} <{}>{}", f.file.display(), f.element, f.text);
        let ts = parse_timestamp(&f.text).unwrap_or_else(|e| panic!("{at}: {e}"));
        let written = format_timestamp(ts);
        // Written with 14 digits, or 17 when there are milliseconds; the
        // digits beyond are zeros in the sample.
        assert!(
            written.len() == 14 || written.len() == 17,
            "{at}: {written}"
        );
        let (common, rest) = if written.len() >= f.text.len() {
            (&written[..f.text.len()], &written[f.text.len()..])
        } else {
            (&f.text[..written.len()], &f.text[written.len()..])
        };
        assert!(
            f.text.starts_with(common) && rest.bytes().all(|b| b == b'0'),
            "{at}: {written}"
        );
        assert_eq!(parse_timestamp(&written), Ok(ts), "{at}");
        *per_length.entry(f.text.len()).or_default() += 1;
    }
    println!("tijdstipBericht per number of digits: {per_length:?}");
    assert!(per_length.contains_key(&8) && per_length.contains_key(&17));
}

#[test]
fn a_date_filled_in_with_j_as_corv_tests_send_it() {
    // The form CORV test cases send for an unknown birth date.
    let date = StufDate::parse("20141231", Some(DatePrecision::Unknown));
    assert_eq!(date, Ok(StufDate::UNKNOWN));
    assert_eq!(StufDate::UNKNOWN.lexical(), "00000000");
}
