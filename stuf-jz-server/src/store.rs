//! The durable inbox: SQLite (WAL, `synchronous=FULL`), one row per
//! accepted or refused message, committed before the answer is sent.
//!
//! A row is keyed by zender + referentienummer (StUF016); it keeps the
//! message exactly as received and the answer given, so that an identical
//! repeat gets that answer again.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rusqlite::{params, Connection, OptionalExtension};

/// A stored exchange.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Row id.
    pub id: i64,
    /// When it was received (local time, RFC 3339).
    pub received_at: String,
    /// The zender key (organisatie/applicatie/administratie).
    pub zender: String,
    /// `StUF:referentienummer`.
    pub referentienummer: String,
    /// `StUF:tijdstipBericht`.
    pub tijdstip_bericht: String,
    /// The root element.
    pub root: String,
    /// The message as received: the message of the SOAP body, with the
    /// namespace declarations of the envelope in scope (the line and column
    /// of a violation are in this text).
    pub message: String,
    /// The berichtcode of the answer (`Bv03`, `Bv04`, `Fo03`).
    pub answer_code: String,
    /// The answer's SOAP envelope as sent.
    pub answer: String,
    /// Whether the answer was a fault (HTTP 500).
    pub answer_fault: bool,
    /// The outcome of validating the body: `valid 1.0.7`, `valid 1.0.7, 1
    /// warning: ...` (rule warnings), or `invalid 1.0.7: ...` with the
    /// schema or rule violations (empty while not yet validated).
    pub validation: String,
    /// What the callback reported (`Bv01 sent`, `Fo01 sent`, an error).
    pub callback: String,
}

/// Why the store failed.
#[derive(Debug)]
pub struct StoreError(pub String);

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StoreError {}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError(format!("store: {e}"))
    }
}

/// Where the store lives: `DIR` (then `DIR/inbox.sqlite`) or `sqlite:FILE`.
pub fn store_path(spec: &str) -> PathBuf {
    match spec.strip_prefix("sqlite:") {
        Some(file) => PathBuf::from(file),
        None => Path::new(spec).join("inbox.sqlite"),
    }
}

/// The inbox.
#[derive(Debug)]
pub struct Store {
    conn: Mutex<Connection>,
    path: PathBuf,
}

/// What [`Store::insert_with`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Insert {
    /// Stored as a new row.
    Stored(i64),
    /// A row with this zender and referentienummer exists.
    Exists(Box<Entry>),
}

const COLUMNS: &str = "id, received_at, zender, referentienummer, tijdstip_bericht, root, message, answer_code, answer, answer_fault, validation, callback";

fn entry(row: &rusqlite::Row<'_>) -> rusqlite::Result<Entry> {
    Ok(Entry {
        id: row.get(0)?,
        received_at: row.get(1)?,
        zender: row.get(2)?,
        referentienummer: row.get(3)?,
        tijdstip_bericht: row.get(4)?,
        root: row.get(5)?,
        message: row.get(6)?,
        answer_code: row.get(7)?,
        answer: row.get(8)?,
        answer_fault: row.get(9)?,
        validation: row.get(10)?,
        callback: row.get(11)?,
    })
}

