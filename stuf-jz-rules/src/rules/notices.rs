//! Zorgmelding / notificatie (CORV-C2.2, C2.4: toezicht) and the
//! terugkoppelingen (CORV-D4.1: vervolgactie).

use super::Ctx;
use crate::catalogue::ids;

const VERVOLGACTIE: &str = "Vervolgactie nodig";

pub(super) fn check(ctx: &mut Ctx<'_, '_>) {
    toezicht(ctx);
    if matches!(
        ctx.root_name(),
        "zorgmeldingTerugkoppelingDi01" | "vtTerugkoppelingDi01"
    ) {
        vervolgactie(ctx);
    }
}

/// CORV-C2.2 and CORV-C2.4, on every element with these extraElements.
fn toezicht(ctx: &mut Ctx<'_, '_>) {
    let tree = ctx.tree;
    for id in tree.all() {
        if tree.child(id, "extraElementen").is_none() {
            continue;
        }
        let soort = tree.extra(id, "toezichtSoort");
        let begin = tree.extra(id, "toezichtBegindatum");
        let eind = tree.extra(id, "toezichtEinddatum");
        match (soort, begin) {
            (Some((at, value)), None) => ctx.report(
                ids::C2_2,
                at,
                format!("toezichtSoort `{value}` without toezichtBegindatum"),
                Some(value),
            ),
            (None, _) => {
                for (at, value) in [begin, eind].into_iter().flatten() {
                    let naam = tree.attr(at, "", "naam").unwrap_or_default().to_string();
                    ctx.report(
                        ids::C2_4,
                        at,
                        format!("{naam} `{value}` without toezichtSoort"),
                        Some(value),
                    );
                }
            }
            _ => {}
        }
    }
}

/// CORV-D4.1.
fn vervolgactie(ctx: &mut Ctx<'_, '_>) {
    let tree = ctx.tree;
    let Some(object) = ctx.object() else { return };
    let Some(at) = tree.descend(object, &["resultaat", "omschrijving"]) else {
        return;
    };
    if tree.text(at) != VERVOLGACTIE || tree.is_nil(at) {
        return;
    }
    let has_vestiging = tree.children(object, "heeftAlsBelanghebbende").any(|b| {
        tree.children(b, "gerelateerde")
            .flat_map(|g| tree.children(g, "vestiging"))
            .any(|v| !tree.is_nil(v))
    });
    if !has_vestiging {
        ctx.report(
            ids::D4_1,
            at,
            format!("resultaat \"{VERVOLGACTIE}\" without a heeftAlsBelanghebbende vestiging that carries out the vervolgactie"),
            None,
        );
    }
}
