import { plural, type Catalogue } from '../../catalogue.js';
import type en from './en.js';

/** The password field's words in Brazilian Portuguese. */
export default {
  'pw.show': 'Mostrar senha',
  'pw.generate': 'Gerar uma senha forte',
  'pw.copy': 'Copiar senha',
  'pw.rules': 'A senha precisa ter',
  'pw.met': '{rule}: atendido',
  'pw.unmet': '{rule}: não atendido',
  'pw.summary': (p, r) =>
    Number(p.left) === 0
      ? 'A senha atende a todas as regras.'
      : plural(Number(p.left), r, {
          one: 'Falta atender # regra.',
          other: 'Falta atender # regras.',
        }),
  'pw.generated': 'Uma senha forte foi gerada e está visível: copie-a antes de salvar.',
  'pw.copied': 'Senha copiada.',
  'pw.copy-failed': 'Não foi possível copiar a senha: selecione-a e copie você mesmo.',
} satisfies Catalogue<keyof typeof en>;
