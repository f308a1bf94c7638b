//! The plain documents in nynorsk: Detaljer of an occupation and of a specialty, a whole
//! `show`, the Utdanningsløp of a specialty and a comparison, kept as snapshots at 78 columns
//! so a nynorsk reader can review every word around the data. The data's own prose stays
//! bokmål; only the headings, labels and sentences of ours change.

use yrke::dataset::{self, Dataset, EntryRef};
use yrke::lang::{Doc as T, Lang, Msg};
use yrke::plain::doc::{Block, Doc};
use yrke::plain::{Paint, compare, entry, path, route};

const WIDTH: usize = 78;

fn data() -> Dataset {
    dataset::bundled().expect("bundled data loads")
}

fn detaljer(d: &Dataset, id: &str) -> String {
    let e = d.entry(id).expect(id);
    entry::doc_with(d, e, false, Lang::Nn).to_text(WIDTH, Paint::OFF)
}

/// What `yrke timeline` prints for a specialty: the path's title, the route from Vg1, then
/// the path after LIS1.
fn utdanningslop(d: &Dataset, id: &str) -> String {
    let spec = d.specialty(id).expect(id);
    let path = path::doc(d, spec, None, WIDTH, Paint::OFF, Lang::Nn).blocks;
    let (title, rest): (Vec<Block>, Vec<Block>) = path
        .into_iter()
        .partition(|b| matches!(b, Block::Title(..)));
    let mut doc = Doc::default();
    title
        .into_iter()
        .chain(route::blocks(d, EntryRef::Specialty(spec), Lang::Nn))
        .chain(rest)
        .for_each(|b| doc.push(b));
    doc.to_text(WIDTH, Paint::OFF)
}

#[test]
fn detaljer_lege_nn() {
    insta::assert_snapshot!("detaljer_lege_nn", detaljer(&data(), "lege"));
}

#[test]
fn detaljer_hjertesykdommer_nn() {
    insta::assert_snapshot!(
        "detaljer_hjertesykdommer_nn",
        detaljer(&data(), "hjertesykdommer")
    );
}

#[test]
fn show_kardiolog_nn() {
    let d = data();
    let text = entry::doc(&d, d.entry("kardiolog").unwrap(), Lang::Nn).to_text(WIDTH, Paint::OFF);
    insta::assert_snapshot!("show_kardiolog_nn", text);
}

#[test]
fn utdanningslop_allmennmedisin_nn() {
    insta::assert_snapshot!(
        "utdanningslop_allmennmedisin_nn",
        utdanningslop(&data(), "allmennmedisin")
    );
}

#[test]
fn utdanningslop_hjertesykdommer_nn() {
    insta::assert_snapshot!(
        "utdanningslop_hjertesykdommer_nn",
        utdanningslop(&data(), "hjertesykdommer")
    );
}

#[test]
fn compare_lege_sykepleier_nn() {
    let d = data();
    let cols: Vec<_> = ["lege", "sykepleier"]
        .iter()
        .map(|id| compare::column(&d, d.entry(id).unwrap(), Lang::Nn))
        .collect();
    insta::assert_snapshot!("compare_lege_sykepleier_nn", compare::text(&cols, WIDTH));
}

/// No heading, sub-heading or field label of ours is left in bokmål in any entry's nynorsk
/// document, and the bokmål document has none in nynorsk.
#[test]
fn every_heading_follows_the_chosen_standard() {
    let d = data();
    let differ: Vec<T> = T::ALL
        .iter()
        .copied()
        .filter(|m| m.nb() != m.nn())
        .collect();
    let labels = |doc: Doc| -> Vec<String> {
        doc.blocks
            .into_iter()
            .filter_map(|b| match b {
                Block::Heading(h) | Block::Sub(h) | Block::Field(h, _) => Some(h),
                _ => None,
            })
            .collect()
    };
    for e in d.entries() {
        for (lang, other) in [(Lang::Nb, Lang::Nn), (Lang::Nn, Lang::Nb)] {
            for h in labels(entry::doc(&d, e, lang)) {
                assert!(
                    !differ.iter().any(|m| other.t(*m) == h),
                    "{} in {lang:?}: heading {h:?} is in the other standard",
                    e.id()
                );
            }
        }
    }
}
