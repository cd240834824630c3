import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/define.js';

// Controls, argument tables and docs come from the manifest that the JSDoc produces, so a
// story shows exactly the attributes, events, parts and custom properties a developer gets.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    options: {
      storySort: { order: ['Introduction', 'Guides', 'Theming', 'Widgets'] },
    },
  },
  tags: ['autodocs'],
};
export default preview;
