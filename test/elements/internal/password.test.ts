import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import {
  checkPassword,
  defaultPasswordPolicy,
  nistPasswordPolicy,
  passwordRules,
  type PasswordPolicy,
} from '../../../src/core/validation/password.js';
import {
  PasswordFieldController,
  passwordStyles,
  renderPasswordField,
} from '../../../src/elements/internal/password.js';
import { controls, tokens } from '../../../src/elements/internal/styles.js';
import { catalogue } from '../../../src/i18n/catalogue.js';
import { Explainer } from '../../../src/i18n/explain.js';
import { LocaleController } from '../../../src/i18n/locale-controller.js';
import { errorMessages } from '../../../src/i18n/messages/errors.js';
import { passwordMessages } from '../../../src/i18n/messages/password.js';
import { permissionMessages } from '../../../src/i18n/messages/permissions.js';
import { validationMessages } from '../../../src/i18n/messages/validation.js';
import { $, $$, button, settle } from '../../helpers/dom.js';

const words = catalogue(errorMessages, validationMessages, permissionMessages, passwordMessages);
const copied: string[] = [];

class PasswordProbe extends LitElement {
  static override styles = [tokens, controls, passwordStyles];
  static override properties = { policy: { attribute: false } };
  policy: PasswordPolicy = defaultPasswordPolicy;
  readonly t = new LocaleController(this, words);
  readonly explain = new Explainer(this.t);
  /** A seeded source: the same bytes each run. */
  readonly password = new PasswordFieldController(this, {
    random: (bytes) => {
      for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 37 + copied.length * 11 + 5) % 256;
      return bytes;
    },
    copy: (text) => {
      if (this.hasAttribute('no-clipboard')) return Promise.reject(new Error('denied'));
      copied.push(text);
      return Promise.resolve();
    },
  });
  changes: string[] = [];
  protected override getUpdateComplete() {
    return this.t.settle(() => super.getUpdateComplete());
  }
  override render() {
    if (!this.t.loaded) return litHtml``;
    return renderPasswordField(this.password, {
      id: 'pw',
      label: 'Password',
      policy: this.policy,
      context: { email: 'joana.prado@example.com', name: 'Joana Prado' },
      required: true,
      words: this.t,
      explain: this.explain,
      onChange: (value) => this.changes.push(value),
    });
  }
}
customElements.define('password-probe', PasswordProbe);

async function type(el: PasswordProbe, value: string) {
  const input = $<HTMLInputElement>(el, '#pw')!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await settle(el);
}

const rules = (el: PasswordProbe) =>
  $$(el, '.password-rules li').map((li) => [li.dataset.rule, li.className]);
const status = (el: PasswordProbe) =>
  $(el, '[role="status"]')!.textContent.replace(/\s+/g, ' ').trim();

describe('password field (shared part)', () => {
  it('lists every rule of the policy, each met or not as checkPassword answers', async () => {
    const el = await fixture<PasswordProbe>(html`<password-probe lang="en"></password-probe>`);
    const codes = passwordRules(defaultPasswordPolicy).map((rule) => rule.code);
    expect(rules(el).map(([code]) => code)).to.deep.equal(codes);
    expect(rules(el).every(([, state]) => state === 'unmet')).to.equal(true);

    await type(el, 'abcdefgh1');
    const unmet = new Set(checkPassword('abcdefgh1').map((issue) => issue.code));
    for (const [code, state] of rules(el))
      expect(state, code).to.equal(unmet.has(code as never) ? 'unmet' : 'met');
    // Each rule is named, with its state, for a screen reader; the field is described by the list.
    expect($(el, 'li[data-rule="password-min-length"]')!.textContent).to.contain(
      'At least 8 characters: met',
    );
    expect($(el, 'li[data-rule="password-upper"]')!.textContent).to.contain(
      'An upper-case letter: not met',
    );
    expect($(el, '#pw')!.getAttribute('aria-describedby')).to.equal('pw-rules');
    // The polite region says what changed, and how many rules are left.
    expect(status(el)).to.contain('At least 8 characters: met');
    expect(status(el)).to.contain('A digit: met');
    expect(status(el)).to.contain('2 rules not met yet.');

    await type(el, 'abcdefgh1A!');
    expect(rules(el).every(([, state]) => state === 'met')).to.equal(true);
    expect(status(el)).to.equal(
      'An upper-case letter: met A special character (such as ! @ # $): met The password meets every rule.',
    );
    expect(el.changes).to.deep.equal(['abcdefgh1', 'abcdefgh1A!']);
  });

  it('follows the policy it is given (NIST: length, blocklist, the person’s name)', async () => {
    const el = await fixture<PasswordProbe>(
      html`<password-probe lang="en" .policy=${nistPasswordPolicy}></password-probe>`,
    );
    await type(el, 'joanaprado-is-long-enough');
    expect(rules(el)).to.deep.include(['password-contains-name', 'unmet']);
    expect(rules(el)).to.deep.include(['password-min-length', 'met']);
    expect(rules(el).map(([code]) => code)).to.not.include('password-upper');
  });

  it('shows and hides; never writes the password into an attribute', async () => {
    const el = await fixture<PasswordProbe>(html`<password-probe lang="en"></password-probe>`);
    await type(el, 'Secret#123');
    const input = $<HTMLInputElement>(el, '#pw')!;
    const show = button(el, 'Show password');
    expect(input.type).to.equal('password');
    expect(show.getAttribute('aria-pressed')).to.equal('false');
    show.click();
    await settle(el);
    expect(input.type).to.equal('text');
    expect(show.getAttribute('aria-pressed')).to.equal('true');
    expect(el.shadowRoot!.innerHTML).to.not.contain('Secret#123');

    el.password.clear();
    await settle(el);
    expect(input.value).to.equal('');
    expect(input.type).to.equal('password');
  });

  it('generates a strong password that meets the policy, shows it and copies it', async () => {
    const el = await fixture<PasswordProbe>(html`<password-probe lang="pt-BR"></password-probe>`);
    const generate = button(el, 'Gerar uma senha forte');
    const copy = button(el, 'Copiar senha');
    expect(copy.disabled).to.equal(true);
    generate.click();
    await settle(el);
    const value = $<HTMLInputElement>(el, '#pw')!.value;
    expect(value.length).to.be.at.least(16);
    expect(checkPassword(value, defaultPasswordPolicy)).to.deep.equal([]);
    expect(rules(el).every(([, state]) => state === 'met')).to.equal(true);
    expect($<HTMLInputElement>(el, '#pw')!.type).to.equal('text');
    expect(status(el)).to.equal(
      'Uma senha forte foi gerada e está visível: copie-a antes de salvar.',
    );
    expect(el.changes).to.deep.equal([value]);

    copy.click();
    await settle(el);
    expect(copied.at(-1)).to.equal(value);
    expect(status(el)).to.equal('Senha copiada.');

    el.setAttribute('no-clipboard', '');
    copy.click();
    await settle(el);
    expect(status(el)).to.equal('Não foi possível copiar a senha: selecione-a e copie você mesmo.');
  });
});
