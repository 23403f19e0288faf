import { expect } from '@open-wc/testing';

/**
 * The entries register what they say and nothing more. The steps import entries dynamically, in
 * order, on this test file's own page (nothing registered before it): the root first, then each
 * element entry, then `define`. Every file of `src/define/` must appear in `entries` below
 * (test/build/entries.test.ts checks it).
 */
const entries = [
  {
    file: 'contact-list',
    tag: 'contact-list',
    load: () => import('../../src/define/contact-list.js'),
  },
  {
    file: 'csv-importer',
    tag: 'csv-importer',
    load: () => import('../../src/define/csv-importer.js'),
  },
  {
    file: 'permission-matrix',
    tag: 'permission-matrix',
    load: () => import('../../src/define/permission-matrix.js'),
  },
  {
    file: 'invite-status',
    tag: 'invite-status',
    load: () => import('../../src/define/invite-status.js'),
  },
  {
    file: 'saas-seat-panel',
    tag: 'saas-seat-panel',
    load: () => import('../../src/define/saas-seat-panel.js'),
  },
  {
    file: 'invite-accept',
    tag: 'invite-accept',
    load: () => import('../../src/define/invite-accept.js'),
  },
  { file: 'provider', tag: 'portico-provider', load: () => import('../../src/define/provider.js') },
] as const;
const tags = entries.map((entry) => entry.tag);

function defined(): string[] {
  return tags.filter((tag) => customElements.get(tag) !== undefined);
}

/** The host registers its own element under one of Portico's tags before importing Portico. */
class HostProvider extends HTMLElement {}
const claimedByHost = 'portico-provider';

describe('entry points', () => {
  it('the root entry registers no tag', async () => {
    const root = await import('../../src/index.js');
    expect(root.ContactList).to.be.a('function');
    expect(defined()).to.deep.equal([]);
  });

  it('each element entry registers its own tag and no other, and leaves a host’s tag alone', async () => {
    const root = await import('../../src/index.js');
    const classes: Record<string, CustomElementConstructor> = {
      'contact-list': root.ContactList,
      'csv-importer': root.CsvImporter,
      'permission-matrix': root.PermissionMatrix,
      'invite-status': root.InviteStatus,
      'saas-seat-panel': root.SaasSeatPanel,
      'invite-accept': root.InviteAccept,
      'portico-provider': HostProvider,
    };
    customElements.define(claimedByHost, HostProvider);
    const expected: string[] = [claimedByHost];
    for (const { file, tag, load } of entries) {
      await load();
      if (!expected.includes(tag)) expected.push(tag);
      expect(defined(), file).to.have.members(expected);
      expect(customElements.get(tag), file).to.equal(classes[tag]);
    }
    expect(document.createElement('contact-list')).to.be.instanceOf(root.ContactList);
  });

  it('define registers every tag, leaves the host’s alone, and exports the classes', async () => {
    const define = await import('../../src/define.js');
    expect(defined()).to.have.members([...tags]);
    expect(customElements.get('contact-list')).to.equal(define.ContactList);
    expect(customElements.get('permission-matrix')).to.equal(define.PermissionMatrix);
    expect(customElements.get('csv-importer')).to.equal(define.CsvImporter);
    expect(customElements.get('invite-status')).to.equal(define.InviteStatus);
    expect(customElements.get('invite-accept')).to.equal(define.InviteAccept);
    expect(customElements.get(claimedByHost)).to.equal(HostProvider);
    expect(define.PorticoProvider).to.be.a('function');
  });
});
