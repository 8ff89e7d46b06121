//! Prints every block of a text file with its role and prose features:
//! `cargo run -p newsfold-text --example blocks -- FILE`.

use newsfold_text::classify::region_score;
use newsfold_text::features::Features;
use newsfold_text::{document, split_lines};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: blocks FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    let analysis = document::analyse(split_lines(&text));
    for (block, role) in analysis.blocks.iter().zip(&analysis.roles) {
        let f = Features::of(&block.text);
        let stamp = newsfold_text::metadata::is_stamp(&block.text);
        let score = region_score(block, &f, None, stamp);
        let snippet: String = block.text.chars().take(90).collect();
        println!(
            "{:>7.0} w{:<4} lo{:.2} pe{:.2} {:<28} {}",
            score,
            f.words,
            f.lower_ratio(),
            f.person_ratio(),
            format!("{role:?}").chars().take(28).collect::<String>(),
            snippet
        );
    }
}
