import * as core from '@actions/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeployEvent } from '../../../src/events.js';
import { annotateSpecProblems } from '../../../src/github/annotations.js';
import type { ObjectRef } from '../../../src/kube/object.js';
import type { ComponentInfo } from '../../../src/render/types.js';
import { renderPrComment } from '../../../src/report/comment.js';
import { SecretMasker } from '../../../src/report/mask.js';
import { ProgressReporter } from '../../../src/report/progress.js';
import { buildRunReport, finalizeReport } from '../../../src/report/result.js';
import { renderJobSummary } from '../../../src/report/summary.js';

/*
 * Text written by the app (termination messages, events, log lines) or by whoever opens a pull request (titles,
 * branch names, a head spec's component names) rendered through the real reporters: the job summary, the PR
 * comment, the annotations and the progress log (through the real @actions/core). Nothing may come out live: no
 * link, image, @mention, issue reference, HTML tag, mermaid statement, workflow command or terminal escape.
 */

const hostile: { name: string; text: string; shows: string }[] = [
  { name: 'img tag with onerror', text: '<img src=x onerror=alert(1)>', shows: 'onerror' },
  { name: 'markdown link', text: '[click](https://evil.example/login)', shows: 'click' },
  { name: 'markdown image', text: '![x](https://evil.example/x.png)', shows: 'x.png' },
  { name: 'user mention', text: '@octocat please', shows: 'octocat' },
  { name: 'team mention', text: 'ping @acme/admins now', shows: 'admins' },
  { name: 'issue references', text: '#1 closes #2, see acme/shop#3 and GH-4', shows: 'closes' },
  { name: 'v2 workflow command', text: '::set-output name=x::y', shows: 'set-output' },
  { name: 'command after a newline', text: 'oops\n::error::pwned', shows: 'pwned' },
  { name: 'command after a lone CR', text: 'oops\r::add-mask::pwned', shows: 'pwned' },
  { name: 'command after a Unicode line separator', text: 'oops\u2028::error::pwned', shows: 'pwned' },
  { name: 'indented stop-commands', text: '   ::stop-commands::tok123', shows: 'tok123' },
  { name: 'zero-width space before a command', text: '\u200b::error::hidden', shows: 'hidden' },
  { name: 'zero-width joiner inside the command key', text: ':\u200d:warning::split', shows: 'split' },
  { name: 'control character before a command', text: '\u0001::debug::ctrl', shows: 'ctrl' },
  { name: 'legacy ##[ command mid-line', text: 'log ##[set-output name=x;]legacy', shows: 'legacy' },
  { name: 'legacy command split by a soft hyphen', text: 'log #\u00ad#[add-mask]shy', shows: 'shy' },
  { name: 'closing details and a script', text: '</details><script>alert(1)</script>', shows: 'alert' },
  { name: 'raw anchor', text: '<a href="https://evil.example">win</a>', shows: 'win' },
  { name: 'angle autolink', text: '<https://evil.example/a>', shows: 'evil' },
  { name: 'fence breaker', text: '```\n</details>\n# owned\n```', shows: 'owned' },
  { name: 'long fence breaker', text: '``````````\n<img src=y>\n``````````', shows: 'img' },
  { name: 'table pipes', text: '| a | b |\n|---|---|', shows: 'a' },
  { name: 'bare https URL', text: 'go to https://evil.example now', shows: 'evil' },
  { name: 'bare www URL', text: 'visit WWW.evil.example', shows: 'evil' },
  { name: 'e-mail autolink', text: 'mail admin@evil.example', shows: 'admin' },
  { name: 'mermaid label breakout', text: '"]; click A "https://evil.example" _blank; A["', shows: 'click' },
  { name: 'mermaid br and directive', text: 'x<br>y %%{init: {"theme":"dark"}}%%', shows: 'init' },
  { name: 'ANSI colour', text: '\u001b[31mred alert\u001b[0m', shows: 'red alert' },
  {
    name: 'OSC 8 terminal hyperlink',
    text: '\u001b]8;;https://evil.example\u0007click me\u001b]8;;\u0007',
    shows: 'click me',
  },
  { name: 'RTL override', text: 'invoice\u202egpj.exe', shows: 'invoice' },
  { name: 'entity that would decode to a tag', text: '&lt;img src=x onerror=alert(2)&gt;', shows: 'onerror' },
  { name: 'emphasis and code', text: '*bold* _it_ ~~strike~~ `code` $x$', shows: 'bold' },
  { name: 'block markers', text: '# heading\n> quote\n- item\n1. first', shows: 'heading' },
  { name: 'reference definition', text: '[x]: https://evil.example', shows: 'x' },
  { name: 'html comment', text: '<!-- k8deployer:shop:pr-1 --> hidden', shows: 'hidden' },
];

