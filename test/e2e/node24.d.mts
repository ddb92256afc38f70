export declare const ROOT: string;
export declare const PREFIX: string;
export declare const PACKAGE: string;
export declare const NODE24: string;
export declare function versionOf(binary: string): string | undefined;
export declare function ensureNode24(options?: { log?: (message: string) => void }): {
  path: string;
  version: string;
};
