/** The passphrase is wrong or the data was changed: AES-GCM refused to open it. */
export class WrongKeyError extends Error {
  constructor() {
    super('The passphrase does not open this data.');
    this.name = 'WrongKeyError';
  }
}
