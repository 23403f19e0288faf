/**
 * Word lists for Brazilian demo people: common given names and surnames with their accents, job titles
 * in Portuguese, cities by area code (DDD). Constants only.
 */

export const femaleNames: readonly string[] = (
  'Maria Ana Francisca Antônia Adriana Juliana Márcia Fernanda Patrícia Aline Sandra Camila ' +
  'Amanda Bruna Jéssica Letícia Júlia Luciana Vanessa Mariana Gabriela Vitória Larissa Cláudia ' +
  'Beatriz Conceição Luíza Simone Débora Lúcia Tânia Mônica Raquel Cecília Isabela Lívia Bárbara ' +
  'Natália Sônia Rosângela Glória Inês Iara Jaqueline Heloísa Rebeca Valéria Stéfany'
).split(' ');

export const maleNames: readonly string[] = (
  'José João Antônio Francisco Carlos Paulo Pedro Lucas Luiz Marcos Luís Gabriel Rafael Daniel ' +
  'Marcelo Bruno Eduardo Felipe Raimundo Rodrigo Sebastião Fábio André Márcio Vinícius Otávio ' +
  'Caio Thiago Joaquim Benedito Cícero Aurélio Estêvão Flávio Rogério Sérgio Túlio Inácio Ícaro ' +
  'Renê Jônatas Hélio Emílio Valdemar Wellington Severino Tomé Ângelo'
).split(' ');

/** Surnames; the particle a name usually takes ("da Silva", "dos Santos") is applied at random. */
export const surnames: readonly string[] = (
  'Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins ' +
  'Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias Nascimento Andrade Moreira ' +
  'Nunes Marques Machado Mendes Freitas Cardoso Ramos Gonçalves Santana Teixeira Araújo Magalhães ' +
  'Simões Brandão Guimarães Conceição Assunção Falcão Peixoto Aragão Leão Mourão Romão Damasceno ' +
  'Sampaio Galvão Cortês Bezerra Cavalcanti Monteiro Pimentel Quintão Xavier Antunes Estêvez ' +
  'Lacerda Baptista Queiroz Tavares'
).split(' ');

/** The particle each surname takes when it takes one. */
export const surnameParticles: Readonly<Record<string, string>> = {
  Silva: 'da',
  Santos: 'dos',
  Oliveira: 'de',
  Souza: 'de',
  Conceição: 'da',
  Assunção: 'da',
  Costa: 'da',
  Rocha: 'da',
  Cunha: 'da',
  Nascimento: 'do',
  Anjos: 'dos',
};

export const jobTitles: readonly string[] = [
  'Analista Financeiro',
  'Gerente de TI',
  'Coordenadora de Compras',
  'Assistente Administrativo',
  'Diretor Comercial',
  'Analista de Suporte',
  'Contadora',
  'Técnico de Manutenção',
  'Supervisor de Vendas',
  'Auxiliar de Escritório',
  'Engenheira Civil',
  'Analista de Recursos Humanos',
  'Gerente de Projetos',
  'Comprador',
  'Recepcionista',
  'Advogada',
  'Consultor de Implantação',
  'Desenvolvedora de Software',
  'Coordenador de Logística',
  'Secretária Executiva',
  'Analista de Sistemas',
  'Controller',
  'Gerente Administrativo',
  'Analista Fiscal',
  'Operador de Caixa',
  'Diretora de Operações',
  'Técnica de Segurança do Trabalho',
  'Analista de Marketing',
  'Estagiário de Engenharia',
  'Sócio-Diretor',
];

/** A city (and state) for some DDDs, for addresses. */
export const citiesByDdd: Readonly<Record<string, string>> = {
  '11': 'São Paulo/SP',
  '12': 'São José dos Campos/SP',
  '13': 'Santos/SP',
  '15': 'Sorocaba/SP',
  '16': 'Ribeirão Preto/SP',
  '17': 'São José do Rio Preto/SP',
  '19': 'Campinas/SP',
  '21': 'Rio de Janeiro/RJ',
  '24': 'Petrópolis/RJ',
  '27': 'Vitória/ES',
  '31': 'Belo Horizonte/MG',
  '32': 'Juiz de Fora/MG',
  '34': 'Uberlândia/MG',
  '41': 'Curitiba/PR',
  '43': 'Londrina/PR',
  '47': 'Joinville/SC',
  '48': 'Florianópolis/SC',
  '51': 'Porto Alegre/RS',
  '54': 'Caxias do Sul/RS',
  '61': 'Brasília/DF',
  '62': 'Goiânia/GO',
  '63': 'Palmas/TO',
  '65': 'Cuiabá/MT',
  '67': 'Campo Grande/MS',
  '68': 'Rio Branco/AC',
  '69': 'Porto Velho/RO',
  '71': 'Salvador/BA',
  '79': 'Aracaju/SE',
  '81': 'Recife/PE',
  '82': 'Maceió/AL',
  '83': 'João Pessoa/PB',
  '84': 'Natal/RN',
  '85': 'Fortaleza/CE',
  '86': 'Teresina/PI',
  '91': 'Belém/PA',
  '92': 'Manaus/AM',
  '95': 'Boa Vista/RR',
  '96': 'Macapá/AP',
  '98': 'São Luís/MA',
};

export const streets: readonly string[] = [
  'Rua das Acácias',
  'Avenida Paulista',
  'Rua XV de Novembro',
  'Avenida Brasil',
  'Rua Sete de Setembro',
  'Travessa São João',
  'Rua Conceição',
  'Avenida Getúlio Vargas',
  'Rua Dom Pedro II',
  'Alameda Santos',
  'Rua Marechal Deodoro',
  'Avenida Afonso Pena',
  'Rua da Glória',
  'Rua Tiradentes',
  'Avenida Ipiranga',
];

/** Free-mail domains people in Brazil use besides their company address. */
export const personalDomains: readonly string[] = [
  'gmail.com',
  'outlook.com',
  'hotmail.com',
  'uol.com.br',
  'bol.com.br',
  'terra.com.br',
  'yahoo.com.br',
];

/** Client companies the demo serves: the first gets the requested contacts, the others a handful. */
export const demoCompanies: readonly { id: string; name: string; domain: string }[] = [
  { id: 'co-horizonte', name: 'Construtora Horizonte Ltda.', domain: 'horizonte.com.br' },
  { id: 'co-serra-azul', name: 'Laticínios Serra Azul S.A.', domain: 'serraazul.com.br' },
  { id: 'co-ipe', name: 'Transportes Ipê Ltda.', domain: 'transportesipe.com.br' },
  { id: 'co-bem-estar', name: 'Clínica Bem-Estar', domain: 'clinicabemestar.med.br' },
  { id: 'co-aurora', name: 'Editora Aurora', domain: 'editoraaurora.com.br' },
];

/** Sites of a company (seed 003): a name and an alias. */
export const siteNames: readonly { name: string; alias: string }[] = [
  { name: 'Portal do Cliente', alias: 'portal' },
  { name: 'Loja Virtual', alias: 'loja' },
  { name: 'Intranet', alias: 'intranet' },
  { name: 'Central de Ajuda', alias: 'ajuda' },
  { name: 'Blog Institucional', alias: 'blog' },
];
