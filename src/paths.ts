/** The site's links with this build's base path (BASE_PATH) in front; see src/lib/paths.ts. For pages. */
import { createPaths } from './lib/paths.ts';

export const paths = createPaths(import.meta.env.BASE_URL);
