use chrono::{NaiveDate, Timelike};

use super::*;
use crate::EnumParseError;

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

fn problem(result: Result<StufDate, DateError>) -> DateProblem {
    match result {
        Err(DateError::Invalid { problem, .. }) => problem,
        other => panic!("expected an invalid date, got {other:?}"),
    }
}

#[test]
fn complete_dates() {
    let date = StufDate::parse("20240131", None).expect("valid");
    assert_eq!(date, StufDate::from(ymd(2024, 1, 31)));
    assert_eq!(date.precision(), DatePrecision::Full);
    assert_eq!(
        (date.year(), date.month(), date.day()),
        (Some(2024), Some(1), Some(31))
    );
    assert_eq!(date.to_naive_date(), Some(ymd(2024, 1, 31)));
    assert_eq!(date.lexical(), "20240131");
    assert_eq!(date.to_string(), "2024-01-31");
    assert_eq!(
        StufDate::parse(" 20240131\n", Some(DatePrecision::Full)),
        Ok(date)
    );
    assert_eq!(StufDate::parse("+020240131.00", None), Ok(date));
    assert_eq!(StufDate::from(ymd(987, 6, 5)).lexical(), "09870605");
    assert_eq!(
        StufDate::parse("9870605", None).map(|d| d.lexical()),
        Ok("09870605".into())
    );
    assert_eq!(
        StufDate::ymd(2024, 2, 29),
        Ok(StufDate::from(ymd(2024, 2, 29)))
    );
}

#[test]
fn incomplete_dates_are_written_with_zeros() {
    let d = StufDate::year_month(2017, 6).expect("valid");
    assert_eq!((d.year(), d.month(), d.day()), (Some(2017), Some(6), None));
    assert_eq!(
        (d.precision(), d.lexical()),
        (DatePrecision::YearMonth, "20170600".into())
    );
    assert_eq!(d.to_string(), "2017-06");
    assert_eq!(d.to_naive_date(), None);
    assert_eq!(
        d.complete(),
        Err(DateError::Incomplete {
            precision: DatePrecision::YearMonth
        })
    );
    let y = StufDate::year_only(2017).expect("valid");
    assert_eq!(
        (y.precision(), y.lexical()),
        (DatePrecision::Year, "20170000".into())
    );
    assert_eq!(y.month(), None);
    let j = StufDate::UNKNOWN;
    assert_eq!(
        (j.precision(), j.lexical()),
        (DatePrecision::Unknown, "00000000".into())
    );
    assert_eq!(j.year(), None);
    for date in [d, y, j, StufDate::from(ymd(2017, 6, 14))] {
        assert_eq!(
            StufDate::parse(&date.lexical(), Some(date.precision())),
            Ok(date)
        );
    }
    assert!(matches!(
        StufDate::year_month(2017, 13),
        Err(DateError::OutOfRange { part: "month", .. })
    ));
    assert!(matches!(
        StufDate::year_only(0),
        Err(DateError::OutOfRange { part: "year", .. })
    ));
    assert!(matches!(
        StufDate::ymd(2023, 2, 29),
        Err(DateError::OutOfRange { part: "day", .. })
    ));
    assert!(StufDate::year_only(10_000).is_err());
}

#[test]
fn incomplete_dates_are_read_with_zeros_or_a_real_date() {
    let read = |lexical: &str, p: DatePrecision| StufDate::parse(lexical, Some(p));
    use DatePrecision::*;
    assert_eq!(read("20240100", YearMonth), StufDate::year_month(2024, 1));
    assert_eq!(read("20240000", Year), StufDate::year_only(2024));
    assert_eq!(read("00000000", Unknown), Ok(StufDate::UNKNOWN));
    assert_eq!(read("0", Unknown), Ok(StufDate::UNKNOWN));
    // Filled with a real date (StUF 03.01; CORV's `J` with 20141231).
    assert_eq!(read("20141231", Unknown), Ok(StufDate::UNKNOWN));
    assert_eq!(read("20240115", YearMonth), StufDate::year_month(2024, 1));
    assert_eq!(read("20240115", Year), StufDate::year_only(2024));
    // Neither zeros nor a real date.
    let not_zero = |p| DateProblem::UnknownPartsNotZero { precision: p };
    assert_eq!(problem(read("20240230", YearMonth)), not_zero(YearMonth));
    assert_eq!(problem(read("20240100", Year)), not_zero(Year));
    assert_eq!(problem(read("20240000", Unknown)), not_zero(Unknown));
    assert_eq!(
        problem(read("20241300", YearMonth)),
        DateProblem::NoSuchMonth { month: 13 }
    );
    assert_eq!(problem(read("00000100", YearMonth)), DateProblem::YearZero);
    assert_eq!(
        problem(StufDate::parse("20240000", None)),
        DateProblem::NoSuchMonth { month: 0 }
    );
}

