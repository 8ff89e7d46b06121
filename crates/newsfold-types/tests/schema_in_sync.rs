//! The checked-in JSON Schemas must match the types. Regenerate with
//! `NEWSFOLD_UPDATE_SCHEMA=1 cargo test -p newsfold-types --test schema_in_sync`.

use std::path::PathBuf;

fn check(name: &str, schema: schemars::Schema) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../schema")
        .join(name);
    let generated = serde_json::to_string_pretty(&schema).unwrap() + "\n";
    if std::env::var_os("NEWSFOLD_UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == generated,
        "{} is out of date: rerun with NEWSFOLD_UPDATE_SCHEMA=1",
        path.display()
    );
}

#[test]
fn record_schema_is_in_sync() {
    check("record.schema.json", newsfold_types::record_schema());
}

#[test]
fn story_schema_is_in_sync() {
    check("story.schema.json", newsfold_types::story_schema());
}
