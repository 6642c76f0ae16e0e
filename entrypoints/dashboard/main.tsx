import { mountDashboard } from '@/lib/pages/dashboard';

void mountDashboard('app');
