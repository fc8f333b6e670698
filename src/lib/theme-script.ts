import { createHash } from 'node:crypto';

/**
 * The one inline script on the site: it applies a remembered theme choice before the first
 * paint, so there is no flash of the wrong theme. Inline because an external file would arrive
 * too late. The Content Security Policy allows exactly this text by its hash.
 */
export const THEME_SCRIPT =
  "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";

/** The CSP source expression for THEME_SCRIPT: 'sha256-…'. */
export const THEME_SCRIPT_HASH = `'sha256-${createHash('sha256').update(THEME_SCRIPT, 'utf8').digest('base64')}'`;
