import { emulateMedia } from '@web/test-runner-commands';

/** What a browser does when the visitor prints: `beforeprint` first, then the print layout. */
export async function startPrinting(): Promise<void> {
  window.dispatchEvent(new Event('beforeprint'));
  await emulateMedia({ media: 'print' });
}
