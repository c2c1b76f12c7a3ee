import { describe, expect, it } from 'vitest';
import {
  annotationText,
  htmlText,
  logLine,
  logLines,
  markdownCode,
  markdownText,
  mermaidLabel,
  oneLine,
  plainText,
  safeUrl,
} from '../../../src/report/escape.js';
import { codeBlock } from '../../../src/report/format.js';

const wj = '\u2060';

describe('escape helpers, one per medium', () => {
  it.each([
    ['[x](https://e.example)', `\\[x\\]\\(https:${wj}//e.example\\)`],
    ['![i](u)', '\\!\\[i\\]\\(u\\)'],
    ['<b>&amp;</b>', '&lt;b&gt;&amp;amp;&lt;/b&gt;'],
    ['@octocat #12 GH-3 www.e.example', `@${wj}octocat \\#${wj}12 GH-${wj}3 www${wj}.e.example`],
    ['a | b', 'a \\| b'],
    ['*b* _i_ ~s~ `c` $m$', '\\*b\\* \\_i\\_ \\~s\\~ \\`c\\` \\$m\\$'],
    ['- item', '\\- item'],
    ['1. first', '1\\. first'],
    ['> quote', '&gt; quote'],
    ['line\r\nnext\rthird', 'line ⏎ next ⏎ third'],
    ['Deployment api: image "x:1" not found', 'Deployment api: image "x:1" not found'],
  ])('markdownText(%j)', (input, expected) => expect(markdownText(input)).toBe(expected));

  it('markdownText cuts before escaping, counting characters', () => {
    expect(markdownText('é'.repeat(10), 5)).toBe('éééé…');
    expect(markdownText('[[[[[[', 3)).toBe('\\[\\[…');
  });

  it.each([
    ['Deployment/shop/api', {}, '`Deployment/shop/api`'],
    ['a`b', {}, '``a`b``'],
    ['```x', {}, '```` ```x ````'],
    ['a|b', { table: true }, '`a\\|b`'],
    ['', {}, ''],
  ])('markdownCode(%j, %j)', (input, options, expected) => expect(markdownCode(input, options)).toBe(expected));

  it('htmlText escapes HTML and turns Markdown punctuation into entities', () => {
    expect(htmlText('</summary><img src=x> [a](b) @u')).toBe(
      `&lt;/summary&gt;&lt;img src=x&gt; &#91;a&#93;&#40;b&#41; @${wj}u`,
    );
    expect(htmlText(`it's "x" #1`)).toBe(`it&#39;s &quot;x&quot; &#35;${wj}1`);
  });

  it('mermaidLabel keeps words and encodes everything that could end the label', () => {
    expect(mermaidLabel('api-v2 db.main')).toBe('api-v2 db.main');
    expect(mermaidLabel('"]; click A "https://e"')).toBe('#34;#93;#59; click A #34;https#58;//e#34;');
    expect(mermaidLabel('a<br>b\nc`d')).toBe('a‹br›b ⏎ c#96;d'.replace('⏎', '#9166;'));
  });

  it.each([
    ['::set-output name=x::y', '· ::set-output name=x::y'],
    ['  ::add-mask::x', '·   ::add-mask::x'],
    ['\u200b::error::x', '· ::error::x'],
    [':\u0301:error::x', '· :\u0301:error::x'],
    ['text ##[set-output name=x;]y', 'text ＃＃[set-output name=x;]y'],
    ['C# [a]', 'C# [a]'],
    ['\u001b[31mred\u001b[0m \u202eabc', 'red abc'],
    ['a\nb', 'a ⏎ b'],
    ['a :: b', 'a :: b'],
  ])('logLine(%j)', (input, expected) => expect(logLine(input)).toBe(expected));

  it('logLines splits on every line ending and defuses each line', () => {
    expect(logLines('ok\r::error::a\u2028::warning::b\r\nfine')).toEqual([
      'ok',
      '· ::error::a',
      '· ::warning::b',
      'fine',
    ]);
  });

  it('plainText strips escapes and invisible characters but keeps tabs, newlines and marks', () => {
    expect(plainText('a\tb\u0000c\u007fd\u0090e\u00adf\u200bg\u0301\n')).toBe('a\tbcdef' + 'g\u0301\n');
    expect(plainText('\u001b]8;;https://e\u0007link\u001b]8;;\u0007')).toBe('link');
    expect(plainText('x\uD800y')).toBe('x\uFFFDy');
  });

  it('oneLine and annotationText', () => {
    expect(oneLine('  a  \n\n  b  ')).toBe('a ⏎ b');
    expect(annotationText('a\r\nb\u001b[1m')).toBe('a\nb');
    expect(annotationText('x ##[add-mask]y')).toBe('x ＃＃[add-mask]y');
  });

  it.each([
    ['https://shop.example.com/a?b=c#d', true],
    ['http://x.example', true],
    ['javascript:alert(1)', false],
    ['https://e.example/a b', false],
    ['https://e.example/a)', false],
    ['https://e.example/\u202e', false],
    ['https://e.example/\u200b', false],
    ['//e.example', false],
  ])('safeUrl(%j)', (url, safe) => expect(safeUrl(url) !== undefined).toBe(safe));
});

describe('escape helpers stay linear on hostile sizes', () => {
  it('a megabyte of blanks, backtick runs or line breaks is handled at once', () => {
    const inputs = [' '.repeat(1_000_000) + 'x', '` '.repeat(500_000), '\n \n'.repeat(300_000), '@#1'.repeat(300_000)];
    const started = Date.now();
    for (const input of inputs) {
      expect(oneLine(input, 100).length).toBeLessThanOrEqual(100);
      markdownText(input, 100);
      htmlText(input, 100);
      markdownCode(input, { max: 100 });
      logLines(input.slice(0, 200_000));
    }
    expect(codeBlock('` '.repeat(500_000)).startsWith('``` ')).toBe(false);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
