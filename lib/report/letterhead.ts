import { z } from 'zod';

/**
 * What an official's office puts on every report and the extension cannot know (NĐ 30/2020,
 * Phụ lục I): the issuing body and its parent, the number line, the place, the signer and who
 * receives it. Set once in the settings, used by every .docx; empty fields stay placeholders.
 */
const line = (max: number) => z.string().trim().max(max).optional();

export const letterheadSchema = z.object({
  parentBody: line(200),
  issuingBody: line(200),
  numberLine: line(100),
  place: line(100),
  signerTitle: line(200),
  signerName: line(100),
  recipients: z.array(z.string().trim().min(1).max(200)).max(30).optional(),
});

export type Letterhead = z.infer<typeof letterheadSchema>;

/** What was stored, or nothing when it is not a letterhead (never throws: settings are untrusted). */
export function readLetterhead(value: unknown): Letterhead {
  const parsed = letterheadSchema.safeParse(value ?? {});
  return parsed.success ? withoutEmpty(parsed.data) : {};
}

/** One recipient per line, blank lines and leading dashes dropped ("- Như trên;" → "Như trên;"). */
export function recipientsFromText(text: string): string[] {
  return text
    .split('\n')
    .map((item) => item.replace(/^\s*[-–•]\s*/, '').trim())
    .filter((item) => item !== '');
}

function withoutEmpty(letterhead: Letterhead): Letterhead {
  return Object.fromEntries(
    Object.entries(letterhead).filter(([, value]) =>
      Array.isArray(value) ? value.length > 0 : value !== undefined && value !== '',
    ),
  ) as Letterhead;
}
