// Types for bench-load.mjs (the parts the e2e load test uses).
export interface LoadTarget {
  port: number;
  token: string;
}
export interface LoadError {
  op: string;
  code: string;
  message: string;
}
export interface LoadResult {
  trainees: number;
  clients: number;
  seconds: number;
  requests: number;
  p50: number;
  p95: number;
  max: number;
  ops: Record<string, { n: number; p50: number; p95: number }>;
  errors: LoadError[];
  busy: number;
}
export declare function runLoad(
  target: LoadTarget,
  options?: { clients?: number; seconds?: number },
): Promise<LoadResult>;
export declare function seedAuditLog(file: string, count: number): void;
