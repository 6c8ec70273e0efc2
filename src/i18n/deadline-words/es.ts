/** The deadline views' words in Spanish (src/i18n/deadline-words.ts). */
import type { DeadlineWords } from '../deadline-words.ts';

export const DEADLINE_WORDS_ES: DeadlineWords = {
  lang: 'es',
  day: ['día', 'días'],
  month: ['mes', 'meses'],
  rule: {
    days: '{count} a partir de {from}',
    receipt: '{base} ({who} da por hecho que usted lo recibe {count} después de la fecha que lleva)',
    months: '{count} a partir de {from}',
    range: 'de {min} a {max} días a partir de {from}, según lo fije su estado',
    automatic: 'pasa solo al siguiente paso después de {from}',
  },
  view: {
    fileBy: 'Presente la apelación a más tardar el {date}',
    passed: 'Esta fecha ya pasó',
    ago:
      ' (hace {count}). Pregunte al plan cuanto antes si puede aceptar una apelación tardía por una causa ' +
      'justificada.',
    today: ' (hoy).',
    fromToday: ' (faltan {count}).',
    safe: 'Para ir a lo seguro, presente la apelación a más tardar el {date}',
    stateMay: '; su estado puede darle hasta el {date}. Revise su aviso.',
    automatic: 'Este paso ocurre solo: usted no tiene que presentar nada.',
  },
  calendar: {
    summary: 'Plazo de apelación: {name}',
    fileBy: 'Presente la apelación a más tardar el {date}.',
    fileBySafe: 'Para ir a lo seguro, preséntela a más tardar el {date}; su estado puede darle hasta el {latest}.',
    rule: '{plan}. La regla general: {rule}. El aviso tiene fecha del {notice}.',
    govern:
      'Valen la fecha y las reglas impresas en su propio aviso. Envíe su apelación con tiempo y guarde una prueba ' +
      'de cuándo la envió.',
  },
  parse: {
    empty: 'Escriba la fecha impresa en su aviso.',
    format: 'Escriba la fecha como año, mes y día, por ejemplo 2026-03-15.',
    noSuchDate: 'No existe la fecha {value}. Revise el día y el mes en su aviso.',
    future: 'La fecha del aviso no puede ser posterior a hoy. Revise la fecha que escribió.',
    tooOld:
      'Revise el año: {value} es de hace más de {years} años. Si su aviso de verdad es tan antiguo, los plazos ' +
      'usuales ya pasaron; pregunte a su plan qué puede hacer todavía.',
  },
};
