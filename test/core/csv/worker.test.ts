/**
 * The Worker protocol, as the element will use it: one suite run against a session served on a
 * `MessageChannel` in the page and against a real module Worker (`src/core/csv/worker.ts`).
 */
import { expect } from '@open-wc/testing';
import {
  CsvCancelledError,
  CsvImportClient,
  serveImportSession,
  type PlanProgress,
} from '../../../src/core/csv/index.js';
import { generateContactsCsv, generatedRoleNames } from '../../fixtures/csv/generate.js';
import { lookupOver } from './support.js';

const header = 'Nome;E-mail;CPF;DDD;Telefone;Cargo;Perfil';
const file = new Blob(
  [
    [
      header,
      'Ana Souza;ana@x.com.br;5260181514;11;987650001;Analista;Administrador geral',
      'Bia Lima;bia@x.com.br;18301661313;11;987650002;Gerente;',
      'Caio Reis;caio@x.com.br;19960308251;20;987650003;Técnico;',
      'Dora Luz;DORA@x.com.br;31993518169;11;987650004;Analista;',
    ].join('\r\n'),
  ],
  { type: 'text/csv' },
);

interface Channel {
  client: CsvImportClient;
  close(): void;
}

const channels: Record<string, () => Channel> = {
  'a MessageChannel in the page': () => {
    const { port1, port2 } = new MessageChannel();
    const stop = serveImportSession(port2);
    const client = new CsvImportClient(port1);
    return {
      client,
      close: () => {
        client.close();
        stop();
        port1.close();
        port2.close();
      },
    };
  },
  'a module Worker': () => {
    const worker = new Worker(new URL('/src/core/csv/worker.ts', location.origin), {
      type: 'module',
    });
    const client = new CsvImportClient(worker);
    return { client, close: () => client.close() };
  },
};

for (const [name, open] of Object.entries(channels)) {
  describe(`CsvImportClient over ${name}`, () => {
    let channel: Channel;
    beforeEach(() => {
      channel = open();
    });
    afterEach(() => channel.close());

    it('opens a file into a preview, plans it with progress and lookups, and pages its rows', async () => {
      const { client } = channel;
      const preview = await client.open(file);
      expect(preview).to.include({ blocked: false, headerRow: 1 });
      expect(preview.dialect.delimiter).to.equal(';');
      expect(preview.sample.length).to.equal(4);
      expect(preview.mapping).to.deep.equal([
        'name',
        'email',
        'document.number',
        'phone.area',
        'phone.number',
        'jobTitle',
        'role',
      ]);

      const progress: PlanProgress[] = [];
      const lookup = lookupOver([{ id: 'c-9', email: 'dora@x.com.br', version: 7 }]);
      const result = await client.run(
        { roles: generatedRoleNames, existing: 'update' },
        { progress: (step) => progress.push(step), lookup },
      );
      expect(result.summary).to.include({
        rows: 4,
        create: 1,
        update: 1,
        error: 2,
        checkedExisting: true,
      });
      expect(lookup.queries.length).to.equal(1);
      expect(progress.at(-1)).to.deep.include({ phase: 'checking', done: 2, total: 2 });
      expect(progress.some((step) => step.phase === 'reading' && step.done === file.size)).to.equal(
        true,
      );

      const errors = await client.rows({ outcome: 'error' });
      expect(errors.rows.map((row) => row.row)).to.deep.equal([2, 4]);
      expect(errors.rows[0]!.issues[0]).to.deep.include({
        code: 'cpf-leading-zeros',
        params: { suggestion: '05260181514' },
      });
    });

    it('fixes cells, applies suggestions, switches skip and update, and hands out writes', async () => {
      const { client } = channel;
      await client.open(file);
      await client.run(
        { roles: generatedRoleNames },
        { lookup: lookupOver([{ id: 'c-9', email: 'dora@x.com.br', version: 7 }]) },
      );
      const fixed = await client.edit(2, 3, '21', { lookup: lookupOver([]) });
      expect(fixed.rows.map((row) => `${row.row}:${row.outcome}`)).to.deep.equal(['4:create']);
      expect(fixed.summary).to.include({ create: 2, skip: 1, error: 1 });

      const applied = await client.applySuggestion('document.number', 'cpf-leading-zeros');
      expect(applied.rows[0]!.cells[2]).to.equal('05260181514');
      expect(applied.summary).to.include({ create: 3, error: 0 });

      expect(await client.setExistingPolicy('update')).to.include({ update: 1, skip: 0 });
      const { writes, next } = await client.writes(0, 500);
      expect(next).to.equal(null);
      expect(writes.map((write) => write.kind)).to.deep.equal([
        'create',
        'create',
        'create',
        'update',
      ]);
      expect(writes[0]).to.deep.include({ kind: 'create', row: 2 });
      const csv = await client.resultCsv({ result: 'Resultado' }, [
        { index: 0, status: 'created' },
      ]);
      expect(csv.split('\r\n')[0]).to.equal(`\uFEFF${header};Resultado;details`);
    });

    it('cancels a plan and keeps the one before it', async () => {
      const { client } = channel;
      await client.open(new Blob([generateContactsCsv(3_000, 5).text]));
      await client.run({ existing: 'skip' });
      const controller = new AbortController();
      // Lookups answered slowly: the cancel arrives while the plan is being checked at the latest.
      const slow = () => new Promise<[]>((resolve) => setTimeout(() => resolve([]), 20));
      const run = client.run(
        { existing: 'update' },
        { signal: controller.signal, lookup: slow, progress: () => controller.abort() },
      );
      try {
        await run;
        expect.fail('the run finished');
      } catch (error) {
        expect(error).to.be.instanceOf(CsvCancelledError);
      }
      expect(await client.summary()).to.include({ rows: 3_000, existing: 'skip' });
    });

    it('answers a request it cannot serve with an error, and refuses calls once closed', async () => {
      const { client } = channel;
      try {
        await client.rows();
        expect.fail('rows() before any file');
      } catch (error) {
        expect((error as Error).message).to.match(/run\(\) first/);
      }
      client.close();
      try {
        await client.summary();
        expect.fail('a closed client answered');
      } catch (error) {
        expect((error as Error).message).to.match(/closed/);
      }
    });
  });
}
