/**
 * Finds quoted paths in source text that would leave the repository: a
 * relative path with more leading `..` segments than the file sits folders
 * deep (it climbs out whatever folder it is resolved from inside the file's
 * own tree), or an absolute path into the workspace beside the repository.
 */
export function findEscapingPaths(source: string, depth: number): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/(['"`])((?:\.\.\/)+[^'"`\s]*|\.\.(?=\1)|\/work\/[^'"`\s]*)\1/g)) {
    const path = match[2]!;
    if (path.startsWith('/work/')) {
      found.push(path);
      continue;
    }
    const ups = path.split('/').filter((segment) => segment === '..').length;
    if (ups > depth) found.push(path);
  }
  return found;
}
