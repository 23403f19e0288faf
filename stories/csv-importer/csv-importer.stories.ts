import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
import '../../src/define.js';
import {
  actors,
  adapterFor,
  fault,
  inLocale,
  mockPortal,
  phone,
  sourceArgType,
  type Actor,
} from '../support/portal.js';
import { within } from '../support/screen.js';

/**
 * `<csv-importer>` at each step of an import, on its own demo company behind the mocked REST API
 * (msw): the file step, who may not import, loading and failure, then a messy Excel pt-BR file
 * (Windows-1252, `sep=;`, CPFs without their leading zeros) through mapping, review and result.
 */
interface ImporterArgs {
  /** Who is signed in ("view as"). */
  actor: Actor;
  /** `http`: RestAdapter over the mocked API; `embedded`: MemoryAdapter; `none`: no adapter. */
  source: 'http' | 'embedded' | 'none';
}

type Context = StoryContext<ImporterArgs>;

function render(args: ImporterArgs, context: Context): TemplateResult {
  return html`<csv-importer .adapter=${adapterFor(args, context)}></csv-importer>`;
}

const meta: Meta<ImporterArgs> = {
  title: 'Elements/csv-importer/Steps and states',
  component: 'csv-importer',
  render,
  args: { actor: 'generalAdmin', source: 'http' },
  argTypes: {
    actor: { name: 'view as', control: 'inline-radio', options: actors },
    source: sourceArgType,
  },
  loaders: [mockPortal()],
};
export default meta;

type Story = StoryObj<ImporterArgs>;

/** `lines` (CRLF) in Windows-1252, as Excel pt-BR saves them: every character here is in Latin-1, where Windows-1252 has the same bytes. */
function windows1252File(lines: readonly string[], name: string): File {
  const bytes = Uint8Array.from(lines.join('\r\n'), (char) => char.charCodeAt(0));
  return new File([bytes], name, { type: 'text/csv' });
}

/** Excel pt-BR's "CSV (separado por vírgulas)": Windows-1252, a `sep=;` line, two stripped CPFs. */
function excelFile(): File {
  const lines = [
    'sep=;',
    'Nome;E-mail;CPF;DDD;Telefone;Cargo;Autorizado para utilizar consultoria?',
    'José da Conceição;jose.conceicao@acme.com.br;5260181514;11;987654321;Analista de Sistemas;Sim',
    'Maria Gonçalves;maria.goncalves@acme.com.br;18301661313;21;34567890;Gerente Financeira;Não',
    'Sebastião Araújo;sebastiao@acme.com.br;1860913970;31;998877665;Técnico de Manutenção;S',
    'Ana Lúcia Ribeiro;ana.ribeiro@acme.com.br;19960308251;41;912345678;Coordenadora de RH;N',
  ];
  return windows1252File(lines, 'contatos.csv');
}

/**
 * A UTF-8 file whose `Perfil` column names roles as people write them: a general admin (which a
 * registration admin may not give), a system user, "Administrador" (two roles go by it), "Chefe"
 * (no role), and a row with a bad e-mail.
 */
function rolesFile(): File {
  const text = [
    'Nome;E-mail;CPF;DDD;Telefone;Cargo;Perfil',
    'Helena Prado;helena.prado@acme.com.br;52998224725;11;987654321;Diretora;Administrador Geral',
    'Otávio Lima;otavio.lima@acme.com.br;18301661313;21;34567890;Analista;Usuário do sistema',
    'Rita Campos;rita.campos@acme.com.br;19960308251;31;998877665;Gerente;Administrador',
    'Caio Nunes;caio.nunes@acme.com.br;31993518169;41;912345678;Técnico;Chefe',
    'Lia Souza;lia.souza@;89754323194;51;991234567;Assistente;Usuário',
  ].join('\r\n');
  return new File([`\ufeff${text}`], 'perfis.csv', { type: 'text/csv' });
}

/**
 * A messy Excel file (issue 9): Windows-1252, `;`, every line ending with an empty field the header
 * lacks (one line with two), a stripped CPF masked afterwards, an unknown role.
 */