#[test]
fn invalid_dates() {
    let err = StufDate::parse("20241301", None).unwrap_err();
    assert_eq!(
        err.to_string(),
        "`20241301` is not a valid StUF:Datum: month 13 does not exist"
    );
    assert!(StufDate::parse("20240229", None).is_ok());
    assert!(StufDate::parse("20000229", None).is_ok());
    assert_eq!(
        problem(StufDate::parse("20230229", None)),
        DateProblem::NoSuchDate {
            year: 2023,
            month: 2,
            day: 29
        }
    );
    for bad in [
        "19000229",
        "20240431",
        "00000101",
        "202401311",
        "20240131.5",
        "-20240131",
        "2024-01-31",
        "",
        "é",
    ] {
        assert!(StufDate::parse(bad, None).is_err(), "{bad}");
    }
}

#[test]
fn precision_is_the_indicator_enumeration() {
    for (p, literal) in DatePrecision::ALL
        .iter()
        .zip(DatePrecision::FACETS.enumeration)
    {
        assert_eq!(p.as_str(), *literal);
        assert_eq!(literal.parse::<DatePrecision>(), Ok(*p));
        assert_eq!(p.to_string(), *literal);
    }
    assert_eq!(DatePrecision::default(), DatePrecision::Full);
    let err: EnumParseError = "v".parse::<DatePrecision>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "`v` is not a value of StUF:IndOnvolledigeDatum (allowed: J, M, D, V)"
    );
    assert_eq!(
        parse_datum("20240100", Some("D")).map(|d| d.precision()),
        Ok(DatePrecision::YearMonth)
    );
    assert!(parse_datum("20240101", Some("X"))
        .unwrap_err()
        .contains("`X`"));
}

#[test]
fn timestamps() {
    let full = parse_timestamp("20240131235959123").expect("with millis");
    assert_eq!(
        full,
        ymd(2024, 1, 31)
            .and_hms_milli_opt(23, 59, 59, 123)
            .expect("valid")
    );
    assert_eq!(format_timestamp(full), "20240131235959123");
    let plain = parse_timestamp("20240229120000").expect("without millis");
    assert_eq!(
        plain,
        ymd(2024, 2, 29).and_hms_opt(12, 0, 0).expect("valid")
    );
    assert_eq!(format_timestamp(plain), "20240229120000");
    assert_eq!(
        parse_timestamp("202402291200005").map(|t| t.nanosecond()),
        Ok(500_000_000)
    );
    assert_eq!(
        parse_timestamp("2024022912000005").map(|t| t.nanosecond()),
        Ok(50_000_000)
    );
    assert_eq!(
        parse_timestamp("20240229"),
        Ok(ymd(2024, 2, 29).and_hms_opt(0, 0, 0).expect("valid"))
    );
    assert_eq!(
        parse_timestamp("2024022913"),
        Ok(ymd(2024, 2, 29).and_hms_opt(13, 0, 0).expect("valid"))
    );
    let err = parse_timestamp("20240131240000").unwrap_err();
    assert_eq!(
        err.to_string(),
        "`20240131240000` is not a valid StUF:Tijdstip: 24:00:00 is not a time of day"
    );
    for bad in [
        "202402291",
        "20230229120000",
        "20241301120000",
        "20240131126000",
        "20240131120060",
        "202401311200001234",
        "2024013112000a",
        "00000101120000",
        "",
        "éééééééé",
    ] {
        assert!(parse_timestamp(bad).is_err(), "{bad}");
    }
    assert!(parse_tijdstip("2024013112000a")
        .unwrap_err()
        .contains("StUF:Tijdstip"));
}

