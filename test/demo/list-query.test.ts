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
        signedIn: 'ever',
        lastSignInFrom: '2026-03-01',
        lastSignInBefore: '2026-04-01',
      },
      sort: { field: 'lastSignInAt', direction: 'desc' },
    });
    expect(params.get('lang')).to.equal('en');
    expect(params.get('as')).to.equal('systemUser');
    expect(params.get('status')).to.equal('active,invited');
    expect(params.get('signed-in')).to.equal('ever');
    expect(params.get('signed-in-from')).to.equal('2026-03-01');
    expect(listQueryFromParams(params)).to.deep.equal({
      search: 'silva',
      filter: {
        status: ['active', 'invited'],
        role: ['general-admin'],
        site: ['site-1'],
        tickets: 'open',
        createdFrom: '2026-01-01',
        createdBefore: '2026-02-01',
        signedIn: 'ever',
        lastSignInFrom: '2026-03-01',
        lastSignInBefore: '2026-04-01',
      },
      sort: 'lastSignInAt',
      sortDirection: 'desc',
    });
  });

  it('takes cleared parts out of the address, and drops values it does not know', () => {
    const params = paramsWithListQuery(
      new URLSearchParams(
        'q=ana&status=active&tickets=open&signed-in=never&signed-in-before=2026-01-01&sort=name&dir=desc&lang=pt-BR',
      ),
      { search: '', filter: {}, sort: undefined },
    );
    expect(params.toString()).to.equal('lang=pt-BR');
    expect(
      listQueryFromParams(
        new URLSearchParams('status=active,bogus&tickets=some&signed-in=maybe&sort=nope&dir=up'),
      ),
    ).to.deep.equal({ search: '', filter: { status: ['active'] }, sort: '', sortDirection: 'asc' });
  });
});
