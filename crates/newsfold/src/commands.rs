//! The subcommands: each turns parsed flags into library calls and output.

use crate::cli::{
    BenchArgs, BenchStage, Cli, Command, EvalArgs, EvalField, EvalFoldArgs, ExtractArgs, FoldArgs,
    InputArgs, InputFormatArg, RecordFormat, SchemaArgs, SchemaKind, StoryFormat,
};
use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use newsfold_eval::{InputField, Summary};
use newsfold_extract::Options;
use newsfold_types::{InputFormat, Record, Story};
use rayon::prelude::*;
use std::io::{BufWriter, IsTerminal, Write};

/// Runs a command; `Ok(false)` means some input failed (exit 1).
pub fn run(cli: Cli) -> Result<bool> {
    match cli.command {
        Command::Extract(args) => extract(args),
        Command::Fold(args) => fold(args),
        Command::Eval(args) => eval(args),
        Command::EvalFold(args) => eval_fold(args),
        Command::Bench(args) => bench(args),
        Command::Schema(args) => schema(args),
    }
}

fn thread_pool(threads: Option<usize>) -> Result<rayon::ThreadPool> {
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = threads {
        builder = builder.num_threads(n.max(1));
    }
    builder.build().context("cannot start worker threads")
}

fn options(args: &InputArgs) -> Options {
    Options {
        format: forced_format(args.input_format),
        url: args.url.clone(),
    }
}

fn forced_format(arg: InputFormatArg) -> Option<InputFormat> {
    match arg {
        InputFormatArg::Auto => None,
        InputFormatArg::Text => Some(InputFormat::Text),
        InputFormatArg::Html => Some(InputFormat::Html),
        InputFormatArg::Pdf => Some(InputFormat::Pdf),
    }
}

fn progress(len: usize) -> ProgressBar {
    if len < 20 || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len as u64);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} {per_sec} eta {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

/// Extracts every input in parallel, handing records to `sink` in input order.
fn for_each_record(args: &InputArgs, mut sink: impl FnMut(Record) -> Result<()>) -> Result<bool> {
    let sources = newsfold_read::expand(&args.paths);
    let opts = options(args);
    let pool = thread_pool(args.threads)?;
    let bar = progress(sources.len());
    let mut all_ok = true;
    // Chunks keep output streaming and memory bounded while workers stay busy.
    for chunk in sources.chunks(256) {
        let records: Vec<Record> = pool.install(|| {
            chunk
                .par_iter()
                .map(|s| {
                    let rec = newsfold_extract::extract_source(s, &opts);
                    bar.inc(1);
                    rec
                })
                .collect()
        });
        for rec in records {
            if let Some(err) = &rec.error {
                eprintln!("newsfold: {}: {err}", rec.source);
                all_ok = false;
            }
            sink(rec)?;
        }
    }
    bar.finish_and_clear();
    Ok(all_ok)
}

fn extract(args: ExtractArgs) -> Result<bool> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut first = true;
    if args.format == RecordFormat::Json {
        out.write_all(b"[\n")?;
    }
    let ok = for_each_record(&args.input, |rec| {
        match args.format {
            RecordFormat::Jsonl => {
                serde_json::to_writer(&mut out, &rec)?;
                out.write_all(b"\n")?;
            }
            RecordFormat::Json => {
                if !first {
                    out.write_all(b",\n")?;
                }
                serde_json::to_writer_pretty(&mut out, &rec)?;
            }
            RecordFormat::Text => {
                if !first {
                    out.write_all(b"\n")?;
                }
                out.write_all(newsfold_types::render_text(&rec).as_bytes())?;
            }
            RecordFormat::Markdown => {
                if !first {
                    out.write_all(b"\n---\n\n")?;
                }
                out.write_all(newsfold_types::render_markdown(&rec).as_bytes())?;
            }
        }
        first = false;
        Ok(())
    })?;
    if args.format == RecordFormat::Json {
        out.write_all(b"\n]\n")?;
    }
    out.flush()?;
    Ok(ok)
}

fn fold(args: FoldArgs) -> Result<bool> {
    let mut records = Vec::new();
    let ok = for_each_record(&args.input, |rec| {
        records.push(rec);
        Ok(())
    })?;
    let stories = newsfold_fold::fold(&records);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.format {
        StoryFormat::Jsonl => {
            for s in &stories {
                serde_json::to_writer(&mut out, s)?;
                out.write_all(b"\n")?;
            }
        }
        StoryFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &stories)?;
            out.write_all(b"\n")?;
        }
        StoryFormat::Text => {
            for (i, s) in stories.iter().enumerate() {
                if i > 0 {
                    out.write_all(b"\n")?;
                }
                out.write_all(story_text(s).as_bytes())?;
            }
        }
    }
    out.flush()?;
    Ok(ok)
}

