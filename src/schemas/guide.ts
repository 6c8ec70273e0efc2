/** content/guides/<slug>.mdx frontmatter: a how-to or explainer (appeals, denial reasons, FDA status...). */
import { z } from 'astro/zod';
import { pageBase, order } from './common.ts';

export const guideSchema = pageBase.extend({
  /** Group on the guides list: what the reader is trying to do. */
  group: z.enum(['appeals', 'understanding', 'paying', 'clinics']).default('understanding'),
  /** Order within the group (lower first). */
  order,
});

export type Guide = z.infer<typeof guideSchema>;
