import { useCallback, useEffect, useState } from 'react';
import {
  type DashboardRoute,
  dashboardHash,
  parseDashboardRoute,
} from '../../lib/routes/dashboard-route';

/** The route in the page's hash, followed as it changes (links, back button, `navigate`). */
export function useDashboardRoute(): [DashboardRoute, (route: DashboardRoute) => void] {
  const [route, setRoute] = useState(() => parseDashboardRoute(location.hash));

  useEffect(() => {
    const onChange = () => setRoute(parseDashboardRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);

  const navigate = useCallback((next: DashboardRoute) => {
    const hash = dashboardHash(next);
    if (location.hash !== hash) location.hash = hash;
    setRoute(parseDashboardRoute(hash));
  }, []);

  return [route, navigate];
}
