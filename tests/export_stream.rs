//! `centreline export` streams: articles are scored and written a batch at a
//! time, quotes are made as they are written, and periods are gathered on the
//! way. Its output must be exactly what serialising the whole model gives.

use centreline::analysis::{analyse, analyse_parts, Lexicon};
use centreline::corpus::{load_bundled, DocParagraph, Document};
use centreline::export::{write, write_analysed, Format};

fn both_ways(docs: Vec<Document>, format: Format) -> (Vec<u8>, Vec<u8>) {
    let lexicon = Lexicon::bundled();
    let mut whole = Vec::new();
    write(&analyse(docs.clone(), &lexicon), format, &mut whole).unwrap();
    let mut streamed = Vec::new();
    write_analysed(analyse_parts(docs, &lexicon, None), format, &mut streamed).unwrap();
    (whole, streamed)
}

/// Many small dated articles around the bundled ones: more than one batch of
/// attribution and of article scoring, several years, and a person named in
/// the first article who speaks only in the last.
fn many() -> Vec<Document> {
    let mut docs = load_bundled().documents;
    let para = |text: &str| DocParagraph {
        text: text.into(),
        ..Default::default()
    };
    docs.insert(
        0,
        Document {
            id: "first".into(),
            title: "First".into(),
            date: Some("1999-03-01".parse().unwrap()),
            paragraphs: vec![para(
                "Regional director Jane Austell was not at the meeting on local targets.",
            )],
            ..Default::default()
        },
    );
    for i in 0..1100 {
        let year = 1998 + i % 7;
        docs.push(Document {
            id: format!("n{i}").into(),
            title: format!("Note {i}"),
            date: (i % 5 != 0).then(|| {
                format!("{year}-0{}-1{}", 1 + i % 9, i % 10)
                    .parse()
                    .unwrap()
            }),
            date_approximate: i % 3 == 0,
            paragraphs: vec![
                para(&format!(
                    "'Trusts need freedom from Whitehall targets,' said Dr Sam Reed{}.",
                    i % 40
                )),
                para("He added that national standards still mattered."),
            ],
            ..Default::default()
        });
    }
    docs.push(Document {
        id: "last".into(),
        title: "Last".into(),
        paragraphs: vec![para(
            "'Local managers should decide,' Jane Austell said of earned autonomy.",
        )],
        ..Default::default()
    });
    docs
}

#[test]
fn streamed_json_is_the_whole_model_serialised() {
    let (whole, streamed) = both_ways(load_bundled().documents, Format::Json);
    assert!(whole.len() > 10_000);
    assert!(whole == streamed, "bundled corpus: streamed JSON differs");
    let (whole, streamed) = both_ways(many(), Format::Json);
    let v: serde_json::Value = serde_json::from_slice(&whole).unwrap();
    assert!(v["periods"].as_array().unwrap().len() >= 7, "several years");
    assert!(whole == streamed, "many articles: streamed JSON differs");
}

#[test]
fn streamed_csv_is_the_whole_model_as_csv() {
    let (whole, streamed) = both_ways(many(), Format::Csv);
    assert!(whole.len() > 100_000);
    assert!(whole == streamed, "streamed CSV differs");
}

#[test]
fn batches_keep_articles_in_order_and_people_across_them() {
    let docs = many();
    let ids: Vec<String> = docs.iter().map(|d| d.id.to_string()).collect();
    let corpus = analyse(docs, &Lexicon::bundled());
    let got: Vec<&str> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(got, ids);
    // Named in the first article, quoted only in the last, a thousand articles on.
    let jane = corpus
        .speakers
        .iter()
        .find(|s| s.name == "Jane Austell")
        .expect("Jane Austell speaks in the last article");
    assert_eq!(jane.articles, ["first", "last"]);
    assert_eq!(jane.roles, ["regional director"]);
    let last = corpus.quotes.last().unwrap();
    assert_eq!(last.speaker.as_deref(), Some(jane.id.as_str()));
    assert_eq!(last.id.to_string(), "last#q0");
    // Every paragraph was scored, in every batch.
    let scored = corpus
        .articles
        .iter()
        .filter(|a| a.id.starts_with('n'))
        .all(|a| {
            a.paragraphs[0]
                .theme
                .cues
                .iter()
                .any(|c| c.text == "Whitehall")
        });
    assert!(scored);
}
