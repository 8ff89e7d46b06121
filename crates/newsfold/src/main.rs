//! The `newsfold` command: flags in, the library pipeline, an exit code out.

mod alloc;
mod cli;
mod commands;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    alloc::configure();
    let args = cli::Cli::parse();
    match commands::run(args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            // A closed pipe (`newsfold extract ... | head`) is not a failure.
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("newsfold: {e:#}");
            ExitCode::from(1)
        }
    }
}
