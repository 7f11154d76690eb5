//! StUF 03.01 over the whole message: dates and timestamps, noValue (the
//! stuurgegevens rules are typed, in `crate::typed`).

use stuf_jz_types::date::{parse_datum, parse_tijdstip};

use super::Ctx;
use crate::catalogue::ids;
use crate::tree::{NodeId, Tree, BG, JZ, STUF, ZKN};

/// The elements of type `StUF:Datum-e` or `StUF:DatumMetIndicator` in the
/// 1.0.7 and 1.0.9 schemas (checked against the schemas by a test).
pub const DATE_ELEMENTS: &[(&str, &str)] = &[
    (BG, "begindatumVerblijf"),
    (BG, "datum"),
    (BG, "geboortedatum"),
    (JZ, "datumGeinformeerd"),
    (JZ, "datumIncident"),
    (JZ, "datumMelding"),
    (ZKN, "creatiedatum"),
    (ZKN, "datumBeslissing"),
    (ZKN, "einddatumWerking"),
    (ZKN, "ingangsdatumWerking"),
    (ZKN, "registratiedatum"),
    (ZKN, "startdatum"),
];

/// The elements of type `StUF:Tijdstip` or `StUF:Tijdstip-e` other than
/// `StUF:tijdstipBericht` (checked against the schemas by a test).
pub const TIMESTAMP_ELEMENTS: &[(&str, &str)] = &[
    (JZ, "datumTijd"),
    (JZ, "datumTijdMelding"),
    (JZ, "datumtijdBegin"),
    (JZ, "datumtijdEinde"),
    (ZKN, "datumStatusGezet"),
];

fn is_one_of(tree: &Tree<'_>, id: NodeId, names: &[(&str, &str)]) -> bool {
    let n = tree.node(id);
    names
        .iter()
        .any(|(ns, name)| n.ns == *ns && n.name == *name)
}

pub(super) fn check(ctx: &mut Ctx<'_, '_>) {
    let tree = ctx.tree;
    for id in tree.all() {
        if tree.attr(id, STUF, "noValue").is_some() && !tree.is_nil(id) {
            let nv = tree
                .attr(id, STUF, "noValue")
                .unwrap_or_default()
                .to_string();
            ctx.report(
                ids::NO_VALUE_NIL,
                id,
                format!("StUF:noValue=\"{nv}\" on an element that is not xsi:nil=\"true\""),
                Some(&nv),
            );
        }
        if tree.is_nil(id) || tree.text(id).is_empty() {
            continue;
        }
        let indicator = tree.attr(id, STUF, "indOnvolledigeDatum");
        let is_date = is_one_of(tree, id, DATE_ELEMENTS)
            || (tree.node(id).name == "extraElement" && indicator.is_some());
        let text = tree.text(id);
        let problem = if is_date {
            parse_datum(text, indicator).err()
        } else if is_one_of(tree, id, TIMESTAMP_ELEMENTS) {
            parse_tijdstip(text).err()
        } else {
            None
        };
        if let Some(e) = problem {
            let ind = indicator
                .map(|i| format!(" (StUF:indOnvolledigeDatum=\"{i}\")"))
                .unwrap_or_default();
            ctx.report(
                ids::DATUM,
                id,
                format!("`{text}`{ind} is not a real date: {e}"),
                Some(text),
            );
        }
    }
}
