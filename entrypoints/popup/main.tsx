import { mountPopup } from '@/lib/pages/popup';

void mountPopup('app');
