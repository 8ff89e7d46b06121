//! Prints what PDF mode hands to text mode: one line a row with page, size,
//! x, y and weight, a blank row at each paragraph break; then title, url,
//! removed and warnings.
//!
//! `cargo run --release -p newsfold-pdf --example pdf_lines -- FILE.pdf`

use newsfold_pdf::{text_layer, Limits};

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
        match text_layer(&bytes, &Limits::default()) {
            Ok(layer) => {
                for line in &layer.lines {
                    if line.text.is_empty() {
                        println!();
                        continue;
                    }
                    println!(
                        "p{} {:5.1} x{:5.0} y{:5.0} {} {}",
                        line.page.unwrap_or(0),
                        line.font_size.unwrap_or(0.0),
                        line.x.unwrap_or(0.0),
                        line.y.unwrap_or(0.0),
                        if line.bold { 'B' } else { ' ' },
                        line.text
                    );
                }
                println!("title: {:?}\nurl: {:?}", layer.title, layer.url);
                for r in &layer.removed {
                    println!("removed {:?}: {}", r.kind, r.text);
                }
                for w in &layer.warnings {
                    println!("warning: {w}");
                }
            }
            Err(e) => println!("error: {e}"),
        }
    }
}
