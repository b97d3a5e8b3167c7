import { z } from 'zod';
import type { Locale } from '../format/vietnamese';
import { coded } from '../i18n/coded-message';
import { translate } from '../i18n/strings';
import { isKnownCriterion } from '../model/criteria';
import { describeIssues, duplicateIndexes, rangeError, typeError } from './issues';
import type { TargetProfile } from './targets';

/*
 * The file officials exchange to share target profiles between machines. It describes
 * targets only: whether a profile is built in is the extension's business, so the flag is
 * neither written nor read.
 */

export const PROFILES_FILE_FORMAT = 'chiso766-target-profiles';
const MAX_FILE_CHARS = 1_000_000;

const percentRange = rangeError('fieldTargetMin', 0, 100);
const yearRange = rangeError('fieldYear', 2020, 2100);

export const targetRuleSchema = z.object({
  criterion: z
    .string({ error: typeError('fieldCriterionCode', 'typeText') })
    .refine(isKnownCriterion, {
      error: (issue) => coded('valUnknownCriterion', { value: String(issue.input) }),
    }),
  min: z
    .number({ error: typeError('fieldTargetMin', 'typeNumber') })
    .min(0, { error: percentRange })
    .max(100, { error: percentRange }),
  note: z
    .string({ error: typeError('fieldNote', 'typeText') })
    .max(1000, coded('valTooLong', { field: 'fieldNote', max: 1000 }))
    .default(''),
});

export const profileSchema = z.object({
  id: z
    .string({ error: typeError('fieldProfileId', 'typeText') })
    .trim()
    .min(1, coded('valEmpty', { field: 'fieldProfileId' }))
    .max(100, coded('valTooLong', { field: 'fieldProfileId', max: 100 })),
  name: z
    .string({ error: typeError('fieldProfileName', 'typeText') })
    .trim()
    .min(1, coded('valEmpty', { field: 'fieldProfileName' }))
    .max(200, coded('valTooLong', { field: 'fieldProfileName', max: 200 })),
  years: z
    .array(
      z
        .number({ error: typeError('fieldYear', 'typeNumber') })
        .int(coded('valInteger', { field: 'fieldYear' }))
        .min(2020, { error: yearRange })
        .max(2100, { error: yearRange }),
      { error: typeError('fieldYears', 'typeList') },
    )
    .min(1, coded('valAtLeastOne', { field: 'fieldYear' }))
    .superRefine((years, ctx) => {
      for (const i of duplicateIndexes(years)) {
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: coded('valDuplicateYear', { value: String(years[i]) }),
        });
      }
    }),
  rules: z
    .array(targetRuleSchema, { error: typeError('fieldRules', 'typeList') })
    .superRefine((rules, ctx) => {
      for (const i of duplicateIndexes(rules.map((r) => r.criterion))) {
        const message = coded('valDuplicateRule', { value: rules[i]?.criterion ?? '' });
        ctx.addIssue({ code: 'custom', path: [i, 'criterion'], message });
      }
    }),
  source: z
    .string({ error: typeError('fieldSource', 'typeText') })
    .max(2000, coded('valTooLong', { field: 'fieldSource', max: 2000 }))
    .default(''),
});

export const profilesFileSchema = z.object(
  {
    format: z.literal(PROFILES_FILE_FORMAT, {
      error: coded('valNotProfilesFile', { format: PROFILES_FILE_FORMAT }),
    }),
    version: z.literal(1, {
      error: (issue) =>
        issue.input === undefined
          ? coded('valNoVersion')
          : coded('valVersion', { value: String(issue.input) }),
    }),
    profiles: z
      .array(profileSchema, { error: typeError('fieldProfiles', 'typeList') })
      .superRefine((profiles, ctx) => {
        for (const i of duplicateIndexes(profiles.map((p) => p.id))) {
          const message = coded('valDuplicate', {
            field: 'fieldProfileId',
            value: profiles[i]?.id ?? '',
          });
          ctx.addIssue({ code: 'custom', path: [i, 'id'], message });
        }
      }),
  },
  { error: coded('valNotObject') },
);

export type ProfilesFileResult =
  | { ok: true; profiles: TargetProfile[] }
  | { ok: false; error: string };

/**
 * Never throws: whatever the file holds, the official gets a sentence naming the field, in
 * the UI language.
 */
export function parseProfilesFile(text: string, locale: Locale = 'vi'): ProfilesFileResult {
  const failure = (detail: string) => ({
    ok: false as const,
    error: translate(locale, 'valProfilesFile', { detail }),
  });
  if (typeof text !== 'string' || text.trim() === '') {
    return failure(translate(locale, 'valFileEmpty'));
  }
  if (text.length > MAX_FILE_CHARS) {
    return failure(translate(locale, 'valFileTooBig', { max: MAX_FILE_CHARS }));
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failure(translate(locale, 'valFileNotJson', { detail }));
  }
  const parsed = profilesFileSchema.safeParse(data);
  if (!parsed.success) return failure(describeIssues(parsed.error, locale));
  return { ok: true, profiles: parsed.data.profiles };
}

export function serializeProfiles(profiles: readonly TargetProfile[]): string {
  const file = {
    format: PROFILES_FILE_FORMAT,
    version: 1,
    profiles: profiles.map(({ id, name, years, rules, source }) => ({
      id,
      name,
      years,
      rules,
      source,
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
