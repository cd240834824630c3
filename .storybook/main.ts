import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts', '../stories/**/*.mdx'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // With telemetry on, the build waits on DNS lookups that this network never answers.
  core: { disableTelemetry: true },
  docs: {},
};
export default config;
