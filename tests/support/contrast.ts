/**
 * WCAG 2.x contrast, for checking what the extension draws against AA: 4.5:1 for normal text,
 * 3:1 for large text (≥ 24 px, or ≥ 18.66 px bold). Colours come from getComputedStyle, so
 * only the `rgb()`/`rgba()` forms browsers serialize to are read.
 */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

export function parseColor(css: string): Rgba | null {
  const match =
    /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
      css.trim(),
    );
  if (!match) return null;
  const alpha = match[4];
  const a =
    alpha === undefined
      ? 1
      : alpha.endsWith('%')
        ? Number(alpha.slice(0, -1)) / 100
        : Number(alpha);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a };
}

/** `top` painted over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance({ r, g, b }: Rgba): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** The AA minimum for text of this size and weight. */
export function aaMinimum(fontSizePx: number, fontWeight: number): number {
  return fontSizePx >= 24 || (fontSizePx >= 18.66 && fontWeight >= 700) ? 3 : 4.5;
}

/** One run of text as the browser painted it: its colour and the backgrounds under it, top first. */
export interface PaintedText {
  text: string;
  color: string;
  backgrounds: string[];
  fontSizePx: number;
  fontWeight: number;
  /** The product of the opacities of the text's element and its ancestors; 1 when absent. */
  opacity?: number;
}

export interface ContrastFailure {
  text: string;
  ratio: number;
  minimum: number;
}

/** Texts below AA; backgrounds are composed top-down over white, as an unpainted page is. */
export function contrastFailures(texts: readonly PaintedText[]): ContrastFailure[] {
  const white: Rgba = { r: 255, g: 255, b: 255, a: 1 };
  const failures: ContrastFailure[] = [];
  for (const painted of texts) {
    let background = white;
    for (const css of [...painted.backgrounds].reverse()) {
      const layer = parseColor(css);
      if (layer && layer.a > 0) background = over(layer, background);
    }
    const parsed = parseColor(painted.color);
    if (!parsed) continue;
    // A translucent element fades its text into what is under it.
    const fg = { ...parsed, a: parsed.a * (painted.opacity ?? 1) };
    const ratio = contrastRatio(over(fg, background), background);
    const minimum = aaMinimum(painted.fontSizePx, painted.fontWeight);
    if (ratio < minimum) {
      failures.push({ text: painted.text, ratio: Math.round(ratio * 100) / 100, minimum });
    }
  }
  return failures;
}
