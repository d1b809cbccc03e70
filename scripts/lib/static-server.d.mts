export interface StaticServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}
export declare function serveStatic(roots: string[], port?: number): Promise<StaticServer>;
