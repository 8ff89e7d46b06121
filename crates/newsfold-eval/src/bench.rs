//! Throughput measurement: pages per second and peak memory of the real pipeline.
//!
//! The `full` stage times what a user's run does (read from disk, decompress,
//! extract, serialise the record); the `extract` stage reads everything into
//! memory first and times extraction and serialisation only; the `parse`
//! stage times HTML decoding and parsing alone. Each is run
//! `repeat` times and the best pass is kept, as noise only ever adds time.

use newsfold_extract::Options;
use newsfold_read::Source;
use rayon::prelude::*;
use serde::Serialize;
use std::io::Write;
use std::time::Instant;

/// What part of the pipeline to time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Read, decompress, extract and serialise.
    Full,
    /// Extract and serialise inputs already in memory.
    Extract,
    /// Decode and parse HTML inputs already in memory into the DOM, nothing more:
    /// the floor that extraction is measured against.
    Parse,
}

/// One benchmark result.
#[derive(Debug, Clone, Serialize)]
pub struct BenchReport {
    pub stage: Stage,
    pub threads: usize,
    pub pages: usize,
    pub errors: usize,
    /// Uncompressed input bytes.
    pub bytes: u64,
    /// Best pass, in seconds.
    pub seconds: f64,
    pub pages_per_second: f64,
    pub mb_per_second: f64,
    /// Peak resident memory of this process so far, in MiB (Linux only).
    pub peak_rss_mib: Option<f64>,
    /// With one thread: CPU time of the fastest pass by CPU time (Linux only).
    /// On a shared machine this is steadier than wall-clock time.
    pub cpu_seconds: Option<f64>,
    pub pages_per_cpu_second: Option<f64>,
}

/// Times `stage` over `sources` on the current rayon pool, best of `repeat` passes.
pub fn bench(sources: &[Source], opts: &Options, stage: Stage, repeat: usize) -> BenchReport {
    let preloaded: Vec<(String, Vec<u8>)> = sources
        .iter()
        .map(|s| (s.name(), newsfold_read::read(s).unwrap_or_default()))
        .collect();
    let bytes: u64 = preloaded.iter().map(|(_, b)| b.len() as u64).sum();
    let mut best = f64::INFINITY;
    let mut best_cpu: Option<f64> = None;
    let mut errors = 0;
    for _ in 0..repeat.max(1) {
        let cpu_start = thread_cpu_seconds();
        let start = Instant::now();
        errors = match stage {
            Stage::Full => sources
                .par_iter()
                .map(|s| write_record(&newsfold_extract::extract_source(s, opts)))
                .sum(),
            Stage::Extract => preloaded
                .par_iter()
                .map(|(name, b)| write_record(&newsfold_extract::extract(name, b, opts)))
                .sum(),
            Stage::Parse => preloaded
                .par_iter()
                .map(|(_, b)| usize::from(newsfold_html::parse_only(b) == 0))
                .sum(),
        };
        best = best.min(start.elapsed().as_secs_f64());
        if let (Some(a), Some(b), 1) = (
            cpu_start,
            thread_cpu_seconds(),
            rayon::current_num_threads(),
        ) {
            best_cpu = Some(best_cpu.map_or(b - a, |c| c.min(b - a)));
        }
    }
    let seconds = best.max(1e-9);
    let cpu_seconds = best_cpu.map(|c| c.max(1e-9));
    BenchReport {
        stage,
        threads: rayon::current_num_threads(),
        pages: sources.len(),
        errors,
        bytes,
        seconds,
        pages_per_second: sources.len() as f64 / seconds,
        mb_per_second: bytes as f64 / 1e6 / seconds,
        peak_rss_mib: peak_rss_mib(),
        cpu_seconds,
        pages_per_cpu_second: cpu_seconds.map(|c| sources.len() as f64 / c),
    }
}

/// Time this thread has spent on a CPU, from /proc/thread-self/schedstat (nanoseconds).
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

/// Serialises like `extract --format jsonl` does, into a sink; returns 1 for an error record.
fn write_record(rec: &newsfold_types::Record) -> usize {
    let mut sink = std::io::sink();
    let _ = serde_json::to_writer(&mut sink, rec);
    let _ = sink.write_all(b"\n");
    usize::from(rec.error.is_some())
}

/// VmHWM from /proc/self/status.
pub fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}
