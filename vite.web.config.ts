import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The same window as the desktop app, built for a browser: `npm run web`. It finds no preload and uses the browser's API. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../out/web', emptyOutDir: true },
  preview: { port: 4173 },
});
