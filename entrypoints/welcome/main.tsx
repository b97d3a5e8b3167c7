import { mountPage } from '../../components/shared/mount';
import { WelcomePage } from '../../components/welcome/WelcomePage';

mountPage(<WelcomePage />);