/// Stand-ins shaped like the generated types (not every generated method
/// is used here).
#[allow(dead_code)]
mod generated {
    use crate::date::DatePrecision;

    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Datum(pub String);
    crate::lexical_type!(
        Datum,
        "StUF:Datum",
        crate::Facets::of(crate::Builtin::Decimal)
    );
    crate::date_type!(Datum);

    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct DatumE {
        pub no_value: Option<crate::NoValue>,
        pub value: Datum,
    }
    crate::date_type!(DatumE, value);

    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct DatumMetIndicator {
        pub no_value: Option<crate::NoValue>,
        pub ind_onvolledige_datum: Option<DatePrecision>,
        pub value: Datum,
    }
    crate::date_type!(DatumMetIndicator, value, ind_onvolledige_datum);

    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Tijdstip(pub String);
    crate::lexical_type!(
        Tijdstip,
        "StUF:Tijdstip",
        crate::Facets::of(crate::Builtin::String)
    );
    crate::timestamp_type!(Tijdstip);

    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct TijdstipMetIndicator {
        pub ind_onvolledige_datum: Option<DatePrecision>,
        pub value: Tijdstip,
    }
    crate::timestamp_type!(TijdstipMetIndicator, value, ind_onvolledige_datum);
}

#[test]
fn generated_date_types_convert_both_ways() {
    use generated::*;
    let day = ymd(2017, 6, 14);
    assert_eq!(Datum::from(day), Datum("20170614".into()));
    assert_eq!(Datum::from(day).to_naive_date(), Ok(day));
    let e = DatumE::from(day);
    assert_eq!((e.value.0.as_str(), e.no_value), ("20170614", None));
    assert_eq!(e.to_date(), Ok(StufDate::from(day)));
    let incomplete = StufDate::year_month(2017, 6).expect("valid");
    assert_eq!(
        DatumE::from_date(incomplete),
        Err(DateError::NoIndicator {
            precision: DatePrecision::YearMonth
        })
    );
    let m = DatumMetIndicator::year_month(2017, 6).expect("valid");
    assert_eq!(m.value.0, "20170600");
    assert_eq!(m.ind_onvolledige_datum, Some(DatePrecision::YearMonth));
    assert_eq!(m.to_date(), Ok(incomplete));
    assert_eq!(
        m.to_naive_date(),
        Err(DateError::Incomplete {
            precision: DatePrecision::YearMonth
        })
    );
    assert_eq!(
        DatumMetIndicator::year_only(2017).map(|d| d.value.0),
        Ok("20170000".into())
    );
    let unknown = DatumMetIndicator::unknown();
    assert_eq!(
        (unknown.value.0.as_str(), unknown.ind_onvolledige_datum),
        ("00000000", Some(DatePrecision::Unknown))
    );
    let complete = DatumMetIndicator::from(day);
    assert_eq!(
        (complete.ind_onvolledige_datum, complete.to_naive_date()),
        (None, Ok(day))
    );
}

#[test]
fn generated_timestamp_types_convert_both_ways() {
    use generated::*;
    let ts = ymd(2026, 3, 11)
        .and_hms_milli_opt(14, 30, 5, 123)
        .expect("valid");
    assert_eq!(Tijdstip::from(ts), Tijdstip("20260311143005123".into()));
    assert_eq!(Tijdstip::from(ts).to_naive_date_time(), Ok(ts));
    assert_eq!(
        Tijdstip::from(ts).to_date(),
        Ok(StufDate::from(ymd(2026, 3, 11)))
    );
    let begin = TijdstipMetIndicator::from_date(StufDate::year_only(2019).expect("valid"))
        .expect("has indicator");
    assert_eq!(
        (begin.value.0.as_str(), begin.ind_onvolledige_datum),
        ("20190000", Some(DatePrecision::Year))
    );
    assert_eq!(begin.to_date(), StufDate::year_only(2019));
    assert_eq!(
        begin.to_naive_date_time(),
        Err(DateError::Incomplete {
            precision: DatePrecision::Year
        })
    );
    let filled = TijdstipMetIndicator {
        ind_onvolledige_datum: Some(DatePrecision::YearMonth),
        value: Tijdstip("20190315120000".into()),
    };
    assert_eq!(filled.to_date(), StufDate::year_month(2019, 3));
    assert!(Tijdstip::from_date(StufDate::UNKNOWN).is_err());
}
