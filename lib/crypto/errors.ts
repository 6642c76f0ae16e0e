/** The passphrase is wrong or the data was changed: AES-GCM refused to open it. */
export class WrongKeyError extends Error {
  constructor() {
    super('The passphrase does not open this data.');
    this.name = 'WrongKeyError';
  }
}

/**
 * The passphrase is right (its key-check value matches) but the sealed data no longer opens:
 * it was changed or damaged after it was sealed.
 */
export class ChangedDataError extends Error {
  constructor() {
    super('The passphrase is right, but the sealed data was changed or damaged.');
    this.name = 'ChangedDataError';
  }
}
