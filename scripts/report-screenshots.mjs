// `node scripts/report-screenshots.mjs`: the README's pictures of the report, made from the
// demo so they stay true. Runs `npm run demo` (unless demo/out/candidate is there), then in
// Debian's chromium: renders the comment's Markdown (report.md) as GitHub does — markdown-it,
// GitHub's Markdown CSS, Mermaid for the charts — and screenshots it; opens report.html from
// disk and screenshots its first screen. Writes docs/images/report-comment.png and
// docs/images/report-html.png.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import MarkdownIt from 'markdown-it';
import { chromium } from 'playwright-core';

const repo = dirname(dirname(fileURLToPath(import.meta.url)));
const candidateDir = join(repo, 'demo', 'out', 'candidate');
const images = join(repo, 'docs', 'images');

if (!existsSync(join(candidateDir, 'report.html')) || process.argv.includes('--fresh')) {
  const demo = spawnSync('npm', ['run', 'demo'], { cwd: repo, stdio: 'inherit' });
  if (demo.status !== 0) throw new Error(`npm run demo exited with ${demo.status}`);
}

// GitHub's renderer: raw HTML (details/summary/sub) kept, ```mermaid blocks drawn by Mermaid.
const markdown = new MarkdownIt({ html: true, linkify: true });
const fence = markdown.renderer.rules.fence;
markdown.renderer.rules.fence = (tokens, index, options, env, self) => {
  const token = tokens[index];
  if (token.info.trim() === 'mermaid') return `<pre class="mermaid">${markdown.utils.escapeHtml(token.content)}</pre>`;
  return fence(tokens, index, options, env, self);
};
const body = markdown.render(readFileSync(join(candidateDir, 'report.md'), 'utf8'));
const css = readFileSync(join(repo, 'node_modules', 'github-markdown-css', 'github-markdown-light.css'), 'utf8');
const mermaid = readFileSync(join(repo, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js'), 'utf8');
const page = `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { background: #fff; margin: 0; } .comment { max-width: 880px; margin: 16px; border: 1px solid #d0d7de; border-radius: 6px; padding: 16px 24px; }
</style></head><body><article class="comment markdown-body">${body}</article>
<script>${mermaid.replace(/<\/script/gi, '<\\/script')}</script>
<script>mermaid.initialize({ startOnLoad: false, theme: 'default' }); mermaid.run().then(() => { document.body.dataset.drawn = 'yes'; });</script>
</body></html>`;

const scratch = mkdtempSync(join(tmpdir(), 'mrg-shots-'));
const commentPath = join(scratch, 'comment.html');
writeFileSync(commentPath, page);
mkdirSync(images, { recursive: true });
const context = await chromium.launchPersistentContext(join(scratch, 'profile'), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
  viewport: { width: 920, height: 900 },
  deviceScaleFactor: 1,
});
try {
  const comment = await context.newPage();
  const errors = [];
  comment.on('pageerror', (error) => errors.push(error.message));
  await comment.goto(pathToFileURL(commentPath).href);
  await comment.waitForSelector('body[data-drawn="yes"]', { timeout: 30_000 });
  if (errors.length > 0 || (await comment.$$('.mermaid svg')).length === 0)
    throw new Error(`Mermaid did not draw the charts: ${errors.join('; ')}`);
  // The first screen a reviewer sees, down to the end of the first chart.
  const article = await comment.$('article');
  await article.screenshot({ path: join(images, 'report-comment.png') });

  const html = await context.newPage();
  await html.setViewportSize({ width: 1280, height: 1400 });
  await html.goto(pathToFileURL(join(candidateDir, 'report.html')).href);
  await html.screenshot({ path: join(images, 'report-html.png') });
  console.log(`wrote ${join('docs', 'images', 'report-comment.png')} and ${join('docs', 'images', 'report-html.png')}`);
} finally {
  await context.close();
  rmSync(scratch, { recursive: true, force: true });
}
