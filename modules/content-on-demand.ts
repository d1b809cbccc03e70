// Builds the content script's second file: entrypoints/content/on-demand.ts as an ES module,
// `content-on-demand.js`, which the content script imports from the extension when a page first
// needs cards or the claim checker (on-demand-loader.ts). WXT builds each content script as one
// file (its own ES-module support for content scripts is not there yet, wxt-dev/wxt#357), and a
// content script's cost on every page load follows its size: docs/engine.md, "Page load".
//
// How: the content script's own Vite config (WXT's aliases, auto-imports, the polyfill, Preact) is
// taken as WXT builds it, and built again with the module as a library entry. The file is
// web-accessible to pages only at a per-session URL (use_dynamic_url): a page cannot fetch it at
// the extension's fixed id, so it cannot use it to tell that CertLens is installed.
import { normalize, resolve } from 'node:path';
import { build, type InlineConfig, type PluginOption, type Rollup } from 'vite';
import type { BuildOutput } from 'wxt';
import { defineWxtModule } from 'wxt/modules';

const CONTENT_SCRIPT = 'content';
const ENTRY = 'content/on-demand.ts';
const ON_DEMAND_FILE = 'content-on-demand.js';
/** WXT's plugins that make a content script a classic script returning a value (IIFE). */
const IIFE_ONLY = new Set(['wxt:iife-footer', 'wxt:iife-anonymous']);

export default defineWxtModule((wxt) => {
  let contentConfig: InlineConfig | undefined;

  wxt.hooks.hook('vite:build:extendConfig', (entrypoints, config) => {
    if (!entrypoints.some((e) => e.name === CONTENT_SCRIPT && e.type === 'content-script')) return;
    // The loader imports the file only where this is defined; elsewhere (tests, the benchmark's
    // bundle) it imports the module into the same file.
    config.define = { ...config.define, __CERTLENS_ON_DEMAND_BUILT__: 'true' };
    contentConfig = config;
  });

  /** The file's code, and the modules it was built from (absolute paths). */
  async function buildOnDemand(): Promise<{ code: string; modules: Set<string> }> {
    if (!contentConfig) throw new Error(`[content-on-demand] the ${CONTENT_SCRIPT} content script was not built`);
    // (Vite 8 reads rollupOptions as rolldownOptions: both name the content script's own file.)
    const { lib: _iife, rollupOptions: _output, rolldownOptions: _same, ...buildOptions } = contentConfig.build ?? {};
    const plugins = [contentConfig.plugins ?? []].flat(Infinity as 1).filter(
      (p): p is PluginOption => !(p && typeof p === 'object' && 'name' in p && IIFE_ONLY.has(p.name)),
    );
    const result = (await build({
      ...contentConfig,
      configFile: false,
      logLevel: 'warn',
      plugins,
      build: {
        ...buildOptions,
        write: false,
        emptyOutDir: false,
        lib: { entry: resolve(wxt.config.entrypointsDir, ENTRY), formats: ['es'], fileName: () => ON_DEMAND_FILE },
        // One file: the loader imports exactly this one.
        // Minified as the content script is (Vite leaves an ES library's white space by default).
        rolldownOptions: { output: { entryFileNames: ON_DEMAND_FILE, codeSplitting: false, minify: true } },
      },
    })) as Rollup.RollupOutput | Rollup.RollupOutput[];
    const chunks = [result].flat().flatMap((r) => r.output);
    const file = chunks.find((c): c is Rollup.OutputChunk => c.type === 'chunk' && c.fileName === ON_DEMAND_FILE);
    if (!file || chunks.length !== 1) throw new Error(`[content-on-demand] expected one file, got ${chunks.map((c) => c.fileName).join(', ')}`);
    return { code: file.code, modules: new Set(file.moduleIds.map((id) => normalize(id))) };
  }

  /** What the last build of the file was made from (for `wxt dev`, below). */
  let builtFrom = new Set<string>();

  // Runs after every entrypoint is built; WXT writes the file with the public ones.
  wxt.hooks.hook('build:publicAssets', async (_, files) => {
    const { code, modules } = await buildOnDemand();
    builtFrom = modules;
    files.push({ relativeDest: ON_DEMAND_FILE, contents: code });
  });

  // `wxt dev` rebuilds the entrypoints whose chunks hold a changed file (their moduleIds), and the
  // public assets with them. This file is not an entrypoint: a change to code only it holds (the
  // cards, the claim checker) would rebuild nothing. So the content script's chunk is made to list
  // this file's modules too, in every output the dev server keeps: such a change then rebuilds the
  // content script, and this file with it (build:publicAssets), and reloads it.
  wxt.hooks.hook('server:started', (_, server) => {
    let output = server.currentOutput;
    Object.defineProperty(server, 'currentOutput', {
      configurable: true,
      enumerable: true,
      get: () => output,
      set: (next: BuildOutput | undefined) => {
        output = next && withOnDemandModules(next);
      },
    });
  });

  function withOnDemandModules(output: BuildOutput): BuildOutput {
    for (const step of output.steps)
      for (const chunk of step.chunks)
        if (chunk.type === 'chunk' && chunk.fileName === `content-scripts/${CONTENT_SCRIPT}.js`)
          for (const id of builtFrom) if (!chunk.moduleIds.includes(id)) chunk.moduleIds.push(id);
    return output;
  }

  // browser.runtime.getURL() takes only the paths WXT knows of (.wxt/types/paths.d.ts).
  wxt.hooks.hook('prepare:publicPaths', (_, paths) => {
    paths.push(ON_DEMAND_FILE);
  });

  wxt.hooks.hook('build:manifestGenerated', (_, manifest) => {
    const content = manifest.content_scripts?.find((cs) => cs.js?.some((js) => js.includes(`${CONTENT_SCRIPT}.js`)));
    manifest.web_accessible_resources = [
      ...((manifest.web_accessible_resources ?? []) as object[]),
      {
        resources: [ON_DEMAND_FILE],
        matches: content?.matches ?? ['<all_urls>'],
        // Chrome: pages may load it only at a URL with a per-session id, never at the extension's
        // (our content script may). Firefox's moz-extension: URLs are per install already, and
        // it does not know the key.
        ...(wxt.config.browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ] as typeof manifest.web_accessible_resources;
  });
});