function messyExcelFile(): File {
  const lines = [
    'Nome;E-mail;CPF;DDD;Telefone;Cargo;Perfil',
    'João Araújo;joao.araujo@acme.com.br;186.091.397-0;11;987650101;Técnico;Usuário do sistema;',
    'Conceição Brandão;conceicao@acme.com.br;52998224725;21;987650102;Gerente;Gerente regional;',
    'Sebastião Melo;sebastiao.melo@acme.com.br;11144477735;31;987650103;Analista;Usuário do sistema;;',
    'Inês Gonçalves;ines@acme.com.br;30579868206;41;987650104;Analista;Usuário do sistema;',
  ];
  return windows1252File(lines, 'contatos-erp.csv');
}

async function importer(context: Context): Promise<HTMLElement> {
  return within(context.canvasElement).findByShadowRole('heading', {
    name: /Import contacts|Importar contatos|Importar contactos/,
  });
}

/** Chooses the Excel file through the file button, as a person does, and waits for the mapping. */
async function chooseExcelFile(context: Context, file: File = excelFile()): Promise<void> {
  await importer(context);
  const el = context.canvasElement.querySelector('csv-importer')!;
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await within(context.canvasElement).findByShadowRole('table', {
    name: /Which contact field|Qual campo|Qué campo/,
  });
}

async function clickButton(context: Context, name: RegExp): Promise<void> {
  const found = await within(context.canvasElement).findByShadowRole('button', { name });
  await expect(found).toBeEnabled();
  found.click();
}

/** The first step, for an administrator: drop zone, file button, template and its caution. */
export const ChooseFile: Story = {
  play: async (context) => {
    await importer(context);
    await expect(
      await within(context.canvasElement).findByShadowRole('button', {
        name: /Download the template|Baixar o modelo|Descargar la plantilla/,
      }),
    ).toBeVisible();
  },
};

/** A system user: the reason importing is refused, every control disabled. */
export const SystemUser: Story = {
  args: { actor: 'systemUser' },
  play: async (context) => {
    await importer(context);
    await expect(
      await within(context.canvasElement).findByShadowText(
        /You cannot import|Você não pode importar|No puede importar/,
      ),
    ).toBeVisible();
  },
};

/** No adapter and no provider: the element says what it needs. */
export const NoAdapter: Story = { args: { source: 'none' } };

/** The session on its way. */
export const Loading: Story = {
  loaders: [mockPortal({ faults: fault.stalled('session') })],
};

/** The session could not be loaded: the reason and a retry. */
export const LoadError: Story = {
  loaders: [mockPortal({ faults: fault.serverError('session') })],
  play: async (context) => {
    await within(context.canvasElement).findByShadowRole('alert');
  },
};

/** The Excel file read: Windows-1252 and `;` detected (from `sep=;`), each changeable; columns mapped. */
export const Mapping: Story = {
  play: async (context) => {
    await chooseExcelFile(context);
    const encoding = await within(context.canvasElement).findByShadowRole('combobox', {
      name: /Encoding|Codificação|Codificación/,
    });
    await expect(encoding).toHaveValue('windows-1252');
  },
};

/** Every row's outcome, the stripped CPFs named by row and field, "apply to all 2 rows like this". */
export const Review: Story = {
  play: async (context) => {
    await chooseExcelFile(context);
    await clickButton(context, /Check the rows|Verificar as linhas|Comprobar las filas/);
    await within(context.canvasElement).findByShadowRole('table', {
      name: /Rows and what|Linhas e o que|Filas y lo que/,
    });
  },
};

/** After the import: each row's "Success!" or why not, and the rows to fix as a CSV. */
export const Result: Story = {
  play: async (context) => {
    await chooseExcelFile(context);
    await clickButton(context, /Check the rows|Verificar as linhas|Comprobar las filas/);
    await clickButton(context, /Import 2 contacts|Importar 2 contatos|Importar 2 contactos/);
    await within(context.canvasElement).findByShadowRole('table', {
      name: /Every row’s result|O resultado de cada linha|El resultado de cada fila/,
    });
  },
};

/** Reviews the roles file (`rolesFile`) and waits for the rows. */
async function reviewRoles(context: Context): Promise<void> {
  await chooseExcelFile(context, rolesFile());
  await clickButton(context, /Check the rows|Verificar as linhas|Comprobar las filas/);
  await within(context.canvasElement).findByShadowRole('table', {
    name: /Rows and what|Linhas e o que|Filas y lo que/,
  });
}

