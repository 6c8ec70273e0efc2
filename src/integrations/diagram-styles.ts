/**
 * Makes src/diagrams/diagrams.css (every diagram's styles, moved out of the SVGs: src/lib/diagram/style.ts)
 * from the committed cache before Vite bundles the CSS. A diagram first drawn during this build writes
 * its styles after the bundle was made, so the build then stops and asks for one more run: otherwise its
 * pages would ship without them.
 */
import type { AstroIntegration } from 'astro';
import { writeDiagramStylesheet } from '../lib/diagram/store.ts';

export default function diagramStyles(): AstroIntegration {
  let atStart = '';
  return {
    name: 'regen:diagram-styles',
    hooks: {
      'astro:config:setup': () => {
        atStart = writeDiagramStylesheet();
      },
      'astro:build:done': () => {
        if (writeDiagramStylesheet() !== atStart)
          throw new Error(
            'New diagrams were drawn in this build, after its stylesheet was made: run the build again, then commit src/diagrams/.',
          );
      },
    },
  };
}