impl Store {
    /// Opens (creating) the store at `spec` (see [`store_path`]).
    pub fn open(spec: &str) -> Result<Store, StoreError> {
        let path = store_path(spec);
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| StoreError(format!("cannot create {}: {e}", dir.display())))?;
        }
        let conn = Connection::open(&path)
            .map_err(|e| StoreError(format!("cannot open {}: {e}", path.display())))?;
        conn.execute_batch(
            "PRAGMA journal_mode=WAL;
             PRAGMA synchronous=FULL;
             PRAGMA busy_timeout=5000;
             CREATE TABLE IF NOT EXISTS exchange (
                 id INTEGER PRIMARY KEY,
                 received_at TEXT NOT NULL,
                 zender TEXT NOT NULL,
                 referentienummer TEXT NOT NULL,
                 tijdstip_bericht TEXT NOT NULL,
                 root TEXT NOT NULL,
                 message TEXT NOT NULL,
                 answer_code TEXT NOT NULL,
                 answer TEXT NOT NULL,
                 answer_fault INTEGER NOT NULL,
                 accepted INTEGER NOT NULL,
                 validation TEXT NOT NULL DEFAULT '',
                 callback TEXT NOT NULL DEFAULT '',
                 UNIQUE (zender, referentienummer)
             );",
        )?;
        Ok(Store {
            conn: Mutex::new(conn),
            path,
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The entry of zender + referentienummer.
    pub fn find(&self, zender: &str, referentienummer: &str) -> Result<Option<Entry>, StoreError> {
        let conn = self.conn();
        Ok(conn
            .query_row(
                &format!(
                    "SELECT {COLUMNS} FROM exchange WHERE zender = ?1 AND referentienummer = ?2"
                ),
                params![zender, referentienummer],
                entry,
            )
            .optional()?)
    }

    /// Runs `decide` with the existing entry of zender + referentienummer
    /// (if any) and the greatest tijdstipBericht of the zender's accepted
    /// messages, and stores what it returns, in one transaction that is
    /// on disk (fsync'd) when this returns.
    pub fn insert_with<F>(
        &self,
        zender: &str,
        referentienummer: &str,
        decide: F,
    ) -> Result<Insert, StoreError>
    where
        F: FnOnce(Option<&str>) -> Option<NewEntry>,
    {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let existing = tx
            .query_row(
                &format!(
                    "SELECT {COLUMNS} FROM exchange WHERE zender = ?1 AND referentienummer = ?2"
                ),
                params![zender, referentienummer],
                entry,
            )
            .optional()?;
        if let Some(existing) = existing {
            return Ok(Insert::Exists(Box::new(existing)));
        }
        let last: Option<String> = tx.query_row(
            "SELECT MAX(tijdstip_bericht) FROM exchange WHERE zender = ?1 AND accepted = 1",
            params![zender],
            |row| row.get(0),
        )?;
        let Some(new) = decide(last.as_deref()) else {
            return Ok(Insert::Stored(0));
        };
        tx.execute(
            "INSERT INTO exchange (received_at, zender, referentienummer, tijdstip_bericht, root, message, answer_code, answer, answer_fault, accepted)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                chrono::Local::now().to_rfc3339(),
                zender,
                referentienummer,
                new.tijdstip_bericht,
                new.root,
                new.message,
                new.answer_code,
                new.answer,
                new.answer_fault,
                new.accepted
            ],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(Insert::Stored(id))
    }

    /// Records the outcome of validating the body.
    pub fn set_validation(&self, id: i64, validation: &str) -> Result<(), StoreError> {
        self.conn().execute(
            "UPDATE exchange SET validation = ?2 WHERE id = ?1",
            params![id, validation],
        )?;
        Ok(())
    }

    /// Records what the callback did.
    pub fn set_callback(&self, id: i64, callback: &str) -> Result<(), StoreError> {
        self.conn().execute(
            "UPDATE exchange SET callback = ?2 WHERE id = ?1",
            params![id, callback],
        )?;
        Ok(())
    }

    /// Every entry, oldest first.
    pub fn list(&self) -> Result<Vec<Entry>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!("SELECT {COLUMNS} FROM exchange ORDER BY id"))?;
        let rows = stmt.query_map([], entry)?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// One entry by row id, or by referentienummer.
    pub fn show(&self, key: &str) -> Result<Option<Entry>, StoreError> {
        let conn = self.conn();
        let by_id = key.parse::<i64>().ok();
        Ok(conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM exchange WHERE id = ?1 OR referentienummer = ?2 ORDER BY id LIMIT 1"),
                params![by_id.unwrap_or(-1), key],
                entry,
            )
            .optional()?)
    }

    /// Entries not yet validated (after a restart).
    pub fn unvalidated(&self) -> Result<Vec<Entry>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
            "SELECT {COLUMNS} FROM exchange WHERE validation = '' AND accepted = 1 ORDER BY id"
        ))?;
        let rows = stmt.query_map([], entry)?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }
}

/// A row to store.
#[derive(Debug, Clone)]
pub struct NewEntry {
    /// `StUF:tijdstipBericht`.
    pub tijdstip_bericht: String,
    /// The root element.
    pub root: String,
    /// The message as received.
    pub message: String,
    /// Berichtcode of the answer.
    pub answer_code: String,
    /// The answer's envelope.
    pub answer: String,
    /// Whether the answer is a fault.
    pub answer_fault: bool,
    /// Whether the message was accepted (counts for StUF019).
    pub accepted: bool,
}
