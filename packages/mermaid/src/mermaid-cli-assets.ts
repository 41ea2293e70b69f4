// What mermaid-cli's renderMermaid loads into Chromium, found where mermaid-cli itself finds it: its page
// (dist/index.html), its request interceptor (which serves local ES modules to that file:// page) and the Mermaid ESM
// bundle of the `mermaid` package mermaid-cli depends on.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Handler, HTTPRequest } from 'puppeteer';

/** mermaid-cli's `Interceptor` (src/puppeteerIntercept.js): file URLs become URLs the page may import from. */
export interface MermaidCliInterceptor {
  fileUrlToInterceptUrl(fileUrl: URL): Promise<string>;
  readonly interceptRequestHandler: Handler<HTTPRequest>;
}

export interface MermaidCliAssets {
  /** file: URL of the page renderMermaid opens for every diagram. */
  readonly pageUrl: string;
  /** The Mermaid ESM bundle renderMermaid imports into that page. */
  readonly mermaidModule: URL;
  /** Version of that Mermaid. */
  readonly mermaidVersion: string;
  /** Version of mermaid-cli. */
  readonly cliVersion: string;
  /** file: URL of mermaid-cli's interceptor module. */
  readonly interceptorModule: string;
}

async function version(packageJson: string): Promise<string> {
  return (JSON.parse(await readFile(packageJson, 'utf8')) as { version?: string }).version ?? 'unknown';
}

async function locate(): Promise<MermaidCliAssets> {
  const cliIndex = fileURLToPath(import.meta.resolve('@mermaid-js/mermaid-cli'));
  const cliRoot = join(dirname(cliIndex), '..');
  // Note: resolved from mermaid-cli's own folder, so this is the Mermaid it would load, whatever this package depends on.
  const mermaidPackage = createRequire(cliIndex).resolve('mermaid/package.json');
  const [mermaidVersion, cliVersion] = await Promise.all([version(mermaidPackage), version(join(cliRoot, 'package.json'))]);
  return {
    pageUrl: pathToFileURL(join(cliRoot, 'dist', 'index.html')).href,
    mermaidModule: pathToFileURL(join(dirname(mermaidPackage), 'dist', 'mermaid.esm.mjs')),
    mermaidVersion,
    cliVersion,
    // Note: not among mermaid-cli's exports; the exact mermaid-cli version in package.json keeps this path valid.
    interceptorModule: pathToFileURL(join(dirname(cliIndex), 'puppeteerIntercept.js')).href,
  };
}

let found: Promise<MermaidCliAssets> | undefined;

/** Where mermaid-cli's page, interceptor and Mermaid bundle are, and their versions (looked up once, loads nothing). */
export function mermaidCliAssets(): Promise<MermaidCliAssets> {
  found ??= locate();
  return found;
}

/** A new mermaid-cli interceptor for one page (its module imports puppeteer, so it is loaded only to render). */
export async function createInterceptor(): Promise<MermaidCliInterceptor> {
  const { Interceptor } = await import((await mermaidCliAssets()).interceptorModule) as { Interceptor: new () => MermaidCliInterceptor };
  return new Interceptor();
}
