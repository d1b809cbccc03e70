import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Thin on purpose: the manifest's moving parts live beside the code that needs them
// (entrypoint options), and everything else is WXT's defaults.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Tests and helpers may build into their own folder so parallel builds never collide.
  outDir: process.env.CERTLENS_OUT_DIR ?? '.output',
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // storage: settings and saved evidence. contextMenus: "用证书透镜核查" on a selection.
    // No host permission beyond the content script's own matches; no "tabs": the popup asks
    // the content script of the active tab for what it found.
    permissions: ['storage', 'contextMenus'],
    // The ::highlight() styles, adopted before the page renders (entrypoints/highlight-styles.ts):
    // a plain script listed here, since WXT's content scripts carry a runtime this needs none of.
    // The main content script (entrypoints/content) is listed by WXT, on the same pages.
    content_scripts: [
      {
        matches: ['<all_urls>'],
        js: ['highlight-styles.js'],
        run_at: 'document_start',
        all_frames: true,
        match_about_blank: true,
        match_origin_as_fallback: true,
      },
    ],
    // Jump between mentions from the keyboard (issue 4). Users can change them at
    // chrome://extensions/shortcuts; Alt+Shift+J/K mirror j/k (down/up) and clash with no Chrome default.
    commands: {
      'next-mention': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_card_commandNext__' },
      'previous-mention': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_card_commandPrevious__' },
      // Claims: U and Y, beside J and K (Alt+Shift+I is Chrome's own feedback key on Windows).
      'next-claim': { suggested_key: { default: 'Alt+Shift+U' }, description: '__MSG_card_commandNextClaim__' },
      'previous-claim': { suggested_key: { default: 'Alt+Shift+Y' }, description: '__MSG_card_commandPreviousClaim__' },
    },
    content_security_policy: {
      // connect-src 'none' makes "no request leaves the browser" the browser's rule for our own
      // pages, not only our promise. `wxt dev` needs its reload socket, so only production builds.
      extension_pages:
        command === 'build'
          ? "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
          : "script-src 'self'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'certlens@certlens.invalid',
              // 140 is the first Firefox that knows data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
