import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root, wherever it is checked out. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const repoPath = (...parts: string[]) => join(REPO_ROOT, ...parts);
