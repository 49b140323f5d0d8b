/**
 * Markdown as the sites render it (astro.config.mjs) must hold under the servers'
 * Content-Security-Policy (deploy/nginx), which allows no inline style: a code block an editor
 * pastes must not come out with style attributes.
 */
import { expect, test } from 'vitest';
import config from '../../astro.config.mjs';

test('a fenced code block renders as plain pre and code, without style attributes', async () => {
  const { markdown } = config;
  const processor = markdown?.processor as unknown as {
    createRenderer(shared: object): Promise<{ render(md: string): Promise<{ code: string }> }>;
  };
  const renderer = await processor.createRenderer({
    syntaxHighlight: markdown?.syntaxHighlight,
    shikiConfig: markdown?.shikiConfig,
  });
  const { code } = await renderer.render('Answer:\n\n```json\n{ "question": 1, "answer": "yes" }\n```\n');
  expect(code).toContain('<pre><code class="language-json">');
  expect(code).not.toMatch(/\sstyle=/);
});