/**
 * Row errors, each naming its field and value: an ambiguous role ("Administrador" is two roles), an
 * unknown one ("Chefe"), an e-mail without a domain. The general admin may give every role, so
 * "Administrador Geral" is a create.
 */
export const ReviewRowErrors: Story = {
  play: async (context) => {
    await reviewRoles(context);
    const screen = within(context.canvasElement);
    await expect(
      await screen.findByShadowText(
        /“Administrador” (could be more than one role|pode ser mais de um perfil|puede ser más de un perfil)/,
      ),
    ).toBeVisible();
    await expect(
      await screen.findByShadowText(
        /(No role is called|Nenhum perfil se chama|Ningún perfil se llama) “Chefe”/,
      ),
    ).toBeVisible();
    await expect(
      await screen.findByShadowRole('button', {
        name: /(With errors|Com erros|Con errores) \(3\)/,
      }),
    ).toBeVisible();
  },
};

/**
 * A registration admin imports the same file: the general admin's row is refused with the engine's
 * reason — the rule the backend's create refuses with, asked before anything is written.
 */
export const RoleRefused: Story = {
  args: { actor: 'registrationAdmin' },
  play: async (context) => {
    await reviewRoles(context);
    await expect(
      await within(context.canvasElement).findByShadowText(
        /You may not give the role “General admin”|Você não pode dar o perfil “Administrador Geral”|No puede dar el perfil “Administrador general”/,
      ),
    ).toBeVisible();
  },
};

/** A row with an error left out (a skip the person chose), then put back (an error again). */
export const RowLeftOutAndPutBack: Story = {
  play: async (context) => {
    await reviewRoles(context);
    const screen = within(context.canvasElement);
    await clickButton(context, /Leave row 6 out|Deixar a linha 6 de fora|Dejar la fila 6 fuera/);
    await expect(
      await screen.findByShadowText(
        /You left this row out|Você deixou esta linha de fora|Dejaste esta fila fuera/,
      ),
    ).toBeVisible();
    await clickButton(
      context,
      /Put row 6 back|Trazer a linha 6 de volta|Volver a incluir la fila 6/,
    );
    await expect(
      await screen.findByShadowRole('button', {
        name: /Leave row 6 out|Deixar a linha 6 de fora|Dejar la fila 6 fuera/,
      }),
    ).toBeVisible();
  },
};

/** The review in Brazilian Portuguese, as seed 001's admin sees it. */
export const ReviewInPortuguese: Story = inLocale<ImporterArgs>('pt-BR', Review.play);

/** The mapping on a phone. */
export const MappingOnAPhone: Story = { globals: phone, play: Mapping.play };

/**
 * The messy Excel file reviewed: the trailing empty field said once for the file (only the line with
 * two warns), "did you mean 01860913970?" for the masked stripped CPF, the valid role names listed.
 */
export const ReviewMessyExcelFile: Story = {
  play: async (context) => {
    await chooseExcelFile(context, messyExcelFile());
    await clickButton(context, /Check the rows|Verificar as linhas|Comprobar las filas/);
    const screen = within(context.canvasElement);
    for (const words of [
      /(The file’s lines end with an empty field|As linhas do arquivo terminam com um campo vazio|Las líneas del archivo terminan con un campo vacío)/,
      /01860913970/,
      /(The roles are|Os perfis são|Los perfiles son): “/,
    ]) {
      await expect(await screen.findByShadowText(words)).toBeVisible();
    }
    await expect(
      await screen.findByShadowRole('button', {
        name: /(With warnings|Com avisos|Con avisos) \(1\)/,
      }),
    ).toBeVisible();
  },
};

/** The messy Excel file in Brazilian Portuguese, on a phone. */
const messyInPortuguese = inLocale<ImporterArgs>('pt-BR', ReviewMessyExcelFile.play);
export const ReviewMessyExcelFileOnAPhone: Story = {
  ...messyInPortuguese,
  globals: { ...messyInPortuguese.globals, ...phone },
};
