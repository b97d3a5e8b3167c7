import { z } from 'zod';
import type { ViewAnnotations } from '../annotator/annotations';

/**
 * Messages the background sends to the bridge in a portal tab. The bridge runs on every
 * portal page and carries no zod: it checks them with `read-to-tab.ts`, which a test holds
 * to exactly what these schemas accept.
 */

/** Capture-all asks the tab to POST one reporting call from the page's own origin. */
export const MAX_ENDPOINT_CHARS = 200;
export const MAX_BODY_CHARS = 64 * 1024;

export const portalFetchSchema = z.object({
  type: z.literal('portal:fetch'),
  /** The portal adapter's endpoint; the bridge builds the URL on its own page's origin. */
  endpoint: z.string().max(MAX_ENDPOINT_CHARS),
  body: z.string().max(MAX_BODY_CHARS),
});

/** Opens or closes the in-page drawer where the browser has no side panel. */
export const drawerToggleSchema = z.object({ type: z.literal('drawer:toggle') });

/**
 * The annotations of the view a capture of this tab shows, worked out while the capture is
 * written, sent ahead of the reply so the badges follow the answer at once (#11). `ticket`
 * names the capture as the bridge numbered it. From this extension's own background only
 * (checked by sender id), so the annotations are taken as they come.
 */
export const annotationsSchema = z.object({
  type: z.literal('event:annotations'),
  ticket: z.number().int().nonnegative(),
  annotations: z.custom<ViewAnnotations | null>(
    (value) => value === null || (typeof value === 'object' && !Array.isArray(value)),
  ),
});

export const toTabSchema = z.discriminatedUnion('type', [
  portalFetchSchema,
  drawerToggleSchema,
  annotationsSchema,
]);

export type PortalFetchRequest = z.infer<typeof portalFetchSchema>;
export type ToTabMessage = z.infer<typeof toTabSchema>;

/** What the bridge answers to `portal:fetch`. */
export const portalFetchReplySchema = z.union([
  z.object({
    ok: z.literal(true),
    status: z.number(),
    contentType: z.string().nullable(),
    responseText: z.string(),
    observedAt: z.string(),
  }),
  z.object({ ok: z.literal(false), error: z.string(), timeout: z.boolean() }),
]);
export type PortalFetchReply = z.infer<typeof portalFetchReplySchema>;
