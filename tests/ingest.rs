//! Reading the real corpora through the command line.

mod common;
use common::{check_spans, export, shared};

#[test]
fn seed_dump_gives_two_articles_with_their_headers_as_fields() {
    let path = shared().join("corpus/seed/two-articles.txt");
    let json = export(&[path.as_os_str()]);
    let arts = json["articles"].as_array().unwrap();
    assert_eq!(arts.len(), 2);
    let titles: Vec<&str> = arts.iter().map(|a| a["title"].as_str().unwrap()).collect();
    assert_eq!(
        titles,
        [
            "Europeans Expect Iranian Missiles to Arrive in Russia Soon",
            "Russia’s Top Diplomat Praises Trump’s Views on Ukraine Conflict"
        ]
    );
    assert_eq!(arts[0]["credit"], "AFP");
    assert_eq!(arts[1]["credit"], "AP");
    assert_eq!(arts[0]["date"], "2024-08-05");
    assert_eq!(arts[1]["date"], "2025-01-14");
    assert!(
        arts[0]["caption"]
            .as_str()
            .unwrap()
            .starts_with("Russian Security Council's Secretary Sergei Shoigu")
    );
    assert!(
        arts[1]["caption"]
            .as_str()
            .unwrap()
            .starts_with("Russian Foreign Minister Sergei Lavrov smiles")
    );
    let first_para =
        |a: &serde_json::Value| a["paragraphs"][0]["text"].as_str().unwrap().to_owned();
    assert!(first_para(&arts[0]).starts_with("European officials anticipate"));
    assert!(first_para(&arts[1]).starts_with("Russia’s top diplomat said Tuesday"));
    for a in arts {
        for p in a["paragraphs"].as_array().unwrap() {
            let text = p["text"].as_str().unwrap();
            assert_ne!(
                text,
                a["title"].as_str().unwrap(),
                "headline inside the body"
            );
            assert!(
                !text.contains(a["caption"].as_str().unwrap()),
                "caption inside the body"
            );
            assert_ne!(text, "TT", "source line inside the body");
        }
    }
    // The last paragraph of the second article is its last line.
    let last = arts[1]["paragraphs"].as_array().unwrap().last().unwrap()["text"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(last.starts_with("\"For a start, it's necessary to listen to the Greenlanders,\""));
    assert!(check_spans(&json) > 30);
}

#[test]
fn polnear_train_gives_840_articles_titled_by_first_lines() {
    let dir = shared().join("corpus/polnear-train/text");
    let json = export(&[dir.as_os_str()]);
    let arts = json["articles"].as_array().unwrap();
    assert_eq!(arts.len(), 840);
    for a in arts {
        let text = std::fs::read_to_string(a["path"].as_str().unwrap()).unwrap();
        let first_line = text.lines().next().unwrap().trim();
        assert_eq!(a["title"].as_str().unwrap(), first_line);
        assert!(a["date"].is_string(), "file names carry dates");
    }
    // In name order, as a folder is read.
    let paths: Vec<&str> = arts.iter().map(|a| a["path"].as_str().unwrap()).collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
    assert!(check_spans(&json) > 840 * 5);
}

#[test]
fn every_span_of_polnear_dev_points_into_its_file() {
    let dir = shared().join("corpus/polnear-dev/text");
    let json = export(&[dir.as_os_str()]);
    assert_eq!(json["articles"].as_array().unwrap().len(), 84);
    assert!(check_spans(&json) > 84 * 5);
}
