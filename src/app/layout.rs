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

/// The layout of the reader screen for a terminal of `w` x `h`, with
/// `focus` deciding which panes show when not all fit.
pub fn compute(w: u16, h: u16, focus: Pane) -> Viewport {
    let size = Area::new(0, 0, w, h);
    let main = Area::new(0, 0, w, h.saturating_sub(1));
    let status = Area::new(0, h.saturating_sub(1), w, 1.min(h));
    let mh = main.h;
    let (list_w, sidebar_w) = if w >= THREE_PANES_FROM {
        (clamp(w * 3 / 10, 28, 46), clamp(w * 22 / 100, 24, 36))
    } else if w >= ONE_PANE_BELOW {
        match focus {
            Pane::Sidebar => (0, clamp(w * 35 / 100, 24, 34)),
            _ => (clamp(w * 35 / 100, 22, 38), 0),
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
