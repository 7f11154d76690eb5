//! The `dates` fixture: StUF dates and timestamps convert to and from
//! chrono, honouring `StUF:indOnvolledigeDatum`.

#[allow(dead_code, clippy::all)]
mod fixture {
    include!("../../stuf-jz-codegen/tests/fixtures/golden/dates/expected.rs");
}

use super::harness::{Fixture, Referee};
use fixture::jz::Datums;
use fixture::stuf::{Datum, DatumMetIndicator, TijdstipE};
use stuf_jz::types::chrono::NaiveDate;
use stuf_jz::types::date::{DateError, DatePrecision, DateType};
use stuf_jz::types::{Facet, Nillable, Rule};

const FIXTURE: Fixture = Fixture {
    dir: "dates",
    root: "datumsDi01",
};

#[test]
fn dates_are_read_with_their_precision() {
    let message: Datums = FIXTURE.valid(
        Referee::Xmllint,
        &FIXTURE.doc(
            r#"<JZ:geboortedatum StUF:indOnvolledigeDatum="D">20170600</JZ:geboortedatum>
            <JZ:peildatum>20260302</JZ:peildatum><JZ:tijdstip>20260302091512000</JZ:tijdstip>"#,
        ),
    );
    let birth = message.geboortedatum.to_date().unwrap();
    assert_eq!(
        (birth.year(), birth.month(), birth.day()),
        (Some(2017), Some(6), None)
    );
    assert!(matches!(
        message.geboortedatum.to_naive_date(),
        Err(DateError::Incomplete { .. })
    ));
    assert_eq!(
        message.peildatum.as_ref().map(|d| d.to_naive_date()),
        Some(Ok(NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()))
    );
    let moment = message
        .tijdstip
        .value()
        .unwrap()
        .to_naive_date_time()
        .unwrap();
    assert_eq!(moment.to_string(), "2026-03-02 09:15:12");
}

#[test]
fn date_facets_are_enforced_with_their_place() {
    let cases: &[(&str, Rule, &str)] = &[
        (
            r#"<JZ:geboortedatum StUF:indOnvolledigeDatum="X">20170600</JZ:geboortedatum><JZ:tijdstip>20260302</JZ:tijdstip>"#,
            Rule::Facet(Facet::Enumeration),
            "/datumsDi01/geboortedatum/@StUF:indOnvolledigeDatum",
        ),
        (
            "<JZ:geboortedatum>201706011</JZ:geboortedatum><JZ:tijdstip>20260302</JZ:tijdstip>",
            Rule::Facet(Facet::TotalDigits),
            "/datumsDi01/geboortedatum",
        ),
        (
            "<JZ:geboortedatum>20170601</JZ:geboortedatum><JZ:tijdstip>2026</JZ:tijdstip>",
            Rule::Facet(Facet::Pattern),
            "/datumsDi01/tijdstip",
        ),
    ];
    FIXTURE.invalid_bodies::<Datums>(Referee::Xmllint, cases);
}

#[test]
fn dates_built_in_code_from_chrono() {
    let day = NaiveDate::from_ymd_opt(2017, 6, 11).unwrap();
    let message = Datums {
        geboortedatum: DatumMetIndicator::year_month(2017, 6).unwrap(),
        peildatum: Some(Datum::from(day)),
        tijdstip: Nillable::Value(TijdstipE::from(day.and_hms_opt(9, 15, 12).unwrap())),
    };
    let written = FIXTURE.written(&message);
    assert!(
        written.contains(r#"StUF:indOnvolledigeDatum="D""#),
        "{written}"
    );
    assert!(
        written.contains("<JZ:peildatum>20170611</JZ:peildatum>"),
        "{written}"
    );
    let read = Datums::from_xml(&written).unwrap();
    assert_eq!(read, message);
    assert_eq!(
        read.geboortedatum.to_date().unwrap().precision(),
        DatePrecision::YearMonth
    );
    assert_eq!(
        DatumMetIndicator::from_naive_date(day).ind_onvolledige_datum,
        None
    );
}