const t0 = 1_700_000_000_000;
const trustedUrls = [
  'https://shop.example.com',
  'https://github.com/acme/shop/actions/runs/1',
  'https://pr-1.preview.example.com',
];

function ref(name: string): ObjectRef {
  return { apiVersion: 'apps/v1', kind: 'Deployment', name, namespace: 'shop' };
}

/** A run where the hostile text is everywhere the cluster or a pull request can put text. */
function hostileRun(text: string, command: 'deploy' | 'plan'): DeployEvent[] {
  const events: DeployEvent[] = [
    { type: 'run-started', runId: 'r1', command, app: 'shop', clusters: ['eu-1'], at: t0 },
    { type: 'cluster-started', cluster: 'eu-1', namespace: 'shop', at: t0 + 1 },
  ];
  if (command === 'plan') {
    events.push({
      type: 'plan-ready',
      cluster: 'eu-1',
      changes: [
        {
          ref: ref('api'),
          component: text,
          action: 'update',
          diff: `--- live\n+++ desired\n-  msg: old\n+  msg: ${text}\n`,
        },
        { ref: { ...ref('web'), name: `web-${text}` }, component: 'web', action: 'create' },
      ],
      at: t0 + 2,
    });
  }
  events.push(
    {
      type: 'object-progress',
      cluster: 'eu-1',
      component: 'api',
      ref: ref('api'),
      status: 'InProgress',
      message: text,
      at: t0 + 3,
    },
    {
      type: 'object-failed',
      cluster: 'eu-1',
      component: 'api',
      ref: ref('api'),
      reason: `Deployment api: ${text}`,
      details: {
        events: [`Warning BackOff pod/api-1 ${text}`],
        logTail: ['starting', text, `after ${text}`],
        logUnavailable: text,
      },
      at: t0 + 4,
    },
    {
      type: 'component-finished',
      cluster: 'eu-1',
      component: 'api',
      outcome: 'failed',
      durationMs: 3,
      reason: text,
      at: t0 + 5,
    },
    {
      type: 'component-finished',
      cluster: 'eu-1',
      component: text,
      outcome: 'failed',
      durationMs: 3,
      reason: text,
      at: t0 + 5,
    },
    { type: 'log', level: 'warning', cluster: 'eu-1', message: text, at: t0 + 6 },
    { type: 'log', level: 'info', cluster: 'eu-1', message: text, at: t0 + 6 },
    { type: 'rollback-finished', cluster: 'eu-1', toRevision: 2, ok: false, reason: text, at: t0 + 7 },
    { type: 'cluster-finished', cluster: 'eu-1', outcome: 'failed', durationMs: 7, reason: text, at: t0 + 7 },
    { type: 'run-finished', outcome: 'failed', durationMs: 8, at: t0 + 8 },
  );
  return events;
}

function components(text: string): ComponentInfo[] {
  return [
    { name: 'api', kind: 'service', depends: [text], images: [], urls: ['https://shop.example.com'] },
    // A URL the spec made from the text: a link only while it is a plain URL; otherwise inert text.
    { name: text, kind: 'service', depends: [], images: [], urls: [`https://shop.example.com/${text}`, text] },
  ];
}

/** Markdown outside fenced code blocks and code spans (CommonMark fences: a closer is at least as long). */
function proseOf(markdown: string): { prose: string; fences: string[] } {
  const prose: string[] = [];
  const fences: string[] = [];
  let fence: string | undefined;
  let block: string[] = [];
  for (const line of markdown.split('\n')) {
    if (fence === undefined) {
      const open = /^(`{3,})([^`]*)$/.exec(line);
      if (open) {
        fence = open[1];
        block = [line];
      } else {
        prose.push(line);
      }
    } else if (new RegExp(`^\`{${fence.length},}\\s*$`).test(line)) {
      fences.push([...block, line].join('\n'));
      fence = undefined;
    } else {
      block.push(line);
    }
  }
  expect(fence, 'a code fence was left open').toBeUndefined();
  // Code spans: a backtick run, then the shortest text up to a run of the same length.
  const spans = prose.join('\n').replace(/(?<!\\)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, ' CODE ');
  return { prose: spans, fences };
}

const allowedTags = new Set(['details', 'summary', 'code', 'br', 'sub']);

