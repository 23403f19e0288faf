import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { state } from 'lit/decorators.js';
import {
  controls,
  renderBadge,
  renderCheckbox,
  renderField,
  renderSelect,
  renderTextarea,
  statusTone,
  badgeStyles,
  tokens,
} from '../../../src/elements/internal/index.js';

class FieldProbe extends LitElement {
  static override styles = [tokens, controls, badgeStyles];
  @state() email = 'ana@example.com';
  @state() emailError = '';
  @state() override role = 'system-user';
  @state() consulting = false;
  @state() notes = '';
  blurred = 0;
  override render() {
    return litHtml`
      ${renderField({
        id: 'email',
        label: 'E-mail',
        type: 'email',
        value: this.email,
        required: true,
        hint: 'Cannot be changed later.',
        error: this.emailError || undefined,
        autocomplete: 'email',
        onInput: (value) => (this.email = value),
        onBlur: () => this.blurred++,
      })}
      ${renderField({ id: 'doc', label: 'CPF', value: '12345678909', readonly: true, inputmode: 'numeric' })}
      ${renderSelect({
        id: 'role',
        label: 'Role',
        value: this.role,
        options: [
          { value: 'general-admin', label: 'General administrator' },
          { value: 'system-user', label: 'System user' },
        ],
        onChange: (value) => (this.role = value),
      })}
      ${renderCheckbox({
        id: 'consulting',
        label: 'Authorized to use consulting',
        checked: this.consulting,
        hint: 'Lets the contact open consulting tickets.',
        onChange: (checked) => (this.consulting = checked),
      })}
      ${renderTextarea({ id: 'notes', label: 'Notes', value: this.notes, onInput: (v) => (this.notes = v) })}
      ${renderBadge('Active', statusTone('active'))}
    `;
  }
}
customElements.define('field-probe', FieldProbe);

const q = <T extends Element>(el: FieldProbe, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;

describe('field templates', () => {
  it('label each control and link its hint', async () => {
    const el = await fixture<FieldProbe>(html`<field-probe></field-probe>`);
    const email = q<HTMLInputElement>(el, '#email');
    expect(q(el, 'label[for="email"]').textContent).to.contain('E-mail');
    expect(email.required).to.be.true;
    expect(email.type).to.equal('email');
    expect(email.getAttribute('autocomplete')).to.equal('email');
    expect(email.getAttribute('aria-invalid')).to.equal('false');
    expect(email.getAttribute('aria-describedby')).to.equal('email-hint');
    expect(q(el, '#email-hint').textContent).to.equal('Cannot be changed later.');
    expect(q(el, 'label[for="email"] .required-mark').getAttribute('aria-hidden')).to.equal('true');
    expect(q<HTMLInputElement>(el, '#doc').readOnly).to.be.true;
    expect(q(el, '#doc').getAttribute('inputmode')).to.equal('numeric');
    expect(q(el, '#doc').hasAttribute('aria-describedby')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('show an error linked to the control and mark it invalid', async () => {
    const el = await fixture<FieldProbe>(html`<field-probe></field-probe>`);
    el.emailError = 'Enter a valid e-mail address.';
    await el.updateComplete;
    const email = q<HTMLInputElement>(el, '#email');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(email.getAttribute('aria-describedby')).to.equal('email-hint email-error');
    expect(q(el, '#email-error').textContent).to.equal('Enter a valid e-mail address.');
    await expect(el).to.be.accessible();
  });

  it('report what the person types, picks and ticks', async () => {
    const el = await fixture<FieldProbe>(html`<field-probe></field-probe>`);
    const email = q<HTMLInputElement>(el, '#email');
    email.value = 'bia@example.com';
    email.dispatchEvent(new Event('input'));
    email.dispatchEvent(new Event('blur'));
    expect(el.email).to.equal('bia@example.com');
    expect(el.blurred).to.equal(1);

    const select = q<HTMLSelectElement>(el, '#role');
    expect(select.value).to.equal('system-user');
    select.value = 'general-admin';
    select.dispatchEvent(new Event('change'));
    expect(el.role).to.equal('general-admin');

    q<HTMLInputElement>(el, '#consulting').click();
    expect(el.consulting).to.be.true;

    const notes = q<HTMLTextAreaElement>(el, '#notes');
    notes.value = 'Prefers e-mail';
    notes.dispatchEvent(new Event('input'));
    expect(el.notes).to.equal('Prefers e-mail');
  });

  it('show a status as a badge in its tone', async () => {
    const el = await fixture<FieldProbe>(html`<field-probe></field-probe>`);
    const badge = q(el, '.badge');
    expect(badge.textContent).to.equal('Active');
    expect(badge.getAttribute('data-tone')).to.equal('success');
    expect(statusTone('suspended')).to.equal('warning');
    expect(statusTone('inactive')).to.equal('danger');
    expect(statusTone('potential')).to.equal('neutral');
  });
});
