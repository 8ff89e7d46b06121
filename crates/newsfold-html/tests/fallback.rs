//! Pages whose article sits inside markup that usually holds boilerplate: the
//! second, lenient pass must still find the text rather than report no article.

use newsfold_html::{extract_into, HtmlOptions};
use newsfold_types::{InputFormat, Record, RemovedKind};

fn extract(html: &str) -> Record {
    let mut rec = Record::new("t.html", InputFormat::Html);
    extract_into(html.as_bytes(), &HtmlOptions::default(), &mut rec);
    rec
}

const STORY: &str = "<p>Wenige Umfragen sind in den vergangenen Jahren so häufig zitiert worden \
    wie die, wonach fast die Hälfte der Menschen angibt, vorsichtig sein zu müssen.</p>\
    <p>In ungezählten Artikeln und Büchern wurde sie als warnendes Beispiel genannt, \
    wie eng der Raum des Sagbaren geworden sei, und selten wurde nachgefragt.</p>";

fn page(wrapped: &str) -> String {
    format!(
        "<html><head><title>Gute Tabus</title></head><body>\
         <nav><a href=\"/\">Start</a> <a href=\"/abo\">Abo</a></nav>{wrapped}\
         <footer>© 2023 Übermedien</footer></body></html>"
    )
}

#[test]
fn story_wrapped_in_paywall_markup_keeps_its_text() {
    let rec = extract(&page(&format!(
        "<div class=\"paywall-content\"><h1>Gute Tabus</h1>{STORY}</div>"
    )));
    assert_eq!(rec.error, None);
    assert!(rec.body.contains("Wenige Umfragen"), "{}", rec.body);
    assert!(rec.body.contains("selten wurde nachgefragt"));
    // Navigation is still told apart.
    assert!(!rec.body.contains("Start"));
    assert!(rec
        .removed
        .iter()
        .any(|r| r.kind == RemovedKind::Navigation));
}

#[test]
fn story_inside_noscript_keeps_its_text() {
    let rec = extract(&page(&format!(
        "<noscript><div id=\"nojava\"><h1>Gute Tabus</h1>{STORY}</div></noscript>"
    )));
    assert_eq!(rec.error, None);
    assert!(rec.body.contains("Wenige Umfragen"), "{}", rec.body);
}

#[test]
fn a_page_of_links_only_is_still_no_article() {
    let rec = extract(&page(
        "<ul class=\"paywall\"><li><a href=\"/a\">Eins</a></li></ul>",
    ));
    assert!(rec.error.is_some(), "{}", rec.body);
}

#[test]
fn story_in_an_ad_named_container_beats_a_lone_byline() {
    // A test report in a "promo" box: the first pass finds only the byline.
    let report = "Der Grill heizt in wenigen Minuten auf achthundert Grad auf, und zwar nur \
                  in der Mitte, wo das Steak liegt. ";
    let rec = extract(&page(&format!(
        "<div class=\"intro\"><h1>Gute Tabus</h1><p>19.03.2019 | von Inga Buller</p></div>\
         <div class=\"promo\"><p>{}</p></div>",
        report.repeat(4)
    )));
    assert!(rec.body.contains("achthundert Grad"), "{}", rec.body);
}

#[test]
fn a_short_story_keeps_out_the_boxes_around_it() {
    let bio = "Life is not digital. Cem Basman schreibt über Unternehmer, Investoren und \
               Künstler, über Gründer und ihre Ideen, seit vielen Jahren und in vielen Blogs.";
    let rec = extract(&page(&format!(
        "<article><h1>Gute Tabus</h1><p>Ich würde ja in smarte und wirtschaftliche \
         Elektro-Zapfsäulen investieren. Wundere mich, dass es sie noch nicht gibt.</p></article>\
         <div class=\"author-bio\"><p>{bio}</p></div>"
    )));
    assert!(rec.body.contains("Elektro-Zapfsäulen"), "{}", rec.body);
    assert!(!rec.body.contains("Life is not digital"), "{}", rec.body);
}
