/**
 * `npm run dev` must survive a broken content file. Astro's glob loader gives up on the whole collection
 * (and the dev server stops) when one file has broken YAML or fails its schema while the server starts.
 * This wrapper keeps the server running in dev: the error is left to the validation overlay (German
 * message in the browser, src/integrations/validation-overlay.ts), and the collection is loaded again after
 * each change below its folder until it loads; from then on the glob loader's own watcher takes over.
 * `astro build` (no watcher) still fails on the error.
 */
import { resolve, sep } from 'node:path';
import type { Loader } from 'astro/loaders';

export function devTolerant(inner: Loader, baseDir: string): Loader {
  return {
    name: `${inner.name}-dev-tolerant`,
    load: async (context) => {
      try {
        await inner.load(context);
        return;
      } catch (error) {
        if (!context.watcher) throw error;
        context.logger.warn('Eine Inhaltsdatei ist fehlerhaft; die Vorschau zeigt die Meldung im Browser und lädt neu, sobald sie korrigiert ist.');
      }
      const dir = resolve(baseDir) + sep;
      let loaded = false;
      let timer: NodeJS.Timeout | undefined;
      const retry = (file: string) => {
        if (loaded || !file.startsWith(dir)) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          inner.load(context).then(
            () => void (loaded = true),
            // Still broken: the validation overlay says why.
            () => undefined,
          );
        }, 150);
      };
      for (const event of ['add', 'change', 'unlink'] as const) context.watcher.on(event, retry);
    },
  };
}
