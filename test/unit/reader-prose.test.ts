/**
 * What the reading-ease check reads on a built page (readerProse, scripts/lib/readability.ts): each block of
 * <main> as a sentence, and nothing that is not prose. Built pages are measured in test/site/reading-ease.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LINE_CLASSES, readerProse } from '../../scripts/lib/readability.ts';
import { ROOT } from '../support/fixtures.ts';

const page = (main: string, lang = 'es-US') =>
  `<!doctype html><html lang="${lang}"><head><title>Título</title></head><body>` +
  `<header><nav><a href="/es/">Inicio de la guía</a></nav></header><main id="main">${main}</main>` +
  `<footer><p>Pie de página</p></footer></body></html>`;
const blocks = (main: string, lang?: string) => readerProse(page(main, lang)).blocks;

describe('readerProse', () => {
  it('reads only <main>, and takes the language from <html lang>', () => {
    expect(readerProse(page('<h1>Hola</h1>'))).toEqual({ lang: 'es', blocks: ['Hola.'] });
    expect(readerProse(page('<p>Hi there</p>', 'en-US')).lang).toBe('en');
    expect(readerProse('<html lang="es"><body><p>Sin main</p></body></html>').blocks).toEqual([]);
  });

  it('makes each block a sentence: a full stop where it has no end punctuation of its own', () => {
    expect(
      blocks(
        '<h2>Qué hacer ahora</h2><p>Pida la carta. <a href="#">Vea cómo</a></p><ul><li>¿Se lo negaron?</li>' +
          '<li>Antes de pagar:</li></ul><table><tr><th>Tratamiento</th><td>Cubierto con condiciones</td></tr></table>' +
          '<dl><dt>Copago</dt><dd>Un monto fijo</dd></dl><details><summary>Fuentes</summary></details>' +
          '<fieldset><legend>Su plan</legend><label>Plan del trabajo<input value="valor escrito"></label></fieldset>',
      ),
    ).toEqual([
      'Qué hacer ahora.',
      'Pida la carta. Vea cómo.',
      '¿Se lo negaron?',
      'Antes de pagar:.',
      'Tratamiento.',
      'Cubierto con condiciones.',
      'Copago.',
      'Un monto fijo.',
      'Fuentes.',
      'Su plan.',
      'Plan del trabajo.',
    ]);
  });

  it('splits a list item at a nested list, and keeps the text after it', () => {
    expect(blocks('<ul><li>Puede apelar.<ul><li>En 120 días</li></ul>Vale su aviso</li></ul>')).toEqual([
      'Puede apelar.',
      'En 120 días.',
      'Vale su aviso.',
    ]);
  });

  it('reads each line the CSS sets apart as a block, so a cell’s two answers are not one run-on sentence', () => {
    expect(
      blocks(
        '<td><a class="cell-entry" href="#"><span class="badge"><span aria-hidden="true">✓</span>Cubierto</span> ' +
          '<small>heridas que no sanan</small></a><a class="cell-entry" href="#"><span class="badge">' +
          '<span aria-hidden="true">✕</span>No cubierto</span> <small>las articulaciones</small></a></td>',
      ),
    ).toEqual(['Cubierto heridas que no sanan.', 'No cubierto las articulaciones.']);
  });

  it('leaves out code, drawings, scripts, form values, citations, hidden elements and icons', () => {
    expect(
      blocks(
        '<p>Use el código <code>J7325</code> en su carta.<a class="cite" href="#s"><span class="visually-hidden">' +
          'Fuente: </span>[L39058]</a></p><pre>Carta modelo larga y difícil</pre>' +
          '<figure><svg><text>Pregunta del diagrama</text></svg><figcaption>El diagrama</figcaption></figure>' +
          '<script>const palabras = "no";</script><select><option>Alabama</option></select>' +
          '<textarea>Texto que escribió</textarea><p hidden>palabras clave, búsqueda</p>' +
          '<span aria-hidden="true">✓</span>',
      ),
    ).toEqual(['Use el código en su carta.', 'El diagrama.']);
  });

  it('leaves out words in another language than the page’s, and the punctuation they leave behind', () => {
    expect(
      blocks(
        '<ol><li><span lang="en-US">Centers for Medicare &amp; Medicaid Services</span>. <a lang="en-US" ' +
          'href="#">Blood-Derived Products</a> (en inglés), NCD 270.3. <span>La consultamos: 2026.</span></li></ol>',
      ),
    ).toEqual(['(en inglés), NCD 270.3. La consultamos: 2026.']);
    expect(blocks('<p>Ask for <span lang="es-US">una carta</span> today</p>', 'en-US')).toEqual(['Ask for today.']);
  });

  it('leaves out a block that is only a code, a number or an address', () => {
    expect(
      blocks(
        '<ul><li>L39058</li><li>$1,500</li><li>TRICARE</li><li>1-800-MEDICARE</li><li>www.medicare.gov</li>' +
          '<li>https://www.cms.gov/x</li><li>A</li><li>Medicare</li><li>2 de 4</li></ul>',
      ),
    ).toEqual(['Medicare.', '2 de 4.']);
  });

  it('keeps visually hidden words a screen reader adds, not those that repeat words on the page', () => {
    expect(
      blocks(
        '<p>Cambió el 30 de noviembre de 2026. <a href="#">Vea el cambio<span class="visually-hidden"> ' +
          '(30 de noviembre de 2026)</span></a></p><p><a href="#">Cambiar<span class="visually-hidden"> su ' +
          'respuesta: Tratamiento</span></a></p><p><span aria-hidden="true">—</span><span class="visually-hidden">' +
          'Todavía no hay respuesta</span></p><p>Cubierto<span class="visually-hidden">,</span> para heridas</p>',
      ),
    ).toEqual([
      'Cambió el 30 de noviembre de 2026. Vea el cambio.',
      'Cambiar su respuesta: Tratamiento.',
      'Todavía no hay respuesta.',
      'Cubierto, para heridas.',
    ]);
  });

  it('names only classes the site’s CSS really sets on a line of their own', () => {
    const css = readFileSync(join(ROOT, 'src/styles/site.css'), 'utf8');
    for (const c of LINE_CLASSES)
      expect(css, c).toMatch(new RegExp(`(^|[\\s,}])[a-z]*\\.${c}\\s*(,[^{]*)?\\{[^}]*display:\\s*(block|flex|grid)`));
  });
});