function expectInertMarkdown(markdown: string): void {
  // eslint-disable-next-line no-control-regex -- asserts the sanitiser removed every terminal escape (ESC, CSI)
  expect(markdown).not.toMatch(/[\u001b\u009b\u202a-\u202e\u2066-\u2069\r]/);
  const { prose, fences } = proseOf(markdown);
  expect(prose.split('<details>').length, 'details balance').toBe(prose.split('</details>').length);
  // HTML: only our own tags, no comment but the marker, no tag that an entity could reassemble.
  for (const match of prose.matchAll(/<\/?([A-Za-z][\w-]*)/g))
    expect(allowedTags, match[0]).toContain(match[1]?.toLowerCase());
  expect(prose.replace(/^<!-- k8deployer:[\w./-]+:[\w./-]+ -->\n/, '')).not.toContain('<!--');
  // Only the entities we write: a hostile entity shows as text (`&amp;lt;`), it is never decoded into markup.
  expect(prose).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#\d+;)[#\w]+;/);
  // Links and images: only ours, to trusted URLs; no reference definition, no autolink.
  for (const match of prose.matchAll(/(?<!\\)\]\(([^)]*)\)/g)) {
    const target = match[1] ?? '';
    if (target.startsWith('https://shop.example.com/'))
      expect(target).toMatch(/^https:\/\/shop\.example\.com\/[!#-&*-;=?-[\]-_a-~]*$/);
    else expect(trustedUrls.map((url) => url.replace(/\/$/, ''))).toContain(target.replace(/\/$/, ''));
  }
  expect(prose).not.toMatch(/(?<!\\)!(?<!\\)\[/);
  expect(prose).not.toMatch(/^\s*(?<!\\)\[[^\]]*(?<!\\)\]:/m);
  // Link targets checked above are taken out; what remains is text.
  let rest = prose
    .replace(/(?<!\\)\]\(https:\/\/shop\.example\.com\/[^)]*\)/g, '](TRUSTED)')
    .replace(/&#\d+;/g, (entity) => String.fromCodePoint(Number(entity.slice(2, -1))));
  for (const url of trustedUrls) rest = rest.split(url).join('');
  expect(rest).not.toMatch(/https?:\/\//i);
  expect(rest).not.toMatch(/\bwww\./i);
  // Mentions, references, e-mail addresses: GitHub links them in any text node.
  expect(rest).not.toMatch(/(^|[^\w`])@[A-Za-z0-9]/);
  expect(rest).not.toMatch(/#\d/);
  expect(rest).not.toMatch(/\bGH-\d/i);
  // Table rows keep their column count; nothing starts a heading, quote or list that is not ours.
  // Each table's rows keep the column count of that table's own header (tables show only non-empty columns).
  const proseLines = prose.split('\n');
  let columns = 0;
  for (const [index, line] of proseLines.entries()) {
    if (!line.startsWith('| ') || line.startsWith('| …')) continue;
    if (proseLines[index + 1]?.startsWith('|---')) {
      columns = line.split(/(?<!\\)\|/).length;
      continue;
    }
    if (line.startsWith('| Change')) continue;
    if (/^\| (➕|✏️|➖)/.test(line)) expect(line.split(/(?<!\\)\|/).length, line).toBe(5);
    else expect(line.split(/(?<!\\)\|/).length, line).toBe(columns);
  }
  for (const line of prose.split('\n')) {
    if (/^#{1,6} /.test(line)) expect(line).toMatch(/^#{2,4} (❌|✅|↩️|⏭️|📝|🗑️|⏳|⏸️|Dependencies|Plan|Failures)/);
    expect(line).not.toMatch(/^\s{0,3}(?:&gt;|>)(?!\s*(?:\[!NOTE\]|\d+ section|💡))/);
  }
  // Mermaid: every line is one of the statements we write; no click, no label that ends early.
  for (const block of fences.filter((f) => f.includes('mermaid'))) {
    for (const line of block.split('\n').slice(1, -1)) {
      expect(line).toMatch(
        /^(graph LR| {2}c\d+\["(?:[^"[\]<>`;#]|#\d+;)*"\]| {2}c\d+ --> c\d+| {2}classDef [a-z]+ [\w:#,-]+| {2}class c\d+(,c\d+)* [a-z]+)$/,
      );
    }
  }
}

/** What a reader sees, roughly: escapes, entities and word joiners undone. */
function visible(markdown: string): string {
  return markdown
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\u2060/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/[‹›]/g, '');
}

const ourCommand = /^::(error|warning|debug|group|endgroup)( [^:]*)?::/;

/** The runner's view: `::cmd::` at a line's start (after white space and ignorable characters), `##[` anywhere. */
function expectInertLog(output: string): void {
  // eslint-disable-next-line no-control-regex -- asserts the sanitiser removed every terminal escape (ESC, CSI)
  expect(output).not.toMatch(/[\u001b\u009b\u202a-\u202e\u2066-\u2069\u200b-\u200d\u00ad\r]/);
  for (const line of output.split(/\r\n|\r|\n/)) {
    const skeleton = line.replace(/[\s\p{C}\p{M}]/gu, '');
    expect(skeleton, line).not.toContain('##[');
    if (ourCommand.test(line)) continue;
    expect(skeleton.startsWith('::'), line).toBe(false);
  }
}

