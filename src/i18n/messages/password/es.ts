import { plural, type Catalogue } from '../../catalogue.js';
import type en from './en.js';

/** The password field's words in Spanish. */
export default {
  'pw.show': 'Mostrar contraseña',
  'pw.generate': 'Generar una contraseña segura',
  'pw.copy': 'Copiar contraseña',
  'pw.rules': 'La contraseña necesita',
  'pw.met': '{rule}: cumplido',
  'pw.unmet': '{rule}: no cumplido',
  'pw.summary': (p, r) =>
    Number(p.left) === 0
      ? 'La contraseña cumple todas las reglas.'
      : plural(Number(p.left), r, {
          one: 'Falta cumplir # regla.',
          other: 'Falta cumplir # reglas.',
        }),
  'pw.generated': 'Se generó una contraseña segura y está visible: cópiela antes de guardar.',
  'pw.copied': 'Contraseña copiada.',
  'pw.copy-failed': 'No se pudo copiar la contraseña: selecciónela y cópiela usted mismo.',
} satisfies Catalogue<keyof typeof en>;
