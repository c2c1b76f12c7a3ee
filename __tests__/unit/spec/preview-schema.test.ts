import { describe, expect, it } from 'vitest';
import { problemsOf, targetsOf } from './helpers.js';

// String lengths (minLength/maxLength) run ajv's ucs2length helper, which the generated validator imports.
describe('preview.label lengths', () => {
  const spec = (label: string) =>
    `app: shop\ncomponents:\n  - { name: web, image: "nginx:1.27", port: 8080 }\npreview:\n  label: { require: ${label} }\n`;

  it('accepts a label name and refuses an empty or over-long one at its position', () => {
    expect(targetsOf(spec('deploy-preview'))).toHaveLength(1);
    expect(problemsOf(spec('""')).map((p) => [p.line, p.pointer])).toEqual([[5, '/preview/label/require']]);
    expect(problemsOf(spec('x'.repeat(51))).map((p) => p.pointer)).toEqual(['/preview/label/require']);
  });
});
