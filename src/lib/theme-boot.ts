import { createHash } from 'node:crypto';

/**
 * Runs in the head before first paint, so a reader who chose a theme never
 * sees the other one flash, and controls that need JavaScript (`.needs-js`)
 * take their place from the first paint instead of pushing the text down
 * later. It is inline by necessity; its hash goes into the
 * Content-Security-Policy (astro.config.mjs), so no 'unsafe-inline'.
 */
export const THEME_BOOT =
  "document.documentElement.classList.add('js');try{var t=localStorage.getItem('statement-theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";

export const THEME_BOOT_HASH: `sha256-${string}` = `sha256-${createHash('sha256').update(THEME_BOOT).digest('base64')}`;
