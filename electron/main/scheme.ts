// The built renderer's own address: clair-desk://app/index.html, served from out/renderer by a plain
// function. A real origin (not file://) gives the page real response headers (the CSP), an origin
// isAppUrl can compare exactly, and no way to reach any other file on the disk.
// Only type imports from 'electron': index.ts registers the scheme and hands the protocol in.
import fs from 'node:fs';
import path from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { staticFileHeaders } from '../core';

export const APP_SCHEME = 'clair-desk';
export const APP_HOST = 'app';
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Registered before `ready`. Standard: relative URLs, hash routing and web storage work as on http;
 * secure: a secure context; supportFetchAPI: the page may fetch its own files. Not bypassCSP (the
 * policy applies), not corsEnabled (every request is same-origin, nothing else may read these files).
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** What the handler reads of a request; the fetch API's `Request` has both. */
export interface SchemeRequest {
  method: string;
  url: string;
}

export type SchemeHandler = (request: SchemeRequest) => Promise<Response>;

export interface SchemeOptions {
  /** The built renderer (out/renderer). */
  root: string;
  /** Headers on every answer, refusals included (the security headers with the CSP). */
  headers: Record<string, string>;
}

/** Serves the files under `root`; anything else, or anything odd, is a 404 that says nothing more. */
export function appSchemeHandler({ root, headers }: SchemeOptions): SchemeHandler {
  let realRoot: Promise<string> | null = null;
  const refuse = (status: number, extra: Record<string, string> = {}) =>
    new Response(null, { status, headers: { ...headers, ...extra } });
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, { allow: 'GET, HEAD' });
    const segments = appSegments(request.url);
    if (!segments) return refuse(404);
    realRoot ??= fs.promises.realpath(root);
    const file = await fileUnder(await realRoot, segments);
    if (!file) return refuse(404);
    const data = await fs.promises.readFile(file);
    const answerHeaders = { ...staticFileHeaders(file), ...headers, 'content-length': String(data.length) };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(data), {
      status: 200,
      headers: answerHeaders,
    });
  };
}

/** Serves the app on the session's protocol (the session the window uses). */
export function registerAppScheme(protocol: Protocol, handler: SchemeHandler): void {
  protocol.handle(APP_SCHEME, handler);
}

/**
 * The path of a request to clair-desk://app as plain file names (`/` is index.html), or null for
 * another scheme or host, or a path that is not a plain relative one: `..`, `.`, an encoded `/` or
 * `\`, a NUL, a drive (`C:`) or an empty segment (`//etc`, `/assets/`).
 */
export function appSegments(url: string): string[] | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host.toLowerCase() !== APP_HOST) return null;
  if (parsed.username || parsed.password) return null;
  if (parsed.pathname === '/' || parsed.pathname === '') return ['index.html'];
  const segments: string[] = [];
  for (const raw of parsed.pathname.slice(1).split('/')) {
    const name = decodeSegment(raw);
    if (name === null || !isPlainName(name)) return null;
    segments.push(name);
  }
  return segments;
}

function decodeSegment(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

function isPlainName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\:\0]/.test(name);
}

/**
 * The real file for `segments` under `realRoot`, or null when it does not exist, is not a file, or
 * leads outside (a symlink pointing elsewhere): the real path must still be under the real root.
 */
async function fileUnder(realRoot: string, segments: string[]): Promise<string | null> {
  let real: string;
  try {
    real = await fs.promises.realpath(path.join(realRoot, ...segments));
  } catch {
    return null;
  }
  if (!real.startsWith(realRoot + path.sep)) return null;
  const stat = await fs.promises.stat(real);
  return stat.isFile() ? real : null;
}
