import type { FormStrings } from '../../i18n/translation.js';
import { plural } from '../../i18n/plural.js';

/** British English every form widget shares (GOV.UK Design System wording). */
export const formsEnGB: FormStrings = {
  formOptional: '(optional)',
  formErrorSummaryTitle: 'There is a problem',
  formErrorPrefix: 'Error:',
  formSelectAll: 'Select all that apply.',
  formOr: 'or',
  formCharactersLeft: (n, formatted) => `You have ${formatted} ${plural('en-GB', n, { one: 'character', other: 'characters' })} remaining`,
  formCharactersOver: (n, formatted) => `You have ${formatted} ${plural('en-GB', n, { one: 'character', other: 'characters' })} too many`,
  formTooLong: (label, formatted) => `${label} must be ${formatted} characters or fewer`,
  formSending: 'Sending…',
  formWaitingTitle: 'Not sent yet: we’ll try again',
  formWaitingOffline: 'You seem to be offline. Your answers will be sent when you are back online.',
  formWaitingRetry: 'We could not reach the place your answers go to. We will keep trying.',
  formWaitingKept: 'They are saved on this device: you can close this page, and they will be sent the next time you open it.',
  formWaitingKeepOpen: 'This device cannot save them, so keep this page open until they are sent.',
  formTryNow: 'Try sending now',
  formSent: 'Sent',
  formRefusedTitle: 'Your answers could not be sent',
  formRefused: 'Your answers are still here. Please try again later, or get in touch with us another way.',
  formRejected: 'Something in your answers could not be accepted. Check them and try again.',
  formNotConfiguredTitle: 'This form cannot send answers yet',
  formNotConfigured:
    'It has not been set up to send them. Anything you type is kept on this device, but please get in touch with us another way for now.',
  formHoneypot: 'Leave this box empty',
};
