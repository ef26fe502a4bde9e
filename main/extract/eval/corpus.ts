/** Finding the .tml files of a corpus folder, subfolders included, in a stable order. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function findTmlFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.tml')) found.push(path);
    }
  };
  walk(root);
  return found.map((p) => relative(root, p)).sort();
}
