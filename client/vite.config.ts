import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  server: {
    // `npm run dev` at the root starts the API on port 3000; the SPA calls it same-origin.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  build: {
    outDir: 'dist',
    // No data: URIs, so a strict Content-Security-Policy needs no exceptions for assets.
    assetsInlineLimit: 0,
  },
});
