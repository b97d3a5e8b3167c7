import { PopupPage } from '../../components/popup/PopupPage';
import { mountPage } from '../../components/shared/mount';

mountPage(<PopupPage />);
