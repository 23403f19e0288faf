import { plural, type Catalogue } from '../../catalogue.js';

/** The password field's words in English (the source locale: its keys are the topic’s keys). */
export default {
  'pw.show': 'Show password',
  'pw.generate': 'Generate a strong password',
  'pw.copy': 'Copy password',
  'pw.rules': 'The password needs',
  'pw.met': '{rule}: met',
  'pw.unmet': '{rule}: not met',
  'pw.summary': (p, r) =>
    Number(p.left) === 0
      ? 'The password meets every rule.'
      : plural(Number(p.left), r, { one: '# rule not met yet.', other: '# rules not met yet.' }),
  'pw.generated': 'A strong password was generated and is shown: copy it before you save.',
  'pw.copied': 'Password copied.',
  'pw.copy-failed': 'The password could not be copied: select it and copy it yourself.',
} satisfies Catalogue;
