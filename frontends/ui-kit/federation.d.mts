export interface SharedModule {
  singleton: boolean;
  requiredVersion: string;
}
export declare const sharedSingletons: Record<string, SharedModule>;
/** sharedSingletons for a remote's production build: the kit's charts and forms entries consume-only */
export declare const remoteBuildShared: Record<string, SharedModule & { import?: false }>;
