import { mountPage } from '../../components/mount';
import { SidePanelPage } from '../../components/SidePanelPage';

mountPage(<SidePanelPage />);
