import base from '@/components/styles/base.css?inline';
import page from '@/components/styles/dashboard.css?inline';
import site from '@/components/styles/site-status.css?inline';
import { injectStyles } from '@/lib/pages/inject-styles';
import { mountDashboard } from '@/lib/pages/dashboard';

injectStyles(base, page, site);
void mountDashboard('app');
