/**
 * How a badge looks, and how it stays out of the portal's layout.
 *
 * The host is an empty inline box of zero size (no width, font-size 0, line-height 0) right
 * after the value's text: it adds no width to a column, no height to a line, and, being an
 * empty inline, does not turn the text's trailing space into a visible one. It is the
 * positioned ancestor of the badge, which is absolutely positioned from it into free space
 * beside the value (see placement.ts). Out of flow, the badge cannot move portal content, and
 * it still scrolls and clips with the cell it belongs to.
 *
 * `all: initial` cuts every inherited portal style (fonts, colours, text-transform,
 * letter-spacing). Colours are dark on light tints, ≥ 4.5:1 (WCAG AA) for small text.
 */
export const BADGE_FONT = "600 11px system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
/** Line height of the badge; the placement centres this on the value's line. */
export const BADGE_HEIGHT = 13;
/** Horizontal padding of each part, and the gap between parts. */
export const PART_PADDING = 3;
export const PART_GAP = 3;

export const BADGE_CSS = `
:host {
  all: initial;
  display: inline;
  position: relative;
  font-size: 0;
  line-height: 0;
  white-space: nowrap;
}
.b {
  all: initial;
  position: absolute;
  display: block;
  font: ${BADGE_FONT};
  line-height: ${BADGE_HEIGHT}px;
  white-space: nowrap;
  cursor: help;
}
:host(:focus) {
  outline: none;
}
:host(:focus-visible) .b {
  outline: 2px solid #1d4ed8;
  outline-offset: 1px;
  border-radius: 3px;
}
.p {
  all: initial;
  display: inline-block;
  font: inherit;
  line-height: inherit;
  padding: 0 ${PART_PADDING}px;
  border-radius: 3px;
  white-space: nowrap;
}
.p + :host(:focus) {
  outline: none;
}
:host(:focus-visible) .b {
  outline: 2px solid #1d4ed8;
  outline-offset: 1px;
  border-radius: 3px;
}
.p {
  margin-left: ${PART_GAP}px;
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
 * Set on the host itself through CSSOM: rules from the page (`td span { display: block }`)
 * beat `:host`, but not the element's own style, and CSSOM writes are not blocked by a page's
 * CSP.
 */
export const HOST_STYLE =
  'all: initial; display: inline; position: relative; font-size: 0; line-height: 0; ' +
  'white-space: nowrap;';
