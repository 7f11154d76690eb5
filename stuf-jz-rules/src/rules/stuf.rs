//! StUF 03.01: stuurgegevens, dates and timestamps, noValue.

use stuf_jz_types::chrono::Datelike;
use stuf_jz_types::date::{parse_datum, parse_tijdstip};

use super::Ctx;
use crate::catalogue::ids;
use crate::reference::Ymd;
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

/// `/ROOT/stuurgegevens/tijdstipBericht`.
fn tijdstip_bericht(tree: &Tree<'_>) -> Option<NodeId> {
    tree.descend(tree.root(), &["stuurgegevens", "tijdstipBericht"])
}

/// The date of the message's `StUF:tijdstipBericht`, when it is real.
pub(crate) fn message_date(tree: &Tree<'_>) -> Option<Ymd> {
    let ts = parse_tijdstip(tree.text(tijdstip_bericht(tree)?)).ok()?;
    Some(ts.year() as u32 * 10000 + ts.month() * 100 + ts.day())
}

pub(super) fn check(ctx: &mut Ctx<'_, '_>) {
    let tree = ctx.tree;
    let stuurgegevens = tree.child(tree.root(), "stuurgegevens");
    if let Some(sg) = stuurgegevens {
        zender_ontvanger(ctx, sg);
    }
    if let Some(at) = tijdstip_bericht(tree) {
        let text = tree.text(at);
        if let Err(e) = parse_tijdstip(text) {
            ctx.report(
                ids::TIJDSTIP_BERICHT,
                at,
                format!("`{text}` is not a real timestamp: {e}"),
                Some(text),
            );
        }
    }
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

fn zender_ontvanger(ctx: &mut Ctx<'_, '_>, sg: NodeId) {
    let tree = ctx.tree;
    let (Some(z), Some(o)) = (tree.child(sg, "zender"), tree.child(sg, "ontvanger")) else {
        return;
    };
    let parts = ["organisatie", "applicatie", "administratie", "gebruiker"];
    let system = |id| parts.map(|p| tree.child_text(id, p).unwrap_or_default());
    if system(z) == system(o) {
        let shown = system(o)
            .iter()
            .filter(|p| !p.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join("/");
        ctx.report(
            ids::ZENDER_ONTVANGER,
            o,
            format!("ontvanger `{shown}` is the same system as the zender"),
            None,
        );
    }
}
