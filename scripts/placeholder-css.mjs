// The placeholder CSS README.md tells therapists to paste ("To keep the page from jumping"),
// and the Spanish heights after it ("Spanish takes more room"), read from the README itself:
// the benchmark measures exactly what it says, and the WordPress plugin prints the same rules.
import { readFileSync } from 'node:fs';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

function block(after) {
  const css = new RegExp(`${after}[\\s\\S]*?\`\`\`css\\n([\\s\\S]*?)\`\`\``).exec(README)?.[1];
  if (!css) throw new Error(`README.md has lost its placeholder CSS block after "${after}"`);
  return css;
}

/** The rules for English pages, at a phone's width and (in a media query) a desktop's. */
export const PLACEHOLDER_CSS = block('To keep the page from jumping');

/** The rules for Spanish pages, which come after the English ones. */
export const SPANISH_PLACEHOLDER_CSS = block('Spanish takes more room');

/** The heights `css` gives a tag, in px: its phone height first, then its desktop one (in the media query). */
export const placeholderHeights = (tag, css = PLACEHOLDER_CSS) =>
  [...css.matchAll(new RegExp(`${tag}:not\\(:defined\\)[^{]*\\{[^}]*height: (\\d+)px`, 'g'))].map((match) => Number(match[1]));
