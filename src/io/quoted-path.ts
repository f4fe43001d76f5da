/** A path as a hint shows it for copying into a command: quoted when it holds a space or a quote. */
export function quotedPath(path: string): string {
  return /[\s'"]/.test(path) ? `"${path.replace(/"/g, '\\"')}"` : path;
}
