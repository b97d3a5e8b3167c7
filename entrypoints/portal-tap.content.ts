import { defineContentScript } from 'wxt/utils/define-content-script';
import { TAP_SOURCE, TAP_VERSION, type TapEnvelope } from '../lib/capture/observed-call';
import { PORTAL_MATCHES } from '../lib/portal/site';
import { installTap } from '../lib/tap/install-tap';

// MAIN world at document_start: the only place that sees the portal's first API calls.
export default defineContentScript({
  matches: PORTAL_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: false,
  main() {
    installTap(window, (call) => {
      // Own origin only: nothing the tap saw is ever posted to another origin.
      window.postMessage(
        { source: TAP_SOURCE, version: TAP_VERSION, call } satisfies TapEnvelope,
        window.location.origin,
      );
    });
  },
});
