import { type Catalogue } from '../../catalogue.js';

/** The provider words in English (the source locale: its keys are the topic’s keys). */
export default {
  'session.loading': 'Loading your portal…',
  'session.ready': 'Signed in as {name}, {company}',
  'session.error': 'Could not load your session. The page may not work as expected.',
} satisfies Catalogue;
