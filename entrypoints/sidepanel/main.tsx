import { mountPage } from '../../components/shared/mount';
import { SidePanelPage } from '../../components/sidepanel/SidePanelPage';
import { relayEscapeToDrawer } from '../../lib/bridge/drawer';
import { PORTAL_ORIGIN } from '../../lib/portal/site';

mountPage(<SidePanelPage />);
relayEscapeToDrawer(window, PORTAL_ORIGIN);
