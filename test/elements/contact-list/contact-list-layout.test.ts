import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DemoData } from '../../../src/core/demo-data.js';
import type { ContactList } from '../../../src/elements/contact-list/contact-list.js';
import { mountList, rows, settled, transitionsDone } from '../../helpers/contact-list.js';
import { $ } from '../../helpers/dom.js';

/** Where a box is, rounded to the half pixel. */
const box = (element: Element) => element.getBoundingClientRect();

/** Shows only the contacts whose status badge is the longest in pt-BR and en ("Site atribuído"). */
async function siteAssigned(el: ContactList): Promise<void> {
  el.status = 'site-assigned';
  await settled(el);
  await waitUntil(() => rows(el).length > 0, 'site-assigned rows show');
  // The Status column is sized from a measurement (a ResizeObserver): let it land.
  await waitUntil(() => el.statusWidth.width !== undefined, 'status column measured');
  await el.updateComplete;
}

describe('<contact-list> — layout at real widths', () => {
  // 1000px is the list in a 1366px window beside a portal's menu; 660px the same at 1024px.
  for (const lang of ['pt-BR', 'en']) {
    for (const width of [1160, 1000, 660]) {
      it(`shows every column of a row, uncut, at ${width}px in ${lang}`, async () => {
        const { el } = await mountList({ lang, width });
        await siteAssigned(el);
        const table = box($(el, '[part="table"]')!);
        const header = $(el, '[part="header"]')!;
        const headerStatus = box(header.querySelector('.cell.status')!);
        for (const row of rows(el).slice(0, 6)) {
          const r = box(row);
          // One row per contact, not a card: the row is at most two lines tall.
          expect(r.height, 'row height').to.be.below(80);
          for (const cell of row.querySelectorAll('.cell')) {
            const c = box(cell);
            expect(c.right, `${cell.className} inside the table`).to.be.at.most(table.right + 0.5);
            expect(c.width, `${cell.className} has room`).to.be.greaterThan(0);
          }
          // The status badge fits its column, and the columns line up with the header.
          const status = row.querySelector('.cell.status')!;
          const badge = status.querySelector('[part="badge"]')!;
          expect(badge.textContent.trim()).to.equal(
            lang === 'en' ? 'Site assigned' : 'Site atribuído',
          );
          expect(box(badge).right, 'badge inside its cell').to.be.at.most(box(status).right + 0.5);
          expect(box(status).left).to.be.closeTo(headerStatus.left, 0.5);
          expect(box(status).width).to.be.closeTo(headerStatus.width, 0.5);
          // Names are readable, not cut to a few letters.
          expect(box(row.querySelector('.cell.name')!).width, 'name column').to.be.at.least(150);
          // The edit button is an icon whose name is still its words.
          const edit = row.querySelector<HTMLButtonElement>('[part="edit-button"]')!;
          expect(edit.textContent.trim()).to.equal(
            lang === 'en' ? 'Edit contact' : 'Editar contato',
          );
          expect(box(edit).width, 'compact edit button').to.be.at.most(36);
          expect(box(row.querySelector('.cell.actions')!).right).to.be.at.most(r.right);
        }
        await transitionsDone(el);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('sizes the Status column to badges a host restyled through ::part(badge)', async () => {
    const style = document.createElement('style');
    style.textContent = 'contact-list::part(badge) { padding: 0 24px; letter-spacing: 2px; }';
    document.head.append(style);
    try {
      const { el } = await mountList({ lang: 'pt-BR', width: 1000 });
      await siteAssigned(el);
      const row = rows(el)[0]!;
      const status = row.querySelector('.cell.status')!;
      const badge = status.querySelector('[part="badge"]')!;
      expect(getComputedStyle(badge).paddingLeft, 'the host style applies').to.equal('24px');
      expect(box(badge).right, 'badge inside its cell').to.be.at.most(box(status).right + 0.5);
    } finally {
      style.remove();
    }
  });

  it('keeps cards under 600px, with the edit button labelled in words', async () => {
    const { el } = await mountList({ lang: 'pt-BR', width: 480 });
    const row = rows(el)[0]!;
    const label = row.querySelector('[part="edit-button"] .act-text')!;
    expect(box(label).width, 'the label shows').to.be.greaterThan(40);
    // A card stacks its fields: taller than any table row.
    expect(box(row).height).to.be.above(120);
    await expect(el).to.be.accessible();
  });
});

describe('<contact-list> — the bulk bar on a phone', () => {
  it('wraps its words inside the bar at 390px in pt-BR', async () => {
    const { el } = await mountList({ lang: 'pt-BR', width: 390 });
    for (const row of rows(el).slice(0, 2))
      row.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await el.updateComplete;
    const bar = $(el, '[part="bulk-bar"]')!;
    const edge = box(bar).right;
    const buttons = [...bar.querySelectorAll('button')];
    expect(buttons.length).to.be.at.least(4);
    for (const button of buttons) {
      expect(box(button).right, button.textContent.trim()).to.be.at.most(edge + 0.5);
      expect(button.scrollWidth, `${button.textContent.trim()} uncut`).to.be.at.most(
        button.clientWidth + 1,
      );
    }
  });
});

describe('<contact-list> — cards on a phone (390px)', () => {
  /** Every contact with a long name and a 55-character e-mail (each still unique). */
  const long = (data: DemoData) => {
    for (const contact of data.contacts) {
      contact.name = `${contact.name} de Albuquerque Cavalcanti`;
      contact.email = `${contact.email.split('@')[0]}.fin@horizonte-consultoria-exemplo.com.br`;
    }
  };

  it('shows a long name and e-mail in full, every card as tall as the others', async () => {
    const { el } = await mountList({ lang: 'pt-BR', width: 390, mutate: long });
    const cards = rows(el).slice(0, 4);
    expect(cards.length).to.equal(4);
    for (const card of cards) {
      for (const column of ['name', 'email']) {
        const cell = card.querySelector<HTMLElement>(`.cell.${column}`)!;
        const text = cell.textContent;
        expect(text.length, `${column} is long`).to.be.above(40);
        expect(cell.scrollWidth, `${column} not cut across: ${text}`).to.be.at.most(
          cell.clientWidth + 1,
        );
        expect(cell.scrollHeight, `${column} not cut below: ${text}`).to.be.at.most(
          cell.clientHeight + 1,
        );
      }
      // The list's windowing takes one row height per layout (RowWindow).
      expect(box(card).height, 'cards of one height').to.be.closeTo(box(cards[0]!).height, 0.5);
    }
    await expect(el).to.be.accessible();
  });

  it('goes through a card with → in the order it reads: top to bottom, then left to right', async () => {
    const { el } = await mountList({ width: 390, mutate: long });
    $<HTMLInputElement>(el, '#search')!.focus();
    const active = () => el.shadowRoot!.activeElement as HTMLElement | null;
    for (let i = 0; i < 20 && !active()?.closest('[role="row"][data-id]'); i++)
      await sendKeys({ press: 'Tab' });
    const card = active()!.closest('[role="row"]')!;
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    const visited: HTMLElement[] = [active()!];
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      if (active() === visited.at(-1)) break;
      visited.push(active()!);
    }
    expect(visited.every((stop) => card.contains(stop))).to.equal(true);
    expect(visited.length, 'every stop of the card').to.equal(
      card.querySelectorAll('[data-stop]').length,
    );
    const name = (stop: HTMLElement) =>
      stop.getAttribute('part') ?? stop.className.replace('cell ', '');
    for (let i = 1; i < visited.length; i++) {
      const before = box(visited[i - 1]!);
      const after = box(visited[i]!);
      const onward =
        after.top >= before.bottom - 1 ||
        (Math.abs(after.top - before.top) < 4 && after.left >= before.right - 1);
      expect(onward, `${name(visited[i - 1]!)} → ${name(visited[i]!)}`).to.equal(true);
    }
  });
});
