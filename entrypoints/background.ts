import { defineBackground } from 'wxt/utils/define-background';
import { onInstalled } from '@/lib/background/install';

export default defineBackground(() => {
  onInstalled();
});
