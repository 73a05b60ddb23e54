/**
 * The fragment of an address, decoded. Readers and other sites send
 * fragments this edition never made (`#%`, `#100%`, a range with a stray
 * `%`), and `decodeURIComponent` throws a URIError on them. Every script
 * reads the fragment through here: each well-formed escape is decoded, a
 * malformed one is kept as typed, and nothing throws.
 */
export function decodeFragment(fragment: string): string {
  const text = fragment.replace(/^#/, '');
  try {
    return decodeURIComponent(text);
  } catch {
    // Decode run by run, so one bad escape does not leave the good ones encoded.
    return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}
