// The <pressroom-search> custom element: one ES module under dist/widget/,
// every SFC compiled in custom-element mode so its styles land in the shadow root.
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  plugins: [vue({ customElement: true })],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  define: { 'process.env.NODE_ENV': '"production"' },
  base: './',
  publicDir: false,
  worker: { format: 'es' },
  build: {
    outDir: 'dist/widget',
    emptyOutDir: true,
    // An app-style build of one module entry: fully minified, unlike library mode.
    rollupOptions: {
      input: 'src/widget/main.ts',
      preserveEntrySignatures: 'strict',
      output: { entryFileNames: 'pressroom-search.js', chunkFileNames: 'assets/[name]-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]' },
    },
  },
})
