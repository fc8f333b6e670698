/**
 * The content folder, relative to the project root: `content`, or SITE_CONTENT_DIR for the
 * bad-content fixture builds (tests/build) and the benchmark's generated content.
 * Read by src/content.config.ts only; schemas never read files or the environment.
 */
export const CONTENT_ROOT = process.env.SITE_CONTENT_DIR ?? 'content';
