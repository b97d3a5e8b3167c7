import type { BadgeModel } from '../lib/annotator/badge-text';

/** A badge's parts as text with a tone class: symbol and words, never colour alone. */
export function BadgeParts({ model, testId }: { model: BadgeModel; testId?: string }) {
  return (
    <span className="badge-parts" title={model.title} aria-label={model.label} data-testid={testId}>
      {model.parts.map((part) => (
        <span key={part.text} className={`tone-${part.tone}`}>
          {part.text}
        </span>
      ))}
    </span>
  );
}