describe('hostile cluster and pull-request text is inert in every report', () => {
  let stdout: string[] = [];
  beforeEach(() => {
    stdout = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout.push(String(chunk));
      return true;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('has at least 20 cases', () => expect(hostile.length).toBeGreaterThanOrEqual(20));

  it.each(hostile.map((entry) => [entry.name, entry] as const))('job summary: %s', (_name, { text, shows }) => {
    for (const command of ['deploy', 'plan'] as const) {
      const report = finalizeReport(buildRunReport(hostileRun(text, command)), {
        finished: true,
        components: components(text),
      });
      const markdown = renderJobSummary(report, {
        runUrl: trustedUrls[1],
        environment: `pr-1 ${text}`,
        previewUrl: text,
      });
      expectInertMarkdown(markdown);
      expect(visible(markdown)).toContain(shows);
    }
  });

  it.each(hostile.map((entry) => [entry.name, entry] as const))('PR comment: %s', (_name, { text, shows }) => {
    for (const command of ['deploy', 'plan'] as const) {
      const report = finalizeReport(buildRunReport(hostileRun(text, command)), {
        finished: true,
        components: components(text),
      });
      const body = renderPrComment(report, {
        app: text,
        environment: text,
        previewUrl: trustedUrls[2],
        runUrl: trustedUrls[1],
        sha: text,
        now: new Date(t0),
      });
      expect(body.startsWith('<!-- k8deployer:')).toBe(true);
      expectInertMarkdown(body);
      expect(visible(body)).toContain(shows);
    }
  });

  it.each(hostile.map((entry) => [entry.name, entry] as const))(
    'progress log and annotations (Actions): %s',
    (_name, { text, shows }) => {
      const reporter = new ProgressReporter({
        mode: 'actions',
        write: (line) => core.info(line),
        now: () => t0,
        progressIntervalMs: 0,
      });
      for (const event of hostileRun(text, 'plan')) reporter.handle(event);
      const output = stdout.join('');
      expectInertLog(output);
      expect(output).toContain(shows.replace(/#/g, '＃'));
      // Our own annotations carry the text as escaped data, one line each.
      expect(output.split('\n').filter((line) => line.startsWith('::error title=k8deployer::')).length).toBeGreaterThan(
        0,
      );
    },
  );

  it.each(hostile.map((entry) => [entry.name, entry] as const))('terminal log (CLI): %s', (_name, { text }) => {
    const lines: string[] = [];
    const reporter = new ProgressReporter({
      mode: 'cli',
      write: (line) => lines.push(line),
      now: () => t0,
      progressIntervalMs: 0,
    });
    for (const event of hostileRun(text, 'plan')) reporter.handle(event);
    expect(lines.every((line) => !line.includes('\n'))).toBe(true);
    expectInertLog(lines.join('\n'));
  });

  it.each(hostile.map((entry) => [entry.name, entry] as const))('spec problem annotations: %s', (_name, { text }) => {
    annotateSpecProblems(
      [
        {
          file: `k8deployer${text}.yaml`,
          line: 1,
          column: 1,
          message: `unknown key ${text}`,
          pointer: `/components/${text}`,
        },
      ],
      core.error,
    );
    const output = stdout.join('');
    expect(output.split('\n').filter(Boolean)).toHaveLength(1);
    expect(output.startsWith('::error title=k8deployer spec,file=')).toBe(true);
    expectInertLog(output);
  });

  it('masks a secret before escaping changes its characters', () => {
    const secret = 'p@ss_w0rd#1|x';
    const masker = new SecretMasker([secret]);
    const mask = (value: string): string => masker.mask(value);
    const report = finalizeReport(buildRunReport(hostileRun(`token=${secret}`, 'plan')), { finished: true });
    const summary = renderJobSummary(report, { mask });
    const comment = renderPrComment(report, { app: 'shop', environment: secret, mask });
    for (const markdown of [summary, comment]) {
      expect(visible(markdown)).not.toContain(secret);
      expect(visible(markdown)).not.toContain('ss_w0rd');
      expect(visible(markdown)).toContain('token=***');
    }
    const lines: string[] = [];
    const reporter = new ProgressReporter({ mode: 'actions', write: (line) => lines.push(line), mask, now: () => t0 });
    for (const event of hostileRun(`token=${secret}`, 'plan')) reporter.handle(event);
    expect(lines.join('\n')).not.toContain('ss_w0rd');
  });
});
