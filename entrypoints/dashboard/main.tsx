import { DashboardPage } from '../../components/DashboardPage';
import { mountPage } from '../../components/mount';

mountPage(<DashboardPage />);
