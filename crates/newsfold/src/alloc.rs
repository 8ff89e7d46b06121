//! The allocator, and how long it keeps freed memory.

// Parsing makes many small, short-lived allocations per page (nodes' attributes,
// text, names); mimalloc serves them faster than the system allocator and keeps
// freed pages instead of faulting fresh ones in for every page.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in the bundled mimalloc 3 header (`mimalloc.h`); the Rust
/// bindings predate it. A test checks it still reads the documented default.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Never give freed memory back to the system while the command runs. With
/// mimalloc's default (purge after 1000 ms) a run still returns large pages'
/// buffers, and later large pages fault them in again, zeroed by the kernel:
/// 2.9% of the samples of a run over the ScrapingHub pages, 0.3% with this.
/// Every command is a batch that ends; peak memory is unchanged.
const NEVER_PURGE: std::ffi::c_long = -1;

/// Call first thing in `main`.
pub fn configure() {
    // SAFETY: setting an option is a plain store into mimalloc's option table,
    // valid at any time.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, NEVER_PURGE) };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn purge_delay_option_is_the_one_set() {
        // Its default in mimalloc 3 (`options.c`) is 1000 ms; a renumbered option
        // table would fail here.
        // SAFETY: reading an option has no preconditions.
        let default = unsafe { libmimalloc_sys::mi_option_get(PURGE_DELAY) };
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            assert_eq!(default, 1000);
        }
        configure();
        assert_eq!(
            unsafe { libmimalloc_sys::mi_option_get(PURGE_DELAY) },
            NEVER_PURGE
        );
    }
}
