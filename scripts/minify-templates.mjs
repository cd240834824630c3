// A Vite plugin that minifies the text inside Lit's css`` and html`` templates in the browser
// bundles. The JS minifier leaves template text as written, indentation and comments included,
// and every visitor's browser downloads and parses it. dist/lib (tsc) keeps the source text:
// npm users' bundlers do their own minifying.
//
// What is collapsed, and what is not:
// - Only the static parts of a template change, never a ${...} expression, and a template whose
//   text holds a backslash is left whole, so the source text is the string Lit receives.
// - css``: comments and whitespace go, through esbuild with minifyWhitespace only: its full
//   minify also merges rules and rewrites values, and rule order is the cascade. Each
//   expression must stand where a statement does (a whole rule or declarations, as
//   ${lightDefaults} does); it is held by an unknown at-rule while esbuild works. A template
//   esbuild cannot take that way is collapsed by collapseCss() instead.
// - html``: a whitespace run with a newline becomes one space, which CSS renders as the run.
//   It is never removed altogether, not even between two block tags: a page's theme may make a
//   part inline through ::part(), and gzip gains nothing from it. Attribute values, comments
//   with an expression in them, and the text of pre, textarea, script, style and title stay as
//   written; other HTML comments are removed.
import { transform } from 'esbuild';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/** @returns {import('vite').Plugin} */
export function minifyTemplates() {
  return {
    name: 'kap-minify-templates',
    apply: 'build',
    // Before Vite turns TypeScript into JavaScript, so the templates are parsed as written.
    enforce: 'pre',
    async transform(code, id) {
      const file = id.split('?')[0];
      if (!file.startsWith(SRC) || !file.endsWith('.ts')) return null;
      const rewritten = await minifySource(code, file);
      return rewritten === code ? null : { code: rewritten, map: null };
    },
  };
}

/**
 * Rewrites the static parts of every css`` and html`` template tagged by Lit's own functions.
 * @param {string} code
 * @param {string} fileName
 * @returns {Promise<string>}
 */
