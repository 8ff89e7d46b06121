//! Command-line flags, defined once with their help text.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "newsfold",
    version,
    about = "Fold the many renderings of a news story into one clean record."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract one article record per input (files, directories, `-` for stdin; .gz is decompressed).
    Extract(ExtractArgs),
    /// Extract every input and fold renderings of the same story into one story record.
    Fold(FoldArgs),
    /// Score extraction against a ground-truth gt.jsonl with the ScrapingHub body metric.
    Eval(EvalArgs),
    /// Score story folding against a renderings.jsonl ({story, kind, path} a line).
    EvalFold(EvalFoldArgs),
    /// Measure throughput (pages/s, MB/s) and peak memory of extraction.
    Bench(BenchArgs),
    /// Print the JSON Schema of the record or story types.
    Schema(SchemaArgs),
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum InputFormatArg {
    /// Tell the format from the content (PDF, HTML or text).
    Auto,
    Text,
    Html,
    Pdf,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum RecordFormat {
    /// A JSON array of records, pretty-printed.
    Json,
    /// One JSON record per line.
    Jsonl,
    /// Title and body as plain text.
    Text,
    /// Title, byline and body as markdown.
    Markdown,
}

#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// Input files or directories (recursive); `-` reads stdin.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Read every input as this format instead of detecting it.
    #[arg(long, value_enum, default_value_t = InputFormatArg::Auto)]
    pub input_format: InputFormatArg,
    /// The page's URL (for relative links, the canonical URL and date hints).
    #[arg(long)]
    pub url: Option<String>,
    /// Worker threads (default: one per core).
    #[arg(long)]
    pub threads: Option<usize>,
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = RecordFormat::Jsonl)]
    pub format: RecordFormat,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum StoryFormat {
    Json,
    Jsonl,
    Text,
}

#[derive(Debug, clap::Args)]
pub struct FoldArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = StoryFormat::Jsonl)]
    pub format: StoryFormat,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum EvalField {
    /// The first of html, pdf, text that the truth line has.
    Auto,
    Html,
    Pdf,
    Text,
}

#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// A gt.jsonl: one page a line with `id`, an input path (`html`, `pdf` or `text`) and `body`.
    pub gt: PathBuf,
    /// Which input of each line to extract.
    #[arg(long, value_enum, default_value_t = EvalField::Auto)]
    pub field: EvalField,
    /// Also list the N worst pages by body F1.
    #[arg(long, default_value_t = 0)]
    pub worst: usize,
    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
    /// Write every page's score as JSON lines to this file.
    #[arg(long)]
    pub pages: Option<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Give each page its `url` from the gt line, as `extract --url` would (default: none).
    #[arg(long)]
    pub with_url: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum SchemaKind {
    Record,
    Story,
}

#[derive(Debug, clap::Args)]
pub struct SchemaArgs {
    #[arg(value_enum, default_value_t = SchemaKind::Record)]
    pub kind: SchemaKind,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum BenchStage {
    /// Read from disk, decompress, extract and serialise: what a user's run costs.
    Full,
    /// Extract and serialise inputs already read into memory.
    Extract,
    /// Decode and parse HTML inputs already in memory, nothing more.
    Parse,
}

#[derive(Debug, clap::Args)]
pub struct BenchArgs {
    /// Input files or directories (recursive).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Read every input as this format instead of detecting it.
    #[arg(long, value_enum, default_value_t = InputFormatArg::Auto)]
    pub input_format: InputFormatArg,
    /// What to time.
    #[arg(long, value_enum, default_value_t = BenchStage::Full)]
    pub stage: BenchStage,
    /// Worker threads.
    #[arg(long, default_value_t = 1)]
    pub threads: usize,
    /// Passes over the inputs; the best is reported.
    #[arg(long, default_value_t = 3)]
    pub repeat: usize,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct EvalFoldArgs {
    /// A renderings.jsonl: one rendering a line with its true `story` and its `path`.
    pub renderings: PathBuf,
    /// Worker threads (default: one per core).
    #[arg(long)]
    pub threads: Option<usize>,
}
