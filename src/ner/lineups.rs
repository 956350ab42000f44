//! A team's line-up as football and rugby reports print it under the story:
//! `Arsenal (4-3-3): Raya; White, Saliba, Gabriel, Calafiori; Odegaard, Rice (Zubimendi 80),
//! Merino; Saka, Havertz, Martinelli.` The players are surnames in a list, each read by the
//! model without a sentence around it (it had `Calafiori` and `Colwill` as GPEs, `Merino` as an
//! ORG), and the formation's figures became CARDINALs (`[4-3] [3]`). Read in
//! [`crate::pipeline`] on the text as written; its mentions replace the recognizers'.

use crate::analysis::Span;

/// One line-up line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lineup {
    /// The team's name before the colon (`Arsenal`).
    pub team: Span,
    /// The formation in brackets (`4-3-3`), which names nothing.
    pub formation: Option<Span>,
    /// Every player, the substitutes in brackets too.
    pub players: Vec<Span>,
    /// The minute a substitute came on (`80` of `Rice (Zubimendi 80)`), which is no count.
    pub minutes: Vec<Span>,
}

/// The fewest players a line-up line names: a team takes the field with eleven, rugby with
/// fifteen; fewer is some other list after a colon.
const MIN_PLAYERS: usize = 10;

/// Every line-up line of `text`.
pub fn lineups(text: &str) -> Vec<Lineup> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in crate::tokenize::lines_inclusive(text) {
        if let Some(l) = lineup(line.trim_end(), at) {
            out.push(l);
        }
        at += line.len();
    }
    out
}

/// The line-up `line` is, with offsets from `base`.
fn lineup(line: &str, base: usize) -> Option<Lineup> {
    // Cheap refusals first: this is asked of every line of every text.
    if line.len() < 40 || !line.starts_with(char::is_uppercase) {
        return None;
    }
    // The colon within the first 60 bytes, then a semicolon after it.
    let head = &line.as_bytes()[..60.min(line.len())];
    let mut colon = 0;
    loop {
        colon = crate::tokenize::find_byte(head, colon, b':')?;
        if head.get(colon + 1) == Some(&b' ') {
            break;
        }
        colon += 1;
    }
    if !line.as_bytes()[colon..].contains(&b';') {
        return None;
    }
    let head = &line[..colon];
    let (team_end, formation) = match head.find(" (") {
        Some(open) => {
            let inner = head[open + 2..].strip_suffix(')')?;
            let ok = inner.split('-').count() >= 3
                && inner
                    .split('-')
                    .all(|d| (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()));
            if !ok {
                return None;
            }
            (
                open,
                Some(Span::new(base + open + 2, base + open + 2 + inner.len())),
            )
        }
        None => (head.len(), None),
    };
    let team = &head[..team_end];
    let team_ok = (1..=4).contains(&team.split(' ').count())
        && team.split(' ').all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                && w.chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '.' | '&' | '\'' | '’' | '-'))
        });
    if !team_ok {
        return None;
    }
    let list = &line[colon + 2..];
    let list_at = colon + 2;
    // The groups between semicolons are the lines of the formation: without a formation in
    // the head, at least three of them.
    if formation.is_none() && list.matches(';').count() < 2 {
        return None;
    }
    let mut players = Vec::new();
    let mut minutes = Vec::new();
    let mut pos = 0;
    for item in list.split([';', ',']) {
        let item_at = list_at + pos;
        pos += item.len() + 1;
        let item_trim = item.trim().trim_end_matches('.');
        if item_trim.is_empty() {
            return None;
        }
        let lead = item.len() - item.trim_start().len();
        // `Rice (Zubimendi 80)`, `Raya (c)`: the player, then what happened to him.
        let (name, rest) = match item_trim.find(" (") {
            Some(open) => (&item_trim[..open], Some((open + 2, &item_trim[open + 2..]))),
            None => (item_trim, None),
        };
        if !player_name(name) {
            return None;
        }
        let start = base + item_at + lead;
        players.push(Span::new(start, start + name.len()));
        if let Some((off, inner)) = rest {
            let inner = inner.strip_suffix(')')?;
            // The substitute's name, before his minute (`Zubimendi 80`, `Timber 70'`).
            let sub = inner
                .split(|c: char| c.is_ascii_digit() || c == ',')
                .next()
                .unwrap_or("")
                .trim_end();
            if player_name(sub) {
                players.push(Span::new(start + off, start + off + sub.len()));
                let minute = inner[sub.len()..].trim_start_matches([' ', ',']);
                if !minute.is_empty() {
                    let at = start + off + inner.len() - minute.len();
                    minutes.push(Span::new(at, at + minute.len()));
                }
            } else if !inner
                .chars()
                .all(|c| c.is_lowercase() || c.is_ascii_digit() || "' ,".contains(c))
            {
                return None;
            }
        }
    }
    (players.len() >= MIN_PLAYERS).then(|| Lineup {
        team: Span::new(base, base + team_end),
        formation,
        players,
        minutes,
    })
}

