import { expect } from '@open-wc/testing';
import { listQueryFromParams, paramsWithListQuery } from '../../demo/list-query.js';

describe("demo — the contact list's query in the address", () => {
  it('writes the query and reads it back as the same list properties', () => {
    const params = paramsWithListQuery(new URLSearchParams('lang=en&as=systemUser'), {
      search: ' silva ',
      filter: {
        status: ['active', 'invited'],
        role: ['general-admin'],
        site: ['site-1'],
        tickets: 'open',
        createdFrom: '2026-01-01',
        createdBefore: '2026-02-01',
      },
      sort: { field: 'email', direction: 'desc' },
    });
    expect(params.get('lang')).to.equal('en');
    expect(params.get('as')).to.equal('systemUser');
    expect(params.get('status')).to.equal('active,invited');
    expect(listQueryFromParams(params)).to.deep.equal({
      search: 'silva',
      filter: {
        status: ['active', 'invited'],
        role: ['general-admin'],
        site: ['site-1'],
        tickets: 'open',
        createdFrom: '2026-01-01',
        createdBefore: '2026-02-01',
      },
      sort: 'email',
      sortDirection: 'desc',
    });
  });

  it('takes cleared parts out of the address, and drops values it does not know', () => {
    const params = paramsWithListQuery(
      new URLSearchParams('q=ana&status=active&tickets=open&sort=name&dir=desc&lang=pt-BR'),
      { search: '', filter: {}, sort: undefined },
    );
    expect(params.toString()).to.equal('lang=pt-BR');
    expect(
      listQueryFromParams(new URLSearchParams('status=active,bogus&tickets=some&sort=nope&dir=up')),
    ).to.deep.equal({ search: '', filter: { status: ['active'] }, sort: '', sortDirection: 'asc' });
  });
});
