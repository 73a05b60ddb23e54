/**
 * Starts each behaviour of a page on its own. One that throws (a browser
 * without some API, an address nobody foresaw) is reported in the console
 * and the others still start: a reader's page is never left half-working
 * because of one part.
 */
export function startEach(behaviours: Record<string, () => void>): void {
  for (const [name, start] of Object.entries(behaviours)) {
    try {
      start();
    } catch (error) {
      console.error(`${name} did not start:`, error);
    }
  }
}
