#![doc = include_str!("guide.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

#[cfg(feature = "serde")]
pub mod json;
mod versions;

/// The README's examples, compiled as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

#[cfg(feature = "serde")]
pub use json::JsonError;
pub use stuf_jz_types as types;
pub use stuf_jz_types::{Document, ReadError, Rule, Violation, WriteError};
pub use versions::SchemaVersion;

/// StUF-JZ 1.0.7 (bundle `stuf-jz-1.0.7`, entry `jz0100_msg_vtberichten_resolved.xsd`).
#[cfg(feature = "v1_0_7")]
#[allow(rustdoc::bare_urls, clippy::all)]
pub mod v1_0_7 {
    #![warn(clippy::incompatible_msrv)]
    include!(concat!(env!("OUT_DIR"), "/v1_0_7.rs"));
}

/// StUF-JZ 1.0.9 (normative bundle `stuf-jz-1.0.9`, entry `jz0100/jz0100_msg_totaal.xsd`).
#[cfg(feature = "v1_0_9")]
#[allow(rustdoc::bare_urls, clippy::all)]
pub mod v1_0_9 {
    #![warn(clippy::incompatible_msrv)]
    include!(concat!(env!("OUT_DIR"), "/v1_0_9.rs"));
}

/// StUF-JZ 1.0.9 from the four resolved bundles (`stuf-jz-1.0.9-resolved`),
/// one module per message group; the same messages as [`v1_0_9`] (feature
/// `v1_0_9_resolved`, used to cross-check the normative bundle).
#[cfg(feature = "v1_0_9_resolved")]
#[allow(rustdoc::bare_urls, clippy::all)]
pub mod v1_0_9_resolved {
    /// `jzberichten`: vtoDi01, notificatieDi01, notificatiejrDi01, zorgmeldingDi01, zorgmeldingTerugkoppelingDi01.
    pub mod jzberichten {
        include!(concat!(env!("OUT_DIR"), "/v1_0_9_jzberichten.rs"));
    }
    /// `vtberichten`: vtMeldingDi01, vtTerugkoppelingDi01 and the five
    /// `jzberichten` messages, which this bundle declares too.
    pub mod vtberichten {
        include!(concat!(env!("OUT_DIR"), "/v1_0_9_vtberichten.rs"));
    }
    /// `vvberichten`: vcobDi01, ucobDi01, vciDi01, uciDi01.
    pub mod vvberichten {
        include!(concat!(env!("OUT_DIR"), "/v1_0_9_vvberichten.rs"));
    }
    /// `gmberichten`: meldingGeneriekDi01, uitkomstMeldingGeneriekDi01.
    pub mod gmberichten {
        include!(concat!(env!("OUT_DIR"), "/v1_0_9_gmberichten.rs"));
    }
}
