import { createHash } from 'node:crypto';

/**
 * Runs in the head before first paint, so a reader who chose a theme never
 * sees the other one flash. It is inline by necessity; its hash goes into
 * the Content-Security-Policy (astro.config.mjs), so no 'unsafe-inline'.
 */
export const THEME_BOOT =
  "try{var t=localStorage.getItem('statement-theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";

export const THEME_BOOT_HASH: `sha256-${string}` = `sha256-${createHash('sha256').update(THEME_BOOT).digest('base64')}`;
