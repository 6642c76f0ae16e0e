import { defineBackground } from 'wxt/utils/define-background';
import { keepDiscreetTitle } from '@/lib/background/discreet';
import { onInstalled } from '@/lib/background/install';

export default defineBackground(() => {
  onInstalled();
  keepDiscreetTitle();
});
