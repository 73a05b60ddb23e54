/**
 * Where this copy of the site is served. Links the reader copies are built
 * from it, not from the canonical address baked in at build time, so a copy
 * served anywhere hands out links that work there.
 */
export function siteRoot(): string {
  return new URL(document.documentElement.dataset.base ?? '/', location.origin).href;
}

/** Rewrites an address built for the canonical site to the site actually serving the page. */
export function served(url: string): string {
  const built = document.documentElement.dataset.siteRoot;
  return built && url.startsWith(built) ? siteRoot() + url.slice(built.length) : url;
}
