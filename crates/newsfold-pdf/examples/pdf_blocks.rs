//! Prints text mode's blocks of a PDF with their role and region score:
//! `cargo run --release -p newsfold-pdf --example pdf_blocks -- FILE.pdf`.

use newsfold_pdf::{text_layer, Limits};
use newsfold_text::classify::region_score;
use newsfold_text::document;
use newsfold_text::features::Features;

fn main() {
    for path in std::env::args().skip(1) {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        println!("### {path}");
        let layer = match text_layer(&bytes, &Limits::default()) {
            Ok(layer) => layer,
            Err(e) => {
                println!("error: {e}");
                continue;
            }
        };
        println!("pdf headline: {:?}", layer.title);
        let analysis = document::analyse(layer.lines);
        for (block, role) in analysis.blocks.iter().zip(&analysis.roles) {
            let f = Features::of(&block.text);
            let stamp = newsfold_text::metadata::is_stamp(&block.text);
            let score = region_score(block, &f, None, stamp);
            let snippet: String = block.text.chars().take(90).collect();
            println!(
                "{:>7.0} p{} {:4.1} w{:<4} {:<28} {}",
                score,
                block.page.unwrap_or(0),
                block.font_size.unwrap_or(0.0),
                f.words,
                format!("{role:?}").chars().take(28).collect::<String>(),
                snippet
            );
        }
    }
}