export async function minifySource(code, fileName = 'input.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const tags = litTags(source);
  if (tags.size === 0) return code;
  /** @type {Promise<{ parts: Part[], text: string[] | null }>[]} */
  const jobs = [];
  const visit = (/** @type {ts.Node} */ node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && tags.has(node.tag.text)) {
      const parts = partsOf(node.template, source);
      const text = parts.map((part) => code.slice(part.start, part.end));
      if (!text.some((part) => part.includes('\\'))) {
        const minified = tags.get(node.tag.text) === 'css' ? minifyCss(text) : Promise.resolve(minifyHtml(text));
        jobs.push(minified.then((result) => ({ parts, text: result })));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const edits = (await Promise.all(jobs)).flatMap(({ parts, text }) =>
    text && text.every(isPlainTemplateText) ? parts.map((part, index) => ({ ...part, text: text[index] })) : [],
  );
  let result = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/**
 * Text that means the same between backticks as it did: no backslash, backtick or `${`.
 * @param {string} text
 */
const isPlainTemplateText = (text) => !/[\\`]|\$\{/.test(text);

/**
 * The local names of `css` and `html` imported from 'lit' (an alias counts, a type import does not).
 * @param {ts.SourceFile} source
 * @returns {Map<string, 'css' | 'html'>}
 */
function litTags(source) {
  /** @type {Map<string, 'css' | 'html'>} */
  const tags = new Map();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (statement.moduleSpecifier.text !== 'lit' || statement.importClause?.isTypeOnly || !bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      const imported = (element.propertyName ?? element.name).text;
      if (!element.isTypeOnly && (imported === 'css' || imported === 'html')) tags.set(element.name.text, imported);
    }
  }
  return tags;
}

/** @typedef {{ start: number, end: number }} Part The source range of a template's static part, without its delimiters. */

/**
 * The static parts of a template, between its backticks, `${` and `}`.
 * @param {ts.TemplateLiteral} template
 * @param {ts.SourceFile} source
 * @returns {Part[]}
 */
function partsOf(template, source) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [{ start: template.getStart(source) + 1, end: template.end - 1 }];
  return [template.head, ...template.templateSpans.map((span) => span.literal)].map((literal) => ({
    start: literal.getStart(source) + 1,
    end: literal.end - (ts.isTemplateTail(literal) ? 1 : 2),
  }));
}

// ---- CSS ------------------------------------------------------------------------------------

const PLACEHOLDER = /@kapexpr(\d+);/g;

/**
 * esbuild's whitespace minifier over the whole template, each expression held by `@kapexprN;`.
 * @param {string[]} parts
 * @returns {Promise<string[] | null>}
 */
export async function minifyCss(parts) {
  const before = (/** @type {number} */ index) => parts.slice(0, index + 1).join('').replace(/\/\*[\s\S]*?\*\//g, '');
  const atStatement = parts.slice(1).every((after, index) => /(^|[{};])\s*$/.test(before(index)) && !/^\s*;/.test(after));
  if (!atStatement || parts.some((part) => part.includes('@kapexpr'))) return collapseCss(parts);
  const joined = parts.reduce((text, part, index) => `${text}@kapexpr${index - 1};${part}`);
  const result = await transform(joined, { loader: 'css', minifyWhitespace: true, charset: 'utf8', logLevel: 'silent' }).catch(() => null);
  if (!result || result.warnings.length > 0) return collapseCss(parts);
  const order = [...result.code.matchAll(PLACEHOLDER)].map((match) => Number(match[1]));
  if (order.length !== parts.length - 1 || order.some((n, index) => n !== index)) return collapseCss(parts);
  return result.code.trim().split(PLACEHOLDER).filter((_, index) => index % 2 === 0);
}

// A string, or a run of whitespace and comments.
const CSS_TOKEN = /("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(?:\/\*[\s\S]*?\*\/|[ \t\n\r\f])+/g;

/**
 * What esbuild could not take (declarations alone, an expression inside a value): each run of
 * whitespace and comments becomes one space, or nothing beside `{`, `}` or `;`. Strings stay;
 * a string or comment cut by an expression leaves the template as it is.
 * @param {string[]} parts
 * @returns {string[] | null}
 */
function collapseCss(parts) {
  if (parts.some((part) => /["']|\/\*/.test(part.replace(CSS_TOKEN, (_run, string) => (string ? '' : ' '))))) return null;
  return parts.map((part) =>
    part.replace(CSS_TOKEN, (run, string, offset) => {
      if (string) return string;
      if (/[{};]/.test(part[offset - 1] ?? '') || /[{};]/.test(part[offset + run.length] ?? '')) return '';
      // A comment alone between two tokens stays: a space there could be a descendant combinator.
      return /[ \t\n\r\f]/.test(run) ? ' ' : run;
    }),
  );
}

// ---- HTML -----------------------------------------------------------------------------------

/** Elements whose text is taken as written. */
const RAW_TEXT = new Set(['pre', 'textarea', 'script', 'style', 'title']);

const TAG_START = /<(\/?)([a-zA-Z][^\s/>]*)/y;
const WHITESPACE = /[ \t\n\r\f]+/y;

/** @typedef {{ name: string, closing: boolean }} Tag */

/**
 * Collapses the whitespace of one template, read as the HTML Lit will parse: the state (in a
 * tag, in a quoted value, in raw text, in a comment) carries across expressions.
 * @param {string[]} parts
 * @returns {string[]}
 */
export function minifyHtml(parts) {
  /** @type {'text' | 'tag' | 'raw' | 'comment'} */
  let state = 'text';
  let quote = '';
  /** @type {Tag} */
  let tag = { name: '', closing: false };
  return parts.map((part) => {
    let out = '';
    let i = 0;
    /** Copies the part up to `length` characters past `at`, or to its end if `at` is -1 (not found). */
    const copyThrough = (/** @type {number} */ at, /** @type {number} */ length) => {
      const stop = at < 0 ? part.length : at + length;
      out += part.slice(i, stop);
      i = stop;
      return at >= 0;
    };
    let run = '';
    /** @type {ReturnType<typeof tagAt>} */
    let found = null;
    while (i < part.length) {
      if (quote) {
        if (copyThrough(part.indexOf(quote, i), 1)) quote = '';
      } else if (state === 'raw') {
        if (copyThrough(part.toLowerCase().indexOf(`</${tag.name}`, i), 0)) state = 'text';
      } else if (state === 'comment') {
        if (copyThrough(part.indexOf('-->', i), 3)) state = 'text';
      } else if ((run = whitespaceAt(part, i))) {
        out += run.includes('\n') ? ' ' : run;
        i += run.length;
      } else if (state === 'tag') {
        const char = part[i++];
        out += char;
        if (char === '"' || char === "'") quote = char;
        if (char === '>') {
          const selfClosing = part[i - 2] === '/';
          if (!tag.closing && !selfClosing && RAW_TEXT.has(tag.name)) state = 'raw';
          else state = 'text';
        }
      } else if (part.startsWith('<!--', i)) {
        const end = part.indexOf('-->', i + 4);
        // A comment with an expression in it is Lit's to handle; a plain one is dropped.
        if (end >= 0) i = end + 3;
        else {
          state = 'comment';
          copyThrough(-1, 0);
        }
      } else if ((found = tagAt(part, i))) {
        tag = { name: found.name, closing: found.closing };
        state = 'tag';
        out += part.slice(i, i + found.length);
        i += found.length;
      } else {
        out += part[i++];
      }
    }
    return out;
  });
}

/**
 * @param {string} text
 * @param {number} at
 */
function whitespaceAt(text, at) {
  WHITESPACE.lastIndex = at;
  return WHITESPACE.exec(text)?.[0] ?? '';
}

/**
 * The tag that starts at `at`, if one does.
 * @param {string} text
 * @param {number} at
 * @returns {(Tag & { length: number }) | null}
 */
function tagAt(text, at) {
  TAG_START.lastIndex = at;
  const match = TAG_START.exec(text);
  return match ? { name: match[2].toLowerCase(), closing: match[1] === '/', length: match[0].length } : null;
}
