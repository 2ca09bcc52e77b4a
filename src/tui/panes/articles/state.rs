//! The Articles pane's state and keys. Opening, comparing, explaining and
//! filtering are the app's, shared with other panes: the keys here only say
//! which article they act on.

use super::super::Click;
use crate::present::date_key;
use crate::tui::action::Action;
use crate::tui::app::{list_row, move_selection, App, Explained, FilterList};
use crate::tui::data::Data;
use crate::tui::layout::Focus;

/// The order the Articles list is in (`s` cycles).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArticleSort {
    Date,
    Title,
    Lean,
}

impl ArticleSort {
    /// The order after this one.
    fn next(self) -> ArticleSort {
        match self {
            ArticleSort::Date => ArticleSort::Title,
            ArticleSort::Title => ArticleSort::Lean,
            ArticleSort::Lean => ArticleSort::Date,
        }
    }
}

/// What the Articles list shows and where its selection is.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticlesPane {
    pub sort: ArticleSort,
    /// The articles shown (indexes into the corpus's articles), in order;
    /// those the filter leaves out are not there.
    pub order: Vec<usize>,
    /// The selected row of `order`.
    pub sel: usize,
    /// The words the list is narrowed to (`/` there); empty: all.
    pub filter: String,
}

impl Default for ArticlesPane {
    fn default() -> Self {
        ArticlesPane {
            sort: ArticleSort::Date,
            order: Vec::new(),
            sel: 0,
            filter: String::new(),
        }
    }
}

impl ArticlesPane {
    /// The selected article (an index into the corpus's articles).
    pub fn selected(&self) -> Option<usize> {
        super::super::selected_in(&self.order, self.sel)
    }

    /// Select article `a` if the list shows it; whether it does.
    pub fn select(&mut self, a: usize) -> bool {
        super::super::select_in(&self.order, &mut self.sel, a)
    }

    /// Put `order` in the chosen sort order, keeping the selection on the
    /// same article.
    pub(crate) fn sort_order(&mut self, d: &Data) {
        let keep = self.selected();
        let arts = &d.corpus.articles;
        match self.sort {
            ArticleSort::Date => self
                .order
                .sort_by(|&a, &b| date_key(&arts[a]).cmp(&date_key(&arts[b]))),
            ArticleSort::Title => self.order.sort_by(|&a, &b| {
                arts[a]
                    .title
                    .to_lowercase()
                    .cmp(&arts[b].title.to_lowercase())
            }),
            ArticleSort::Lean => self.order.sort_by(|&a, &b| {
                arts[a]
                    .theme
                    .lean
                    .total_cmp(&arts[b].theme.lean)
                    .then(a.cmp(&b))
            }),
        }
        if let Some(k) = keep {
            self.sel = self.order.iter().position(|&x| x == k).unwrap_or(0);
        }
    }
}

/// What `action` does while the Articles pane has the focus.
pub(super) fn keys(app: &mut App, action: Action) {
    let n = app.articles.order.len();
    let page = app.list_page(Focus::Articles, 2);
    if let Some(sel) = move_selection(app.articles.sel, n, page, action) {
        app.articles.sel = sel;
        // The Reader follows the selection, so browsing the list shows
        // each article; focus stays in the list.
        if let Some(a) = app.articles.selected() {
            app.follow_article(a);
        }
        return;
    }
    let selected = app.articles.selected();
    match action {
        Action::Open => {
            if let Some(a) = selected {
                app.open_article(a);
            }
        }
        Action::Sort => {
            app.articles.sort = app.articles.sort.next();
            app.sort_articles();
        }
        Action::Compare => {
            if let Some(a) = selected {
                app.compare_article(a);
            }
        }
        Action::Explain => {
            if let Some(a) = selected {
                app.explain(Explained::Article(a));
            }
        }
        Action::Search => app.start_filter(FilterList::Articles),
        Action::Back if !app.articles.filter.is_empty() => {
            app.set_filter(FilterList::Articles, String::new());
            app.status = Some("Filter cleared.".into());
        }
        Action::Back => app.clear_marks_or(|_| {}),
        _ => {}
    }
}

/// Whether `action` can do anything in the Articles pane now.
pub(super) fn can_do(app: &App, action: Action) -> bool {
    match action {
        Action::Sort => app.articles.order.len() > 1,
        Action::Open | Action::Compare => !app.articles.order.is_empty(),
        _ => true,
    }
}

/// A click picks the article on the row clicked (two rows an article), or
/// opens it when it was already picked in the focused list.
pub(super) fn click(app: &mut App, c: Click) {
    let Some(i) = list_row(c.area, c.y, 2, app.articles.sel, app.articles.order.len()) else {
        return;
    };
    if c.was_focused && i == app.articles.sel {
        app.apply(Action::Open);
    } else {
        app.articles.sel = i;
    }
}
