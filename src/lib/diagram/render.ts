/**
 * Draws Mermaid diagrams with the real mermaid package in one headless Chromium page: mermaid loads
 * once, then diagrams render one after another (about 0.1 s each; a fresh page per diagram costs ~1 s).
 * The browser closes itself when no diagram has been asked for in a while, so a build can exit.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../browser/chromium.ts';
import { MERMAID_CONFIG } from './svg.ts';

const IDLE_MS = 1500;

let session: Promise<{ browser: Browser; page: Page }> | undefined;
let queue: Promise<unknown> = Promise.resolve();
let idle: ReturnType<typeof setTimeout> | undefined;

async function open(executablePath: string) {
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  const script = createRequire(join(process.cwd(), 'package.json')).resolve('mermaid/dist/mermaid.min.js');
  await page.addScriptTag({ path: script });
  await page.evaluate(
    (config) => (window as unknown as { mermaid: { initialize: (c: unknown) => void } }).mermaid.initialize(config),
    MERMAID_CONFIG,
  );
  return { browser, page };
}

/** Closes the shared browser now (tests call this; builds rely on the idle timer). */
export async function closeRenderer(): Promise<void> {
  if (idle) clearTimeout(idle);
  const s = session;
  session = undefined;
  if (s) await (await s).browser.close();
}

/** Mermaid's raw SVG for `code`, with `svgId` as the svg element's id. Renders are serialised. */
export function renderMermaid(code: string, svgId: string, executablePath: string): Promise<string> {
  if (idle) clearTimeout(idle);
  session ??= open(executablePath);
  const s = session;
  const job = queue.then(async () => {
    const { page } = await s;
    return page.evaluate(
      async ([text, id]) => {
        const m = (window as unknown as { mermaid: { render: (id: string, text: string) => Promise<{ svg: string }> } })
          .mermaid;
        return (await m.render(id, text)).svg;
      },
      [code, svgId] as const,
    );
  });
  queue = job
    .catch(() => undefined)
    .finally(() => {
      if (idle) clearTimeout(idle);
      idle = setTimeout(() => void closeRenderer(), IDLE_MS);
    });
  return job;
}

/** Whether Mermaid's own parser accepts `code` (tests use this to check generated diagram text). */
export async function parseMermaid(code: string, executablePath: string): Promise<true | string> {
  session ??= open(executablePath);
  const { page } = await session;
  return page.evaluate(async (text) => {
    try {
      await (window as unknown as { mermaid: { parse: (t: string) => Promise<unknown> } }).mermaid.parse(text);
      return true as const;
    } catch (e) {
      return String((e as Error).message ?? e);
    }
  }, code);
}
