//! StUF dates keep their lexical value and read as chrono dates, with
//! `StUF:indOnvolledigeDatum` deciding which parts are known.

use stuf_jz::types::chrono::{NaiveDate, Timelike};
use stuf_jz::v1_0_7::stuf::{Datum, DatumE, DatumMetIndicator, IndOnvolledigeDatum, Tijdstip};

fn datum(value: &str, indicator: Option<IndOnvolledigeDatum>) -> DatumMetIndicator {
    DatumMetIndicator {
        no_value: None,
        exact: None,
        ind_onvolledige_datum: indicator,
        value: Datum(value.into()),
    }
}

#[test]
fn complete_and_incomplete_dates() {
    let full = datum("20240229", None).to_date().unwrap();
    assert_eq!(full.to_naive_date(), NaiveDate::from_ymd_opt(2024, 2, 29));

    let year_only = datum("19850000", Some(IndOnvolledigeDatum::M))
        .to_date()
        .unwrap();
    assert_eq!(
        (year_only.year, year_only.month, year_only.day),
        (Some(1985), None, None)
    );
    assert_eq!(year_only.to_naive_date(), None);

    let year_month = datum("19870500", Some(IndOnvolledigeDatum::D))
        .to_date()
        .unwrap();
    assert_eq!(
        (year_month.year, year_month.month, year_month.day),
        (Some(1987), Some(5), None)
    );

    assert!(
        datum("20230229", None).to_date().is_err(),
        "2023 is no leap year"
    );
    assert!(
        datum("19850000", None).to_date().is_err(),
        "a complete date needs month and day"
    );
}

#[test]
fn the_restricted_datum_e_keeps_the_inherited_indicator() {
    let value = DatumE {
        no_value: None,
        exact: None,
        ind_onvolledige_datum: Some(IndOnvolledigeDatum::M),
        value: Datum("20210000".into()),
    };
    assert_eq!(value.to_date().unwrap().year, Some(2021));
}

#[test]
fn timestamps() {
    let ts = Tijdstip("20260311143005123".into()).to_date_time().unwrap();
    assert_eq!(ts.date(), NaiveDate::from_ymd_opt(2026, 3, 11).unwrap());
    assert_eq!((ts.hour(), ts.minute(), ts.second()), (14, 30, 5));
    assert_eq!(ts.nanosecond(), 123_000_000);
    assert!(Tijdstip("20261311143005".into()).to_date_time().is_err());
}
