import { expect } from '@open-wc/testing';
import { demoMessages } from '../../demo/messages.js';

/**
 * The acts of each page, as its intro would promise them in the imperative ("add SaaS users, change
 * their passwords"): whether a person may take one depends on their role, and a system user may take
 * none of them — so no intro names one (issue 8, defect 10).
 */
const actVerbs: Record<keyof typeof demoMessages, RegExp> = {
  en: /\b(add|edit|change|remove|suspend|delete|import|resend|revoke|confirm|ask for)\b/iu,
  'pt-BR':
    /(?<![\p{L}])(adicione|edite|altere|remova|suspenda|exclua|importe|reenvie|revogue|confirme|peça)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(agregue|edite|cambie|elimine|suspenda|importe|reenvíe|revoque|confirme|solicite)(?![\p{L}])/iu,
};

describe('demo — the page intros', () => {
  for (const [locale, words] of Object.entries(demoMessages)) {
    it(`promise no act a person's role may not allow (${locale})`, () => {
      const leads = Object.entries(words).filter(([key]) => /^page\.[\w-]+\.lead$/.test(key));
      expect(leads.length).to.be.at.least(5);
      const promising = leads
        .filter(
          ([, text]) =>
            typeof text !== 'string' || actVerbs[locale as keyof typeof demoMessages].test(text),
        )
        .map(([key]) => key);
      expect(promising).to.deep.equal([]);
    });
  }
});
