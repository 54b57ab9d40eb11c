/**
 * Astro integration for `npm run dev`: validates content/ and data/ when the dev server starts and after
 * every change there, shows the German errors of `npm run check` in the browser's error overlay, and
 * reloads the page once the files are valid again, without a restart. Build and check are not affected.
 */
import { join, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { repoRoot, setModel } from '../lib/data/get-model.ts';
import { resetBuildCache } from '../lib/io/build-cache.ts';
import { fileMemo } from '../lib/io/file-memo.ts';
import { validateRepo } from '../lib/io/validate-repo.ts';
import { formatIssue, type Issue } from '../lib/validation/issue.ts';
import { STATUS_PATH, errorPageHtml, overlayError, terminalSummary } from './overlay-message.ts';

interface HotChannelLike {
  send(...args: unknown[]): void;
}
interface RequestLike {
  method?: string;
  url?: string;
}
interface ResponseLike {
  statusCode: number;
  setHeader(name: string, value: string): void;
  end(body: string): void;
}
interface DevServerLike {
  middlewares: { use(handler: (req: RequestLike, res: ResponseLike, next: () => void) => void): void };
  watcher: { add(paths: string[]): void; on(event: string, listener: (file: string) => void): void };
  environments?: Record<string, { name?: string; hot: HotChannelLike }>;
  hot?: HotChannelLike;
  ws: HotChannelLike;
}

export default function validationOverlay(): AstroIntegration {
  return {
    name: 'regionalbudget-validation-overlay',
    hooks: {
      'astro:server:setup': ({ server: viteServer, logger }) => {
        const server = viteServer as unknown as DevServerLike;
        const root = repoRoot();
        const dirs = [join(root, 'content'), join(root, 'data')];
        // RB_REPO_ROOT may point outside Astro's root, which Vite would not watch by itself.
        server.watcher.add(dirs);
        const client = (): HotChannelLike => server.environments?.['client']?.hot ?? server.hot ?? server.ws;
        let hadErrors = false;
        /** The errors of the last run: while there are any, every page shows them instead of Astro's error page. */
        let current: Issue[] = [];
        let timer: NodeJS.Timeout | undefined;
        let dataChanged = false;
        // Files unchanged since the last run are not parsed again.
        const memo = fileMemo();

        const run = (trigger: 'start' | 'change') => {
          resetBuildCache();
          // getStaticPaths results are cached per route; a new measure in data/ must show up.
          for (const [name, env] of Object.entries(server.environments ?? {})) if (name !== 'client') env.hot.send('astro:content-changed', {});
          let errors: Issue[];
          let warnings = 0;
          try {
            const result = validateRepo(root, memo);
            errors = result.errors;
            warnings = result.warnings.length;
            // One validation per change: the pages take this model instead of validating again.
            if (result.model && errors.length === 0) setModel(root, result.model);
          } catch (error) {
            errors = [{ severity: 'error', file: 'content', message: `Die Prüfung ist abgebrochen: ${error instanceof Error ? error.message : String(error)}` }];
          }
          current = errors;
          if (errors.length > 0) {
            for (const issue of errors) logger.error(formatIssue(issue));
            logger.warn(terminalSummary(errors.length, warnings));
            client().send({ type: 'error', err: overlayError(errors, root) });
            hadErrors = true;
          } else {
            if (trigger === 'change') {
              logger.info(terminalSummary(0, warnings));
              // Astro reloads after Markdown changes itself; data/ files and fixed errors need a reload from here.
              if (hadErrors || dataChanged) client().send({ type: 'full-reload', path: '*' });
            }
            hadErrors = false;
          }
          dataChanged = false;
        };

        const onChange = (file: string) => {
          if (!dirs.some((dir) => file === dir || file.startsWith(dir + sep))) return;
          if (file.startsWith(dirs[1] + sep)) dataChanged = true;
          clearTimeout(timer);
          timer = setTimeout(() => run('change'), 100);
        };
        for (const event of ['add', 'change', 'unlink']) server.watcher.on(event, onChange);
        // Before Astro's page handler: Astro's own error page would show English text, a stack trace and source.
        server.middlewares.use((req, res, next) => {
          if (req.url?.split('?')[0] === STATUS_PATH) {
            res.statusCode = 200;
            res.setHeader('Content-Type', 'application/json');
            res.setHeader('Cache-Control', 'no-store');
            return res.end(JSON.stringify({ fehler: current.length }));
          }
          if (current.length === 0 || req.method !== 'GET' || !isPageRequest(req.url ?? '')) return next();
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(errorPageHtml(current));
        });
        // After the server is set up, so the overlay payload goes through Astro's error formatting.
        setTimeout(() => run('start'), 0);
      },
    },
  };
}

/** Page addresses (/x/, /x/index.html, /feed.xml), not Vite's modules, assets or internals. */
function isPageRequest(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  if (/^\/(@|__|_astro\/|src\/|node_modules\/|\.astro\/)/.test(path) || path.includes('/node_modules/')) return false;
  return path.endsWith('/') || /\.(html|xml|json|jsonld|txt|csv)$/.test(path);
}
