//! Checklist definitions from a folder, found by the SHA-256 that audit records pin.

use std::collections::HashMap;
use std::path::Path;

use audit_core::{Checklist, ChecklistRef, parse_checklist};

use super::read;

#[derive(Default)]
pub struct Checklists {
    by_sha256: HashMap<String, Checklist>,
}

impl Checklists {
    /// Every `*.json` under `dir`, at any depth (so `static/checklists` brings its archive).
    /// A file that is not a valid checklist is an error that names it.
    pub fn load(dir: &Path) -> Result<Checklists, String> {
        let mut checklists = Checklists::default();
        checklists.add_dir(dir)?;
        Ok(checklists)
    }

    fn add_dir(&mut self, dir: &Path) -> Result<(), String> {
        let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            if path.is_dir() {
                self.add_dir(&path)?;
            } else if path.extension().is_some_and(|e| e == "json") {
                let loaded = parse_checklist(&read(&path)?)
                    .map_err(|e| format!("{}: not a checklist: {e}", path.display()))?;
                self.by_sha256.insert(loaded.sha256, loaded.checklist);
            }
        }
        Ok(())
    }

    /// The definition an audit was made with, if the folder holds it.
    pub fn find(&self, reference: &ChecklistRef) -> Option<&Checklist> {
        self.by_sha256.get(&reference.sha256)
    }
}
