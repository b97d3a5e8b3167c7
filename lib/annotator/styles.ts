/**
 * The badge's stylesheet, scoped by its shadow root. `all: initial` cuts every inherited portal
 * style (fonts, colours, text-transform, letter-spacing), and the fixed 11/13 px type keeps the
 * badge shorter than a table line so it can add width after a score but never height to a row.
 * Colours are dark on light tints, ≥ 4.5:1 (WCAG AA) for small text.
 */
export const BADGE_CSS = `
:host {
  all: initial;
  display: inline-block;
  vertical-align: middle;
  margin: 0 0 0 4px;
  font-size: 11px;
  line-height: 13px;
  white-space: nowrap;
}
.b {
  all: initial;
  display: inline-block;
  font: 600 11px/13px system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif;
  white-space: nowrap;
  cursor: help;
}
.p {
  all: initial;
  display: inline-block;
  font: inherit;
  padding: 0 3px;
  border-radius: 3px;
  white-space: nowrap;
}
.p + .p {
  margin-left: 3px;
}
.good {
  color: #0a6b2d;
  background: #e3f3e8;
}
.bad {
  color: #a1141b;
  background: #fcebea;
}
.neutral {
  color: #374151;
  background: #eceff3;
}
`;

/**
 * Set on the host itself through CSSOM: rules from the page (`td span { float: right }`) beat
 * `:host`, but not the element's own style, and CSSOM writes are not blocked by a page's CSP.
 */
export const HOST_STYLE =
  'all: initial; display: inline-block; vertical-align: middle; margin: 0 0 0 4px; ' +
  'font-size: 11px; line-height: 13px; white-space: nowrap;';
