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
  plugins: [publicApiOnly()],
};
