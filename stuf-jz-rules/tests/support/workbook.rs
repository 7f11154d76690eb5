//! Workbooks for the tests: the official reference lists, and a copy of
//! them with one JZR end date moved (used by this crate's tests and by the
//! command line's).

use std::path::{Path, PathBuf};

use calamine::{open_workbook, Data, Reader, Xlsx};

/// The official workbook (the newest in `reference-lists/` of the crate
/// folder `rules_crate`).
pub fn official(rules_crate: &Path) -> PathBuf {
    let dir = rules_crate.join("reference-lists");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "xlsx"))
        .collect();
    files.sort();
    files.pop().expect("the official workbook")
}

/// Copies every sheet of the official workbook (`official`), with the `Datum einde
/// geldigheid` of role `code` set to `end` (an Excel date serial).
pub fn copy_with_end_date(official: &Path, code: &str, end: f64, to: &Path) {
    let mut source: Xlsx<_> = open_workbook(official).unwrap();
    let mut book = rust_xlsxwriter::Workbook::new();
    for name in source.sheet_names() {
        let range = source.worksheet_range(&name).unwrap();
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let sheet = book.add_worksheet();
        sheet.set_name(&name).unwrap();
        let mut end_column = None;
        let mut moved = false;
        for (r, row) in range.rows().enumerate() {
            let is_target = name == "JZR"
                && match row.get(1) {
                    Some(Data::String(s)) => s == code,
                    Some(Data::Float(f)) => f.to_string() == code,
                    _ => false,
                };
            for (c, cell) in row.iter().enumerate() {
                let (rr, cc) = (r0 + r as u32, (c0 as usize + c) as u16);
                if matches!(cell, Data::String(s) if s == "Datum einde geldigheid") {
                    end_column = Some(c);
                }
                match cell {
                    Data::String(s) => {
                        sheet.write_string(rr, cc, s).unwrap();
                    }
                    Data::Float(f) => {
                        sheet.write_number(rr, cc, *f).unwrap();
                    }
                    Data::Int(i) => {
                        sheet.write_number(rr, cc, *i as f64).unwrap();
                    }
                    Data::DateTime(d) => {
                        sheet.write_number(rr, cc, d.as_f64()).unwrap();
                    }
                    Data::Empty => {}
                    other => {
                        sheet.write_string(rr, cc, other.to_string()).unwrap();
                    }
                }
            }
            if is_target {
                let c = end_column.expect("header before the rows");
                sheet
                    .write_number(r0 + r as u32, (c0 as usize + c) as u16, end)
                    .unwrap();
                moved = true;
            }
        }
        assert!(name != "JZR" || moved, "role {code} not found");
    }
    book.save(to).unwrap();
}