/// A player as a line-up names him: one to three words, each capitalized (`Raya`, `Ben
/// White`, `Alexander-Arnold`, `N'Golo Kante`), or a particle in lower case before one (`van
/// Dijk`, `de Ligt`).
fn player_name(s: &str) -> bool {
    let words: Vec<&str> = s.split(' ').collect();
    (1..=3).contains(&words.len())
        && words
            .last()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.iter().all(|w| {
            let letters = w
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'));
            letters
                && (w.starts_with(char::is_uppercase)
                    || matches!(
                        *w,
                        "van"
                            | "von"
                            | "de"
                            | "der"
                            | "den"
                            | "da"
                            | "dos"
                            | "di"
                            | "le"
                            | "la"
                            | "el"
                    ))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(String, Option<String>, Vec<String>)> {
        let s = |x: Span| text[x.start..x.end].to_string();
        lineups(text)
            .into_iter()
            .map(|l| {
                (
                    s(l.team),
                    l.formation.map(s),
                    l.players.into_iter().map(s).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn lineup_lines() {
        let text = "Rice settled it.\n\nArsenal (4-3-3): Raya; White, Saliba, Gabriel, Calafiori; \
                    Odegaard, Rice (Zubimendi 80), Merino; Saka, Havertz, Martinelli.\n\
                    Chelsea: Sanchez; James, Fofana (Tosin 46'), Colwill, Cucurella; Caicedo, \
                    Fernandez; Madueke, Palmer, Neto; Jackson.\nReferee: Anthony Taylor.";
        let got = read(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].0, "Arsenal");
        assert_eq!(got[0].1.as_deref(), Some("4-3-3"));
        assert_eq!(got[0].2.len(), 12);
        assert!(got[0].2.contains(&"Zubimendi".to_string()));
        assert_eq!(got[0].2.last().map(String::as_str), Some("Martinelli"));
        assert_eq!(got[1].0, "Chelsea");
        assert_eq!(got[1].1, None);
        assert!(got[1].2.contains(&"Tosin".to_string()));
        assert_eq!(got[1].2.len(), 12);
        let minutes: Vec<&str> = lineups(text)
            .iter()
            .flat_map(|l| l.minutes.iter().map(|m| &text[m.start..m.end]))
            .collect();
        assert_eq!(minutes, ["80", "46'"]);
    }

    #[test]
    fn lists_that_are_no_lineup() {
        for t in [
            // Too few names, a sentence after the colon, a list of places.
            "Arsenal (4-3-3): Raya; White, Saliba.",
            "The plan: raise taxes; cut spending; fund schools, hospitals and roads, officials said.",
            "Visited: Paris, London, Berlin, Rome, Madrid, Lisbon, Vienna, Prague, Warsaw, Oslo.",
            "Chelsea: Sanchez; James, Fofana, Colwill, Cucurella; Caicedo, Fernandez; Madueke, \
             Palmer, Neto; the rest.",
            // Letters of two bytes across byte 60, where the colon is looked for.
            "Aéééééééééééééééééééééééééééééééééééééééééééé: Raya; White; Saliba.",
        ] {
            assert!(lineups(t).is_empty(), "{t}");
        }
    }
}
