//! What the 1.0.9 generic melding and verzoek messages share: an ontvanger
//! of the extended systeem type, and the uitvoerende and the object of a
//! verzoek left without their optional `StUF:entiteittype`.

use stuf_jz::types::Nillable::{self, Value};
use stuf_jz::types::Presence;

use super::schema::stuf::SysteemCorvE;
use super::schema::zkn::{BtrGmBtruitv, ObjVvz, ZakbtrutvVvGm};

/// An ontvanger (`StUF:Systeem-corv-e`): organisatie and applicatie, from
/// the `StUF:Systeem-corv` it extends.
pub fn systeem_e(organisatie: &str, applicatie: &str) -> SysteemCorvE {
    super::stuurgegevens::systeem(organisatie, applicatie).into()
}

/// `heeftAlsUitvoerende` with an empty `gerelateerde`.
pub fn uitvoerende() -> ZakbtrutvVvGm {
    ZakbtrutvVvGm {
        entiteittype: Presence::Absent,
        gerelateerde: Value(BtrGmBtruitv {
            entiteittype: Presence::Absent,
            ..Default::default()
        }),
        ..Default::default()
    }
}

/// The `gerelateerde` of a verzoek's `heeftBetrekkingOp`, empty.
pub fn object() -> Nillable<ObjVvz> {
    Value(ObjVvz {
        entiteittype: Presence::Absent,
        ..Default::default()
    })
}
