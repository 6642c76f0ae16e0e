import { defineBackground } from 'wxt/utils/define-background';
import { keepCheckUpReminder } from '@/lib/background/checkups';
import { keepDiscreetTitle } from '@/lib/background/discreet';
import { onInstalled } from '@/lib/background/install';
import { sweepLockstepHistory } from '@/lib/background/history-sweep';
import { answerPageRequests } from '@/lib/background/page-requests';
import { keepPermissionsHeld } from '@/lib/background/permissions';
import { lockWithTheScreen } from '@/lib/background/screen-lock';
import { relayBetweenPages } from '@/lib/browser/page-relay';

export default defineBackground(() => {
  onInstalled();
  keepDiscreetTitle();
  answerPageRequests();
  relayBetweenPages();
  keepCheckUpReminder();
  keepPermissionsHeld();
  lockWithTheScreen();
  sweepLockstepHistory();
});
