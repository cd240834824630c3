// The build's template minifier (scripts/minify-templates.mjs) changes how the text inside Lit's
// templates is written, never what it shows or which expression goes where.
//   node --test test/node/
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCss, minifyHtml, minifySource } from '../../scripts/minify-templates.mjs';

describe('the html`` minifier', () => {
  it('keeps one space where text meets an inline element, so no words run together', () => {
    assert.deepEqual(minifyHtml(['<p>\n  <strong>Note</strong>\n  text\n  <a href="#">link</a>\n</p>']), [
      '<p> <strong>Note</strong> text <a href="#">link</a> </p>',
    ]);
  });

  it('keeps one space between block tags too, which a page theme may make inline', () => {
    assert.deepEqual(minifyHtml(['<div>\n  <p>a</p>\n  <p>b</p>\n</div>\n<svg>\n  <path />\n</svg>']), [
      '<div> <p>a</p> <p>b</p> </div> <svg> <path /> </svg>',
    ]);
  });

  it('leaves an element whose whole content is whitespace not :empty', () => {
    assert.deepEqual(minifyHtml(['<div class="note">\n</div>']), ['<div class="note"> </div>']);
  });

  it('leaves attribute values, raw text and comments around expressions as written', () => {
    const parts = ['<p title="a\n  b" class="x ', '\n y">\n</p><pre>\n  a\n</pre><textarea>\n  b\n</textarea><!-- ', '\n --><!-- plain -->'];
    assert.deepEqual(minifyHtml(parts), [
      '<p title="a\n  b" class="x ',
      '\n y"> </p><pre>\n  a\n</pre><textarea>\n  b\n</textarea><!-- ',
      '\n -->',
    ]);
  });

  it('keeps every binding where Lit looks for it', () => {
    assert.deepEqual(minifyHtml(['<input\n  .value=', '\n  ?required=', '\n  @input=', '\n/>']), [
      '<input .value=',
      ' ?required=',
      ' @input=',
      ' />',
    ]);
  });
});

describe('the css`` minifier', () => {
  it('drops comments and whitespace, and keeps each expression in its place', async () => {
    const parts = [':host {\n  /* why */\n  display: block;\n  ', '\n}\n@media (x) {\n  :host {\n    ', '\n  }\n}\n'];
    assert.deepEqual(await minifyCss(parts), [':host{display:block;', '}@media(x){:host{', '}}']);
  });

  it('neither merges nor reorders rules', async () => {
    assert.deepEqual(await minifyCss(['.a { color: red }\n.b { color: red }\n.a { margin: 0 }\n']), [
      '.a{color:red}.b{color:red}.a{margin:0}',
    ]);
  });

  it('collapses what esbuild cannot take as a stylesheet, and keeps strings', async () => {
    assert.deepEqual(await minifyCss(['\n  --a: 1px;\n  /* b */\n  content: "x  y";\n']), [' --a: 1px;content: "x  y";']);
    assert.deepEqual(await minifyCss(['.a {\n  margin: ', '   auto;\n}']), ['.a{margin: ', ' auto;}']);
  });
});

describe('the source rewrite', () => {
  it('touches only the templates of css and html imported from lit', async () => {
    const source = [
      "import { html as h } from 'lit';",
      "const html = (s: TemplateStringsArray) => s;",
      'h`<div>\n  <p>x</p>\n</div>`;',
      'html`<div>\n  <p>x</p>\n</div>`;',
      'h`<p>\\n  ${1}\n</p>`;',
    ].join('\n');
    const lines = (await minifySource(source)).split('\n');
    assert.equal(lines[2], 'h`<div> <p>x</p> </div>`;');
    assert.equal(lines.slice(3).join('\n'), 'html`<div>\n  <p>x</p>\n</div>`;\nh`<p>\\n  ${1}\n</p>`;');
  });
});
