import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Families' pages and the public notice check: the light family entry (the server sends family.html for them too). */
const FAMILY_PAGES = /^\/(family|verify)(\/|\?|$)/;

/** The dev server's SPA fallback, made to agree with the server's: family pages get family.html. */
const familyFallback = (): Plugin => ({
  name: 'family-fallback',
  configureServer(server) {
    server.middlewares.use((request, _response, next) => {
      if (request.url && FAMILY_PAGES.test(request.url) && request.headers.accept?.includes('text/html')) request.url = '/family.html';
      next();
    });
  },
});

/**
 * `…/locales/<lang>.json?family` (web/src/family/locales.d.ts): only the "family" part of a message file, as a
 * module of its own, so that the phone does not download the staff app's strings.
 */
const familyMessages = (): Plugin => ({
  name: 'family-messages',
  enforce: 'pre',
  resolveId(source, importer) {
    if (!source.endsWith('.json?family') || !importer) return null;
    // Not ending in .json: Vite's JSON plugin must leave the generated module alone.
    return `\0family-messages:${resolve(dirname(importer), source.slice(0, -'.json?family'.length))}`;
  },
  load(id) {
    if (!id.startsWith('\0family-messages:')) return null;
    const file = `${id.slice('\0family-messages:'.length)}.json`;
    this.addWatchFile(file);
    const messages = JSON.parse(readFileSync(file, 'utf8')) as { family: unknown };
    return `export const family = ${JSON.stringify(messages.family)};`;
  },
});

/**
 * Two entries built into dist/web, which the Fastify server serves: index.html (the staff app, with antd)
 * and family.html (the families' phone app, without it). Each is the SPA fallback of its own paths.
 */
export default defineConfig({
  root,
  plugins: [react(), familyFallback(), familyMessages()],
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: { main: fileURLToPath(new URL('index.html', import.meta.url)), family: fileURLToPath(new URL('family.html', import.meta.url)) },
      output: {
        // Libraries change less often than our code: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 30 },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[\w-]+|dayjs|@babel[\\/]runtime)[\\/]/, priority: 20 },
            // The libraries both apps use, apart from the rest: a library only the staff app needs never rides
            // along into the family app's download.
            { name: 'query-i18n', test: /node_modules[\\/](@tanstack|i18next|react-i18next)[\\/]/, priority: 15 },
            // Charts and maps: only the cooperation dashboard loads them.
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 25 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});
