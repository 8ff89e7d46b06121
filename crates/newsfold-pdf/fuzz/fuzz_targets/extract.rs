//! Any bytes through PDF mode: a record comes back, never a crash or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsfold_pdf::{extract_with_limits, Limits};
use newsfold_types::{InputFormat, Record};
use std::time::Duration;

fuzz_target!(
    init: {
        // libfuzzer-sys aborts in its panic hook, even on panics that are
        // caught. PDF mode catches the reader's panics on purpose (they become
        // error records), so only a panic that escapes extract_with_limits
        // must count: the harness still aborts on those.
        std::panic::set_hook(Box::new(|_| {}));
    },
    |data: &[u8]| {
        // A short deadline: libFuzzer's -timeout (set above it) then flags any
        // input on which a single page runs away.
        let limits = Limits {
            deadline: Duration::from_secs(3),
            ..Limits::default()
        };
        let mut rec = Record::new("fuzz.pdf", InputFormat::Pdf);
        extract_with_limits(data, &limits, &mut rec);
        assert!(rec.error.is_some() || !rec.body.is_empty() || rec.paragraphs.is_empty());
    }
);
