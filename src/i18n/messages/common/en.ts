import { type Catalogue } from '../../catalogue.js';
import glossary from '../../glossary/en.js';
import { termMessages } from '../../glossary.js';

/** The common words in English (the source locale: its keys are the topic’s keys). */
export default {
  ...termMessages('status', glossary.status),

  'toast.close': 'Dismiss message',
  'field.required': 'Required',
  'field.optional': 'optional',
} satisfies Catalogue;
