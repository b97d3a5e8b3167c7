import { mountPage } from '../../components/mount';
import { PopupPage } from '../../components/PopupPage';

mountPage(<PopupPage />);
