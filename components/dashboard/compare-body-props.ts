/**
 * What CompareView hands each comparison table's body: the root, the period and the ones it
 * can switch to, the unit to highlight, and how to pick another period.
 */
export type CompareBodyProps = {
  root: string;
  period: string;
  highlight: string | null;
  periods: string[];
  onPeriod: (periodKey: string) => void;
};
