export declare const CHROMIUM: string;
export declare function chromiumArgs(extensionDir: string): string[];
export declare function assertChromium(): void;
