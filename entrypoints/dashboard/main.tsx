import { DashboardPage } from '../../components/dashboard/DashboardPage';
import { mountPage } from '../../components/shared/mount';

mountPage(<DashboardPage />);
