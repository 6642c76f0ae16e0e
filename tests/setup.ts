import 'fake-indexeddb/auto';
import { installFakeI18n } from './fixtures/fake-i18n';

installFakeI18n();
