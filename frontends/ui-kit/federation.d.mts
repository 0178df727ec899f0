export interface SharedModule {
  singleton: boolean;
  requiredVersion: string;
}
export declare const sharedSingletons: Record<string, SharedModule>;
