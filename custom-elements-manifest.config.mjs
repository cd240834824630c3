import { loadSettings } from './scripts/settings-declaration.mjs';

const SETTINGS = await loadSettings();

/**
 * The practice settings' attributes and properties are made at run time from the core's
 * declaration (src/shared/settings-element.ts), where the analyzer cannot see them: this writes
 * them into the class they come from, before the analyzer passes them on to `<kap-practice>` and
 * every widget (inheritance is resolved in the package link phase, after this one).
 */
function declaredSettings() {
  return {
    name: 'kap-declared-settings',
    moduleLinkPhase({ moduleDoc }) {
      if (moduleDoc.path !== 'src/shared/settings-element.ts') return;
      const element = moduleDoc.declarations?.find((declaration) => declaration.name === 'PracticeSettingsElement');
      if (!element) throw new Error('src/shared/settings-element.ts no longer declares PracticeSettingsElement');
      const description = (s) => `${s.meaning[0].toUpperCase()}${s.meaning.slice(1)}. Default: ${s.defaultText}.`;
      element.attributes = SETTINGS.map((s) => ({ name: s.attribute, type: { text: 'string' }, description: description(s), fieldName: s.property }));
      element.members = [
        ...(element.members ?? []).filter((member) => !SETTINGS.some((s) => s.property === member.name)),
        ...SETTINGS.map((s) => ({ kind: 'field', name: s.property, type: { text: 'string | undefined' }, attribute: s.attribute, description: description(s) })),
      ];
    },
  };
}

/**
 * custom-elements.json is the public API as tools read it: Storybook's controls and docs,
 * editors' autocompletion, framework wrappers. The analyzer also lists private and protected
 * members (render helpers, internal state), which would show up there as knobs a developer
 * must not touch; this keeps only what API.md promises: attributes, public properties,
 * events with their detail types, parts, custom properties and slots.
 */
function publicApiOnly() {
  return {
    name: 'kap-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (!Array.isArray(declaration.members)) continue;
          declaration.members = declaration.members.filter(
            (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
          );
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.test-helpers.ts', 'src/**/*.test-harness.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  plugins: [declaredSettings(), publicApiOnly()],
};
