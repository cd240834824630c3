import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/define.js';

// Controls, argument tables and docs come from the manifest that the JSDoc produces.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
  },
  tags: ['autodocs'],
};
export default preview;
