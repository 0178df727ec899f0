export * from './seed';
export { startSystem, type RunningSystem, type SystemOptions, type Ports } from './system/system';
export { ensureSigningKeyFile } from './system/signing-key';
export { buildPortal } from './system/portal-build';
export { repoPath, REPO_ROOT } from './system/paths';
export { scoreBankIfUnscored } from './system/first-scores';
