import { mountPage } from '../../components/mount';
import { SidePanelPage } from '../../components/SidePanelPage';
import { relayEscapeToDrawer } from '../../lib/bridge/drawer';
import { PORTAL_ORIGIN } from '../../lib/messaging/sender-policy';

mountPage(<SidePanelPage />);
relayEscapeToDrawer(window, PORTAL_ORIGIN);
