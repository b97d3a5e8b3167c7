/**
 * A legend's sample: a line in its colour and pattern with its point (hollow for
 * provisional), a line alone (`line`), or a bar (`bar`).
 */
export function LegendSwatch({
  stroke,
  dash,
  hollow,
  line,
  bar,
}: {
  stroke: string;
  dash: readonly number[];
  hollow?: boolean;
  line?: boolean;
  bar?: boolean;
}) {
  if (bar) {
    return (
      <svg width="14" height="14" aria-hidden="true" className="swatch">
        <rect x="3" y="1" width="8" height="13" fill={stroke} />
      </svg>
    );
  }
  return (
    <svg width="44" height="14" aria-hidden="true" className="swatch">
      <line
        x1="2"
        y1="7"
        x2="42"
        y2="7"
        stroke={stroke}
        strokeOpacity={hollow ? 0.6 : 1}
        strokeWidth={hollow || line ? 1.5 : 2.5}
        strokeDasharray={dash.length ? dash.join(' ') : undefined}
      />
      {!line && (
        <circle
          cx="22"
          cy="7"
          r="4"
          stroke={stroke}
          strokeWidth="2"
          fill={hollow ? '#ffffff' : stroke}
        />
      )}
    </svg>
  );
}
