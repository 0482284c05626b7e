import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Every file under a folder, recursively and sorted, skipping hidden entries and node_modules. Symbolic
 * links are followed, to files and to folders, but a folder already visited (a link back up the tree) is
 * not entered twice. Anything that is not a folder is listed, so a broken link, a FIFO or a device gets its
 * own line from the reader rather than vanishing; a folder that cannot be listed is returned as `unlisted`.
 */
export async function filesUnder(root: string): Promise<{ files: string[]; unlisted: { path: string; error: NodeJS.ErrnoException }[] }> {
  const files: string[] = [];
  const unlisted: { path: string; error: NodeJS.ErrnoException }[] = [];
  const visited = new Set<string>();
  const visit = async (folder: string): Promise<void> => {
    let entries: Dirent[];
    try {
      const real = await realpath(folder);
      if (visited.has(real)) return;
      visited.add(real);
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      unlisted.push({ path: folder, error: error as NodeJS.ErrnoException });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(folder, entry.name);
      if (await isFolder(entry, path)) await visit(path);
      else files.push(path);
    }
  };
  await visit(root);
  return { files: files.sort(), unlisted };
}

async function isFolder(entry: Dirent, path: string): Promise<boolean> {
  if (!entry.isSymbolicLink()) return entry.isDirectory();
  return stat(path).then(
    (target) => target.isDirectory(),
    () => false, // a broken or looping link: the reader says which
  );
}
