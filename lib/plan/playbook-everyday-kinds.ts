import {
  DOCUMENT_FIRST,
  NEW_PASSWORD,
  RECOVERY_INFO,
  SIGN_OUT_SESSIONS,
  SYNC_CHECK,
  TURN_ON_MFA,
} from './shared-steps';
import { step, type StepSpec } from './step-spec';

/** The everyday kinds whose steps live here: a car, work, shopping. */
export type EverydayKind = 'car' | 'work' | 'shopping';

/**
 * A car's, a workplace's and a shop's accounts, in the playbook's order (split from
 * playbook-other-kinds.ts when its sources made it long). See playbook.ts for the rules every
 * list follows.
 */
export const EVERYDAY_KIND_STEPS: Readonly<Record<EverydayKind, readonly StepSpec[]>> = {
  // Connected cars: the app can show location and control locks and alarms:
  // https://techsafety.org/connected-cars-privacy ; a checklist of who can reach the car's
  // accounts (app, dealer, insurer, lender): https://mail.payformygasorkissmyass.com/survivor-safety.html ;
  // a carmaker that would not remove a co-owner named on the loan:
  // https://insidetelecom.com/smart-car-apps-might-be-the-death-of-domestic-violence-victims/ ;
  // a connected phone leaves call logs and texts in the car:
  // https://privacy4cars.com/personal-use/survivor-abuse-guide/
  car: [
    DOCUMENT_FIRST,
    // The car's app can show location and control locks: https://techsafety.org/connected-cars-privacy ;
    // app, dealer, insurer, lender: https://mail.payformygasorkissmyass.com/survivor-safety.html
    step({ id: 'car_look', effects: ['reads-only'], recurring: true }),
    SYNC_CHECK,
    NEW_PASSWORD,
    RECOVERY_INFO,
    SIGN_OUT_SESSIONS,
    TURN_ON_MFA,
    // A carmaker would not remove a co-owner named on the loan:
    // https://insidetelecom.com/smart-car-apps-might-be-the-death-of-domestic-violence-victims/
    step({ id: 'car_remove_users', effects: ['removes-access', 'sends-notice'], recurring: true }),
    // Location and trip history in the car's app: https://techsafety.org/connected-cars-privacy
    step({ id: 'car_location', effects: ['stops-delivery'], recurring: true }),
    // A connected phone leaves call logs and texts in the car:
    // https://privacy4cars.com/personal-use/survivor-abuse-guide/
    step({ id: 'car_phone_data', effects: ['stops-delivery'] }),
  ],
  work: [
    DOCUMENT_FIRST,
    // Telling the employer is a choice; ask for confidentiality: https://www.chicago.gov/city/en/depts/fss/supp_info/domestic_violenceandtheworkplace.html ;
    // an employer can change the employee's email address and phone: https://opdv.ny.gov/professionals/workplace/safety-plan.html
    step({ id: 'work_tell_it', effects: ['asks-for-help'] }),
    SYNC_CHECK,
    NEW_PASSWORD,
    SIGN_OUT_SESSIONS,
    TURN_ON_MFA,
    // Work portals list a person's devices and unlink them:
    // https://docs.vmware.com/en/VMware-Workspace-ONE-Access/3.3/idm_desktop_client/GUID-81494550-49EA-40BB-AA2B-B4C34877E771.html
    step({ id: 'work_personal_devices', effects: ['removes-access'] }),
  ],
  shopping: [
    DOCUMENT_FIRST,
    SYNC_CHECK,
    NEW_PASSWORD,
    SIGN_OUT_SESSIONS,
    TURN_ON_MFA,
    // Amazon keeps every address an order went to, under Your Addresses, each with Delete:
    // https://www.makeuseof.com/tag/clean-amazon-payment-info/
    step({ id: 'shop_addresses', effects: ['stops-delivery'], recurring: true }),
    // Amazon: Your payments > Wallet > Remove: https://pay.amazon.eu/help/201754700
    step({ id: 'shop_payment_cards', effects: ['removes-access'] }),
    // Amazon Household: both adults authorize each other to use all their payment cards:
    // https://www.amazon.co.uk/gp/help/customer/display.html?nodeId=201945470
    step({ id: 'shop_household', effects: ['removes-access', 'stops-delivery'] }),
    // Ring shared users see live view and event history; remove them in Shared Access:
    // https://ring.com/gb/en/support/articles/0l486/Shared-Users-and-Alexa and
    // https://ring.com/au/en/support/articles/hpw10/manage-access-ring-account-devices ; "Only
    // Ring account owners can add, edit or remove Shared Users":
    // https://ring.com/support/articles/clv68/adding-and-managing-shared-and-guest-users
    step({ id: 'shop_devices', effects: ['removes-access'], recurring: true }),
  ],
};
