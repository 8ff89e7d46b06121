//! Runs the real binary the way the README does.

use serde_json::Value;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsfold"))
}

fn seeds() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/seeds")
}

fn seed(prefix: &str) -> PathBuf {
    std::fs::read_dir(seeds())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_str().unwrap().starts_with(prefix))
        .unwrap()
}

fn jsonl(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("newsfold-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn extract_gives_one_record_per_input_in_order() {
    let out = bin()
        .arg("extract")
        .arg(seed("000"))
        .arg(seed("001"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = jsonl(&out);
    assert_eq!(recs.len(), 2);
    assert!(recs[0]["source"].as_str().unwrap().contains("000_"));
    assert!(recs[1]["source"].as_str().unwrap().contains("001_"));
    for rec in &recs {
        assert_eq!(rec["format"], "text");
        assert_eq!(rec["error"], Value::Null);
        assert_eq!(rec["id"].as_str().unwrap().len(), 16);
        for key in [
            "title",
            "site_name",
            "authors",
            "published",
            "language",
            "url",
            "body",
            "paragraphs",
            "captions",
            "related",
            "removed",
        ] {
            assert!(rec.get(key).is_some(), "missing {key}");
        }
    }
}

#[test]
fn a_failed_input_still_gives_a_record_and_exit_1() {
    let out = bin()
        .args(["extract", "/no/such/file.txt"])
        .arg(seed("000"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let recs = jsonl(&out);
    assert_eq!(recs.len(), 2);
    assert!(recs[0]["error"].as_str().unwrap().contains("cannot read"));
    assert_eq!(recs[1]["error"], Value::Null);
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/file.txt"));
}

#[test]
fn usage_errors_exit_2() {
    let out = bin()
        .args(["extract", "--format", "yaml", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = bin().arg("extract").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn every_subcommand_has_help() {
    for sub in ["extract", "fold", "eval", "bench", "schema"] {
        let out = bin().args([sub, "--help"]).output().unwrap();
        assert!(out.status.success(), "{sub} --help failed");
        assert!(String::from_utf8_lossy(&out.stdout).contains("Usage"));
    }
}

#[test]
fn reads_stdin_and_gzip_and_directories() {
    let text = std::fs::read(seed("000")).unwrap();
    let mut child = bin()
        .args(["extract", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&text).unwrap();
    let out = child.wait_with_output().unwrap();
    let from_stdin = &jsonl(&out)[0];
    assert_eq!(from_stdin["source"], "-");

    let dir = temp_dir("gz");
    let mut gz = flate2_free_gzip(&text);
    std::fs::write(dir.join("story.txt.gz"), &mut gz).unwrap();
    let out = bin().arg("extract").arg(&dir).output().unwrap();
    assert!(out.status.success());
    let from_gz = &jsonl(&out)[0];
    assert_eq!(from_gz["body"], from_stdin["body"]);
    std::fs::remove_dir_all(dir).unwrap();
}

/// A gzip member with stored (uncompressed) deflate blocks, so the test needs no compressor.
fn flate2_free_gzip(data: &[u8]) -> Vec<u8> {
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
    let chunks: Vec<&[u8]> = data.chunks(65535).collect();
    for (i, chunk) in chunks.iter().enumerate() {
        out.push(u8::from(i + 1 == chunks.len()));
        let len = chunk.len() as u16;
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(chunk);
    }
    out.extend_from_slice(&crc32(data).to_le_bytes());
    out.extend_from_slice(&(data.len() as u32).to_le_bytes());
    out
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[test]
fn text_and_markdown_formats() {
    let out = bin()
        .args(["extract", "--format", "text"])
        .arg(seed("000"))
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("The Russian foreign minister")
            || text.contains("\n\nThe Russian foreign minister")
    );
    let out = bin()
        .args(["extract", "--format", "markdown"])
        .arg(seed("001"))
        .output()
        .unwrap();
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.starts_with("# "), "{md}");
    let out = bin()
        .args(["extract", "--format", "json"])
        .arg(seed("000"))
        .output()
        .unwrap();
    let arr: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(arr.as_array().unwrap().len(), 1);
}

#[test]
fn schema_command_prints_the_checked_in_schema() {
    let out = bin().args(["schema", "record"]).output().unwrap();
    let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../schema/record.schema.json");
    let on_disk: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(printed, on_disk);
}

#[test]
fn fold_makes_one_story_of_the_seed_renderings() {
    let out = bin().args(["fold"]).arg(seeds()).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stories = jsonl(&out);
    assert_eq!(stories.len(), 1);
    let story = &stories[0];
    assert_eq!(story["versions"].as_array().unwrap().len(), 2);
    assert_eq!(
        story["title"],
        "Moscow Calls for UN Conference To Solve Israel Conflict 'Forever'"
    );
    assert_eq!(story["site_name"], "The Moscow Times");
    let paragraphs = story["paragraphs"].as_array().unwrap();
    assert_eq!(paragraphs.len(), 13);
    assert!(paragraphs[0]["text"]
        .as_str()
        .unwrap()
        .starts_with("The Russian foreign minister on Wednesday"));
    assert!(paragraphs[12]["text"]
        .as_str()
        .unwrap()
        .ends_with("mostly women and children."));
}

#[test]
fn different_stories_stay_apart() {
    let dir = temp_dir("apart");
    std::fs::copy(seed("000"), dir.join("a.txt")).unwrap();
    std::fs::write(
        dir.join("b.txt"),
        "Stocks fell sharply on Monday as investors weighed new tariffs on steel and aluminium imports.\n\n\
         The central bank said it would keep interest rates unchanged for the rest of the year, citing slowing growth.\n",
    )
    .unwrap();
    let out = bin().arg("fold").arg(&dir).output().unwrap();
    assert_eq!(jsonl(&out).len(), 2);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn eval_scores_a_ground_truth_file() {
    let dir = temp_dir("eval");
    let body = std::fs::read_to_string(seed("000")).unwrap();
    let first13: Vec<&str> = body.lines().take(13).collect();
    std::fs::copy(seed("000"), dir.join("page.txt")).unwrap();
    let line = serde_json::json!({"id": "seed", "text": "page.txt", "body": first13.join("\n\n")});
    std::fs::write(dir.join("gt.jsonl"), format!("{line}\n")).unwrap();
    let out = bin()
        .args(["eval", "--json"])
        .arg(dir.join("gt.jsonl"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["pages"], 1);
    assert!(summary["recall"].as_f64().unwrap() > 0.99);
    std::fs::remove_dir_all(dir).unwrap();
}
