import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  // Docs pages first, so the sidebar opens on the introduction rather than on a widget.
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // MDX pages and the autodocs pages built from custom-elements.json come from addon-docs.
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // With telemetry on, the build waits on DNS lookups that this network never answers.
  core: { disableTelemetry: true },
  docs: {},
};
export default config;
