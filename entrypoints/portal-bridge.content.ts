import { defineContentScript } from 'wxt/utils/define-content-script';
import { startBridge } from '../lib/bridge/start-bridge';
import { PORTAL_MATCHES } from '../lib/portal/site';

// Isolated world, listening from document_start so no tap message posted early is missed.
export default defineContentScript({
  matches: PORTAL_MATCHES,
  runAt: 'document_start',
  main: startBridge,
});
