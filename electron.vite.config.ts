import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/** main/ runs in Electron's main process, main/preload.ts in the sandboxed preload (CommonJS, electron only), renderer/ in the window. */
export default defineConfig({
  main: {
    build: { outDir: 'out/main', lib: { entry: 'main/index.ts', formats: ['es'] } },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      lib: { entry: 'main/preload.ts', formats: ['cjs'] },
    },
  },
  renderer: {
    root: 'renderer',
    build: { outDir: 'out/renderer', rollupOptions: { input: 'renderer/index.html' } },
    plugins: [react()],
  },
});
