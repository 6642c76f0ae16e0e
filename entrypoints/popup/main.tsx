import base from '@/components/styles/base.css?inline';
import page from '@/components/styles/popup.css?inline';
import { injectStyles } from '@/lib/pages/inject-styles';
import { mountPopup } from '@/lib/pages/popup';

injectStyles(base, page);
void mountPopup('app');
