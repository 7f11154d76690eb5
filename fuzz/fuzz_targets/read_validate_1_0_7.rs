//! Arbitrary bytes through `stuf_jz::v1_0_7::Message::read`, `validate`,
//! `to_xml` and back: see `common.rs` for the property.
#![no_main]

#[macro_use]
mod common;

round_trip_property!(v1_0_7:
    VtMeldingDi01,
    VtTerugkoppelingDi01,
    NotificatieDi01,
    VtoDi01,
    ZorgmeldingDi01,
    NotificatiejrDi01,
    ZorgmeldingTerugkoppelingDi01,
);

libfuzzer_sys::fuzz_target!(|data: &[u8]| check(data));
