/**
 * The built playground in real headless Chromium (Debian's, driven by playwright-core): the page
 * is served from playground/dist by a plain static server, as any user would host it. Skips with
 * one line when Chromium is not installed (.ci/run installs it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ROOT = path.resolve(import.meta.dirname, '..');
const SITE = path.join(ROOT, 'playground', 'dist');
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
const available = fs.existsSync(CHROMIUM);
if (!available) console.log(`playground e2e: skipped, no Chromium at ${CHROMIUM}`);

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** A plain static server that puts the site under /some/folder/, as a user might host it. */
const FOLDER = '/some/folder/';

function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (!url.pathname.startsWith(FOLDER)) { res.writeHead(404).end(); return; }
    const rest = url.pathname.slice(FOLDER.length);
    const file = path.join(dir, decodeURIComponent(rest === '' ? 'index.html' : rest));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe.skipIf(!available)('playground in headless Chromium', () => {
  let server: http.Server;
  let browser: Browser;
  let page: Page;
  let base = '';

  beforeAll(async () => {
    // The page under test is the one `npm run build:playground` writes.
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', 'playground', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
    server = await serve(SITE);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${FOLDER}`;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  async function runScript(script: string, url = base, how: 'button' | 'keys' = 'button'): Promise<void> {
    if (page.url() !== url) await page.goto(url);
    await page.getByTestId('editor').fill(script);
    if (how === 'keys') await page.getByTestId('editor').press('Control+Enter');
    else await page.getByTestId('run').click();
    await page.waitForFunction(() => document.body.dataset.state === 'done' || document.body.dataset.state === 'stopped', undefined, { timeout: 30_000 });
  }

  it('runs the seed pipeline and draws its binding: CimSessionSet, ValueFromPipeline', async () => {
    await runScript('New-CimSession -ComputerName a,b | Out-Null; Get-CimSession | Remove-CimSession\n"left: " + @(Get-CimSession).Count');
    expect(await page.getByTestId('output').textContent()).toBe('left: 0\n');
    expect(await page.getByTestId('errors').textContent()).toBe('');
    const pane = page.getByTestId('binding');
    const text = (await pane.textContent()) ?? '';
    expect(text).toContain('Get-CimSession | Remove-CimSession');
    expect(text).toContain('Parameter set: CimSessionSet');
    expect(text).toContain('ValueFromPipeline');
    // One arrow per session, from the object to -CimSession, labelled with the pass.
    const edges = pane.locator('article[data-command="Remove-CimSession"] g.flow-edge');
    expect(await edges.count()).toBe(2);
    expect(await edges.first().getAttribute('data-pass')).toBe('ValueFromPipeline');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'playground-binding.png'), fullPage: true });
  });

  it('explains a ByPropertyName binding with conversion, and the sets it dropped', async () => {
    await runScript("New-CimSession -ComputerName srv1 | Out-Null\n[pscustomobject]@{ Id = 1 } | Remove-CimSession\n@(Get-CimSession).Count");
    expect(await page.getByTestId('output').textContent()).toBe('0\n');
    const pane = page.getByTestId('binding');
    const edge = pane.locator('article[data-command="Remove-CimSession"] g.flow-edge');
    expect(await edge.count()).toBe(1);
    expect(await edge.getAttribute('data-pass')).toBe('ValueFromPipelineByPropertyName');
    expect(await edge.getAttribute('class')).toContain('converted');
    const text = (await pane.textContent()) ?? '';
    expect(text).toContain('-Id');
    expect(text).toContain('Parameter set: SessionIdSet');
    expect(text).toContain('ByPropertyName, with conversion');
    expect(text).toContain('-Id bound from the pipeline; CimSessionSet has no -Id');
  });

  it('shows parse errors with line, column and caret, and runtime errors as Cmdlet-Name: message', async () => {
    await runScript('Get-CimSession -Id 99\n"after"', base, 'keys');
    expect(await page.getByTestId('output').textContent()).toBe('after\n');
    expect(await page.getByTestId('errors').textContent()).toContain('Get-CimSession: ');
    await runScript('if ($true {');
    const errors = (await page.getByTestId('errors').textContent()) ?? '';
    expect(errors).toContain('ParserError: /home/learner/playground.ps1:1');
    expect(errors).toContain('~');
  });

  it('loads an example from the menu, and restores a shared link without running it', async () => {
    await page.goto(base);
    await page.getByTestId('examples').selectOption('04-by-property-name');
    expect(await page.getByTestId('editor').inputValue()).toContain("[pscustomobject]@{ ComputerName = 'srv1' } | Remove-CimSession");
    await page.getByTestId('editor').fill('"shared " + (1 + 2)');
    await page.getByTestId('share').click();
    const link = page.url();
    expect(link).toContain('#script=');
    const second = await browser.newPage();
    await second.goto(link);
    await second.waitForFunction(() => document.body.dataset.state === 'ready');
    expect(await second.getByTestId('editor').inputValue()).toBe('"shared " + (1 + 2)');
    expect(await second.getByTestId('output').textContent()).toBe('');
    await second.getByTestId('run').click();
    await second.waitForFunction(() => document.body.dataset.state === 'done');
    expect(await second.getByTestId('output').textContent()).toBe('shared 3\n');
    await second.close();
  });

  it('stops while ($true) {} with the Stop button, and runs again afterwards', async () => {
    await page.goto(base);
    await page.getByTestId('editor').fill('"before"\nwhile ($true) {}');
    await page.getByTestId('run').click();
    await page.getByTestId('output').filter({ hasText: 'before' }).waitFor({ timeout: 10_000 });
    await page.getByTestId('stop').click();
    await page.waitForFunction(() => document.body.dataset.state === 'stopped');
    expect(await page.getByTestId('errors').textContent()).toContain('Stopped by the Stop button.');
    await runScript('"again"', page.url());
    expect(await page.getByTestId('output').textContent()).toBe('again\n');
  });

  it('stops a runaway script at the time budget', async () => {
    await runScript('while ($true) {}', `${base}?budget=1000`);
    expect(await page.getByTestId('errors').textContent()).toContain('ran longer than the time budget of 1 s');
  });
});
