import { type Catalogue } from '../../catalogue.js';
import type en from './en.js';

/** The validation words in Spanish. */
export default {
  'field.required': 'Campo obligatorio',
  'field.invalid-type': 'Tipo de valor no válido (se esperaba: {expected})',
  'field.invalid-value': 'Valor no aceptado (valores aceptados: {allowed})',
  'field.too-short': 'Usa al menos {min} caracteres',
  'field.too-long': 'Usa como máximo {max} caracteres',
  'field.email-format': 'Introduce un correo electrónico válido, como nombre@empresa.com',
  'field.email-immutable': 'El correo electrónico no se puede cambiar después del registro',
  'field.email-taken': 'Otro contacto de esta empresa ya usa este correo electrónico',
  'field.document-taken': 'Otro contacto de esta empresa ya usa este CPF',
  'field.not-self-editable': 'Un administrador define este dato en tu contacto',
  'field.not-allowed': 'Este campo no se acepta',
  'field.country-code': 'País desconocido: usa el código ISO de dos letras (p. ej., BR)',
  'field.document-cpf-required': 'Para Brasil, el documento debe ser el CPF',
  'field.document-cpf-foreign': 'El CPF solo se aplica a Brasil; elige otro documento',
  'field.cpf-format': 'CPF no válido: usa solo números, puntos y guion',
  'field.cpf-length': 'CPF no válido: debe tener 11 dígitos',
  'field.cpf-repeated': 'CPF no válido: todos los dígitos son iguales',
  'field.cpf-check-digits': 'CPF no válido: los dígitos verificadores no coinciden',
  'field.cpf-leading-zeros':
    'A este CPF le faltan los ceros a la izquierda (las hojas de cálculo suelen quitarlos). ¿Quisiste decir {suggestion}?',
  'field.phone-format': 'Usa solo números',
  'field.phone-country-code': 'Código de país no válido: de 1 a 3 dígitos, p. ej., 55',
  'field.phone-ddd': 'El código de área (DDD) {area} no existe en Brasil',
  'field.phone-brazil-number':
    'Teléfono no válido: un móvil tiene 9 dígitos y empieza por 9; un fijo, 8 dígitos que empiezan por 2 a 5',
  'field.phone-e164':
    'Teléfono no válido: el número completo debe tener entre {min} y {max} dígitos',
  'field.password-min-length': 'La contraseña debe tener al menos {min} caracteres',
  'field.password-max-length': 'La contraseña debe tener como máximo {max} caracteres',
  'field.password-upper': 'La contraseña debe incluir una letra mayúscula',
  'field.password-lower': 'La contraseña debe incluir una letra minúscula',
  'field.password-digit': 'La contraseña debe incluir un número',
  'field.password-special': 'La contraseña debe incluir un carácter especial',
  'field.password-common': 'Esta contraseña es demasiado común; elige otra',
  'field.password-contains-email': 'La contraseña no puede contener tu correo electrónico',
  'field.password-contains-name': 'La contraseña no puede contener tu nombre',
  'password.rule.password-min-length': 'Al menos {min} caracteres',
  'password.rule.password-max-length': 'Como máximo {max} caracteres',
  'password.rule.password-upper': 'Una letra mayúscula',
  'password.rule.password-lower': 'Una letra minúscula',
  'password.rule.password-digit': 'Al menos un número',
  'password.rule.password-special': 'Al menos un carácter especial (como ! @ # $)',
  'password.rule.password-common': 'No ser una contraseña común',
  'password.rule.password-contains-email': 'No contener tu correo electrónico',
  'password.rule.password-contains-name': 'No contener tu nombre',

  'field.email-mismatch': 'Los dos e-mails son distintos.',
  'field.invalid': 'Revise este campo.',
} satisfies Catalogue<keyof typeof en>;