fn story_text(s: &Story) -> String {
    let mut text = format!("story {}", s.story_id);
    if let Some(t) = &s.title {
        text.push_str(&format!("\n{t}"));
    }
    if let Some(site) = &s.site_name {
        text.push_str(&format!("\n{site}"));
    }
    for v in &s.versions {
        text.push_str(&format!(
            "\n  version {} {} ({}, similarity {:.3})",
            v.id,
            v.source,
            v.format.as_str(),
            v.similarity
        ));
    }
    text.push_str(&format!("\n\n{}\n", s.body));
    text
}

fn eval(args: EvalArgs) -> Result<bool> {
    let field = match args.field {
        EvalField::Auto => InputField::Auto,
        EvalField::Html => InputField::Html,
        EvalField::Pdf => InputField::Pdf,
        EvalField::Text => InputField::Text,
    };
    let pool = thread_pool(args.threads)?;
    let start = std::time::Instant::now();
    let (pages, _records) = pool.install(|| newsfold_eval::run(&args.gt, field, args.with_url))?;
    let summary = Summary::of(&pages, start.elapsed().as_secs_f64());
    if let Some(path) = &args.pages {
        let mut f = BufWriter::new(
            std::fs::File::create(path)
                .with_context(|| format!("cannot write {}", path.display()))?,
        );
        for p in &pages {
            serde_json::to_writer(&mut f, p)?;
            f.write_all(b"\n")?;
        }
        f.flush()?;
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &summary)?;
        writeln!(out)?;
    } else {
        writeln!(
            out,
            "{}: {} pages, {} errors, body P {:.4} R {:.4} F1 {:.4} ({:.1}s)",
            args.gt.display(),
            summary.pages,
            summary.errors,
            summary.precision,
            summary.recall,
            summary.f1,
            summary.seconds
        )?;
        for (name, acc, n) in [
            ("title", summary.title_accuracy, summary.title_pages),
            ("date", summary.date_accuracy, summary.date_pages),
            ("authors", summary.authors_accuracy, summary.authors_pages),
        ] {
            if let Some(a) = acc {
                writeln!(out, "  {name}: {a:.3} of {n} pages")?;
            }
        }
        if args.worst > 0 {
            let mut sorted: Vec<_> = pages.iter().collect();
            sorted.sort_by(|a, b| a.f1.total_cmp(&b.f1));
            for p in sorted.iter().take(args.worst) {
                writeln!(
                    out,
                    "  {:.3} P {:.3} R {:.3} {}{}",
                    p.f1,
                    p.precision,
                    p.recall,
                    p.path,
                    p.error
                        .as_deref()
                        .map(|e| format!(" error: {e}"))
                        .unwrap_or_default()
                )?;
            }
        }
    }
    Ok(true)
}

fn eval_fold(args: EvalFoldArgs) -> Result<bool> {
    let pool = thread_pool(args.threads)?;
    let score = pool.install(|| newsfold_eval::run_fold_eval(&args.renderings))?;
    println!("{}", serde_json::to_string_pretty(&score)?);
    Ok(true)
}

fn bench(args: BenchArgs) -> Result<bool> {
    let sources = newsfold_read::expand(&args.paths);
    let opts = Options {
        format: forced_format(args.input_format),
        url: None,
    };
    let stage = match args.stage {
        BenchStage::Full => newsfold_eval::bench::Stage::Full,
        BenchStage::Extract => newsfold_eval::bench::Stage::Extract,
        BenchStage::Parse => newsfold_eval::bench::Stage::Parse,
    };
    let pool = thread_pool(Some(args.threads))?;
    let report = pool.install(|| newsfold_eval::bench::bench(&sources, &opts, stage, args.repeat));
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        println!(
            "{:?} stage, {} thread(s): {} pages ({:.1} MB, {} errors) in {:.3}s: {:.1} pages/s, {:.1} MB/s, peak RSS {}",
            report.stage,
            report.threads,
            report.pages,
            report.bytes as f64 / 1e6,
            report.errors,
            report.seconds,
            report.pages_per_second,
            report.mb_per_second,
            report
                .peak_rss_mib
                .map(|m| format!("{m:.1} MiB"))
                .unwrap_or_else(|| "unknown".into())
        );
    }
    Ok(true)
}

fn schema(args: SchemaArgs) -> Result<bool> {
    let schema = match args.kind {
        SchemaKind::Record => newsfold_types::record_schema(),
        SchemaKind::Story => newsfold_types::story_schema(),
    };
    println!("{}", serde_json::to_string_pretty(&schema)?);
    Ok(true)
}
