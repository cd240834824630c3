// `npm test` runs in a real Chromium. Say how to get one instead of failing obscurely.
import { requireChrome } from './chrome-path.mjs';

console.log(`Testing in ${requireChrome()}`);
