//! Where each pane goes for a terminal size. Pure, shared by `update`
//! (scrolling, mouse hit-testing) and the renderer, so both agree.

use super::action::Pane;

/// A rectangle of terminal cells (not a terminal type).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Area {
    pub x: u16,
    pub y: u16,
    pub w: u16,
    pub h: u16,
}

impl Area {
    pub const fn new(x: u16, y: u16, w: u16, h: u16) -> Area {
        Area { x, y, w, h }
    }

    /// The area inside a one-cell border.
    pub fn inner(&self) -> Area {
        Area {
            x: self.x + 1.min(self.w),
            y: self.y + 1.min(self.h),
            w: self.w.saturating_sub(2),
            h: self.h.saturating_sub(2),
        }
    }

    pub fn contains(&self, col: u16, row: u16) -> bool {
        col >= self.x && col < self.x + self.w && row >= self.y && row < self.y + self.h
    }

    pub fn is_empty(&self) -> bool {
        self.w == 0 || self.h == 0
    }
}

/// Below this width only one pane shows at a time.
pub const ONE_PANE_BELOW: u16 = 60;
/// From this width all three panes show.
pub const THREE_PANES_FROM: u16 = 110;

/// The areas of one frame. Panes that are hidden are empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Viewport {
    pub size: Area,
    /// Everything but the status line: where full-screen views go.
    pub main: Area,
    pub list: Area,
    pub body: Area,
    pub sidebar: Area,
    pub status: Area,
    /// The finder and help popups.
    pub popup: Area,
}

impl Viewport {
    pub fn pane(&self, pane: Pane) -> Area {
        match pane {
            Pane::List => self.list,
            Pane::Body => self.body,
            Pane::Sidebar => self.sidebar,
        }
    }

    /// Rows and columns of text inside the article body (border and the
    /// two-column gutter taken off).
    pub fn body_text(&self) -> Area {
        let i = self.body.inner();
        Area {
            x: i.x + 2.min(i.w),
            w: i.w.saturating_sub(2),
            ..i
        }
    }
}

fn clamp(v: u16, lo: u16, hi: u16) -> u16 {
    v.max(lo).min(hi)
}

/// Widths of the list and the sidebar, in percent of the terminal width
/// with three panes (a little more with two). The column limits scale
/// with them, so the defaults give the classic layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PaneWidths {
    pub list: u16,
    pub sidebar: u16,
}

impl Default for PaneWidths {
    fn default() -> Self {
        PaneWidths {
            list: 30,
            sidebar: 22,
        }
    }
}

/// The layout of the reader screen for a terminal of `w` x `h`, with
/// `focus` deciding which panes show when not all fit.
pub fn compute(w: u16, h: u16, focus: Pane) -> Viewport {
    compute_with(w, h, focus, PaneWidths::default())
}

/// [`compute`] with the user's pane widths.
pub fn compute_with(w: u16, h: u16, focus: Pane, widths: PaneWidths) -> Viewport {
    let size = Area::new(0, 0, w, h);
    let main = Area::new(0, 0, w, h.saturating_sub(1));
    let status = Area::new(0, h.saturating_sub(1), w, 1.min(h));
    let mh = main.h;
    let (lp, sp) = (widths.list as u32, widths.sidebar as u32);
    // `base * percent / default percent`, in columns.
    let scale = |base: u32, p: u32, def: u32| (base * p / def).min(u16::MAX as u32) as u16;
    let pct = |p: u32| (w as u32 * p / 100) as u16;
    let (list_w, sidebar_w) = if w >= THREE_PANES_FROM {
        // The body keeps at least 30 columns whatever the config asks.
        let list_w = clamp(pct(lp), 28, scale(46, lp, 30)).min(w / 2);
        let sidebar_w = clamp(pct(sp), 24, scale(36, sp, 22)).min(w.saturating_sub(list_w + 30));
        (list_w, sidebar_w)
    } else if w >= ONE_PANE_BELOW {
        match focus {
            Pane::Sidebar => (
                0,
                clamp(pct(sp + 13), 24, scale(34, sp, 22)).min(w.saturating_sub(30)),
            ),
            _ => (
                clamp(pct(lp + 5), 22, scale(38, lp, 30)).min(w.saturating_sub(30)),
                0,
            ),
        }
    } else {
        match focus {
            Pane::List => (w, 0),
            Pane::Body => (0, 0),
            Pane::Sidebar => (0, w),
        }
    };
    let body_w = w.saturating_sub(list_w + sidebar_w);
    let list = Area::new(0, 0, list_w, if list_w > 0 { mh } else { 0 });
    let body = Area::new(list_w, 0, body_w, if body_w > 0 { mh } else { 0 });
    let sidebar = Area::new(
        list_w + body_w,
        0,
        sidebar_w,
        if sidebar_w > 0 { mh } else { 0 },
    );
    let pw = w.saturating_sub(4).min(100);
    let ph = mh.saturating_sub(2).min(30);
    let popup = Area::new((w - pw) / 2, (mh - ph) / 2, pw, ph);
    Viewport {
        size,
        main,
        list,
        body,
        sidebar,
        status,
        popup,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panes_collapse_as_the_terminal_narrows() {
        let v = compute(140, 40, Pane::List);
        assert!(!v.list.is_empty() && !v.body.is_empty() && !v.sidebar.is_empty());
        assert_eq!(v.list.w + v.body.w + v.sidebar.w, 140);
        let v = compute(80, 24, Pane::List);
        assert!(v.sidebar.is_empty() && !v.list.is_empty());
        let v = compute(80, 24, Pane::Sidebar);
        assert!(v.list.is_empty() && !v.sidebar.is_empty());
        let v = compute(50, 20, Pane::Body);
        assert_eq!(v.body.w, 50);
        assert!(v.list.is_empty() && v.sidebar.is_empty());
    }

    #[test]
    fn widths_follow_the_config() {
        let wide = PaneWidths {
            list: 45,
            sidebar: 15,
        };
        let v = compute_with(200, 40, Pane::List, wide);
        assert_eq!(v.list.w, 69);
        assert_eq!(v.sidebar.w, 24);
        assert_eq!(v.list.w + v.body.w + v.sidebar.w, 200);
        for w in [60, 80, 109, 110, 140, 300] {
            for p in Pane::ALL {
                assert_eq!(
                    compute(w, 30, p),
                    compute_with(w, 30, p, PaneWidths::default())
                );
            }
        }
    }

    #[test]
    fn the_body_keeps_room_with_wide_panes() {
        let max = PaneWidths {
            list: 60,
            sidebar: 60,
        };
        for w in 60..300 {
            for p in Pane::ALL {
                let v = compute_with(w, 30, p, max);
                assert_eq!(v.list.w + v.body.w + v.sidebar.w, w);
                assert!(v.body.w >= 30 || w < 60, "{w} {p:?}: {v:?}");
            }
        }
    }

    #[test]
    fn tiny_sizes_do_not_underflow() {
        for w in 0..8 {
            for h in 0..4 {
                for p in Pane::ALL {
                    let _ = compute(w, h, p);
                }
            }
        }
    }
}
