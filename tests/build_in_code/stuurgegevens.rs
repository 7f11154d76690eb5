//! What the stuurgegevens of every root share.

use super::schema::stuf::SysteemCorv;

/// A zender or ontvanger: organisatie and applicatie.
pub fn systeem(organisatie: &str, applicatie: &str) -> SysteemCorv {
    SysteemCorv {
        organisatie: organisatie.into(),
        applicatie: applicatie.into(),
        ..Default::default()
    }
}
