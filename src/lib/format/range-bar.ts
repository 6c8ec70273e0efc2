/**
 * A price range drawn on a track from $0 to the highest price shown, with the typical price marked. SVG
 * attributes place the bar, so pages need no `style=` and the policy no `'unsafe-inline'` (issue #15).
 * One drawing for the price ranges on therapy pages and for the estimator (build time and browser alike:
 * src/lib/format/tree.ts).
 */
import { h, type El } from './tree.ts';

/** Where the bar starts and how wide it is, and where the typical price sits, in percent of the track. */
export interface BarPlacement {
  left: number;
  width: number;
  typical?: number | undefined;
}

export function rangeBar(bar: BarPlacement): El {
  return h(
    'svg',
    { class: 'range-track', 'aria-hidden': 'true', focusable: 'false' },
    h('rect', { class: 'range-bar', x: `${bar.left}%`, width: `${bar.width}%`, height: '100%', rx: 5 }),
    // The mark reaches 0.3rem above and below the 0.8rem track, as the bar design had it.
    bar.typical !== undefined &&
      h('rect', { class: 'range-typical', x: `${bar.typical}%`, y: '-37.5%', width: 3, height: '175%' }),
  );
}
