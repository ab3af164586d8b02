/**
 * Reads the feed's `forms` (forms-schema.ts) for the widgets that hold a form: the sign-up's
 * feed reader and the feedback card. A module of its own, like the schemas, so a bundle carries it
 * only with a form: `readFeedSections({ forms: formsSection })`.
 */
import { isJsonObject } from './json-object.js';
import { OptionSchema } from './feed-schema.js';
import { FormsSchema, SignupQuestionSchema, type Forms } from './forms-schema.js';
import { validateItem, validateList, type FeedSection } from './validate.js';

export const formsSection: FeedSection<Forms> = (raw, _refs, out) => {
  if (raw === undefined) return {};
  if (!isJsonObject(raw)) {
    out.push({ at: 'forms', notObject: raw, action: 'dropped' });
    return {};
  }
  // The option lists are validated item by item, like every other list.
  const input: Record<string, unknown> = { ...raw };
  let optionLists: Record<string, unknown> | undefined;
  if (isJsonObject(raw.signup)) {
    const { heardAboutOptions, interests, questions, ...signup } = raw.signup;
    input.signup = signup;
    optionLists = { heardAboutOptions, interests, questions };
  }
  const forms = validateItem(FormsSchema, input, 'forms', undefined, out) ?? {};
  if (forms.signup && optionLists) {
    const base = 'forms.signup';
    forms.signup.heardAboutOptions = validateList(optionLists.heardAboutOptions, `${base}.heardAboutOptions`, OptionSchema, out);
    forms.signup.interests = validateList(optionLists.interests, `${base}.interests`, OptionSchema, out);
    forms.signup.questions = validateList(optionLists.questions, `${base}.questions`, SignupQuestionSchema, out);
  }
  return forms;
};
