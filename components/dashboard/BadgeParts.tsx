import type { BadgeModel } from '../../lib/annotator/badge-text';

/**
 * A badge's parts as text with a tone class: symbol and words, never colour alone. Screen
 * readers get the full sentence instead of the symbols.
 */
export function BadgeParts({ model, testId }: { model: BadgeModel; testId?: string }) {
  return (
    <span className="badge-parts" title={model.title} data-testid={testId}>
      <span className="visually-hidden">{model.label}</span>
      {model.parts.map((part) => (
        <span key={part.text} className={`tone-${part.tone}`} aria-hidden="true">
          {part.text}
        </span>
      ))}
    </span>
  );
}
